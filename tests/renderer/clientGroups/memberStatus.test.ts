import { describe, expect, it } from 'vitest';
import type { ConnectionInfo } from '../../../shared/contract';
import {
  describeMember,
  holdsClient,
  needsOpening,
} from '../../../renderer/src/clientGroups/memberStatus';
import { clientInfo } from './groupHarness';

const member = { key: 'm1', protocol: 'tcp' as const, host: '127.0.0.1', port: 13 };
const client = clientInfo(1, member);

function connection(change: Partial<ConnectionInfo>): ConnectionInfo {
  return {
    id: client.connectionId,
    protocol: 'tcp',
    role: 'client',
    clientId: client.id,
    local: { address: '127.0.0.1', port: 50001 },
    remote: { address: '127.0.0.1', port: 13 },
    status: 'open',
    localEnded: false,
    remoteEnded: false,
    flow: 'flowing',
    openedAt: 0,
    counters: client.counters,
    ...change,
  };
}

describe('describeMember', () => {
  it('follows the engine’s state of the client once a batch carries it', () => {
    const opened = { kind: 'opened' as const, client, sinceSeq: 0 };
    const early = describeMember(member, opened, [], []);
    expect([early.status, early.sendable, early.needsOpening]).toEqual(['open', true, false]);
    const later = describeMember(member, opened, [{ ...client, status: 'closed' }], []);
    expect([later.status, later.sendable, later.needsOpening]).toEqual(['closed', false, true]);
    expect(holdsClient(later)).toBe(false);
  });

  it('skips a server that sent its FIN, and lets Open replace it (Close still closes it)', () => {
    const view = describeMember(
      member,
      { kind: 'opened', client, sinceSeq: 0 },
      [{ ...client, status: 'half-closed' }],
      [connection({ status: 'half-closed', remoteEnded: true })],
    );
    expect([view.status, view.sendable, needsOpening(view), holdsClient(view)]).toEqual([
      'half-closed',
      false,
      true,
      true,
    ]);
  });

  it('tells not opened, opening and failed apart', () => {
    expect(describeMember(member, undefined, [], []).status).toBe('idle');
    const opening = describeMember(member, { kind: 'opening' }, [], []);
    expect([opening.status, needsOpening(opening), holdsClient(opening)]).toEqual([
      'opening',
      false,
      true,
    ]);
    const error = { code: 'TIMED_OUT' as const, message: 'timed out', details: {} };
    expect(describeMember(member, { kind: 'failed', error }, [], [])).toMatchObject({
      status: 'failed',
      error,
      sendable: false,
      needsOpening: true,
    });
  });
});
