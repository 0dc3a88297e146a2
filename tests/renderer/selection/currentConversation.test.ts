import { describe, expect, it } from 'vitest';
import type { ConnectionInfo, ServerInfo } from '../../../shared/contract';
import { nextCurrentConversation } from '../../../renderer/src/selection/currentConversation';
import { accepted, opened, server } from '../topology/stateBuilders';

const loopback = (port: number) => ({ address: '127.0.0.1', port });
const echoTcp = server('s-echo', 'tcp', 7007);
const manualTcp: ServerInfo = { ...server('s-manual', 'tcp', 8008), behaviour: { name: 'manual' } };
const tcpClient = opened('k1', 'tcp-1', 'tcp', loopback(50474), loopback(7007)).connection;
const udpClient = opened('k2', 'udp-1', 'udp', loopback(50475), loopback(7007)).connection;
const closed = (connection: ConnectionInfo): ConnectionInfo => ({
  ...connection,
  status: 'closed',
});

/** One change: `before` were already known, `now` is the engine's list after it. */
function after(
  currentId: string | null,
  before: readonly ConnectionInfo[],
  now: readonly ConnectionInfo[],
  servers: readonly ServerInfo[] = [echoTcp, manualTcp],
): string | null {
  return nextCurrentConversation({
    currentId,
    connections: now,
    known: new Set(before.map((item) => item.id)),
    servers,
  });
}

describe('the current conversation', () => {
  it('moves to a client the moment it opens, even while an older one is still open', () => {
    expect(after('tcp-1', [tcpClient], [tcpClient, udpClient])).toBe('udp-1');
  });

  it('stays put when nothing new opened, even when it closed', () => {
    expect(after('tcp-1', [tcpClient, udpClient], [tcpClient, udpClient])).toBe('tcp-1');
    expect(after('tcp-1', [tcpClient], [closed(tcpClient)])).toBe('tcp-1');
  });

  it('takes a manual server’s connection only while nothing current can send', () => {
    const stranger = accepted('a-manual', manualTcp, loopback(61000));
    expect(after(null, [], [stranger])).toBe('a-manual');
    expect(after('tcp-1', [tcpClient], [closed(tcpClient), stranger])).toBe('a-manual');
    expect(after('tcp-1', [tcpClient], [tcpClient, stranger])).toBe('tcp-1');
    const finOut = { ...tcpClient, status: 'half-closed', localEnded: true } as const;
    expect(after('tcp-1', [tcpClient], [finOut, stranger])).toBe('a-manual');
  });

  it('never hands the composer to an automatic server’s connection', () => {
    const echoed = accepted('a-echo', echoTcp, loopback(61001));
    expect(after(null, [], [echoed])).toBeNull();
    expect(after('tcp-1', [tcpClient], [closed(tcpClient), echoed])).toBe('tcp-1');
  });

  it('gives a client to one’s own manual server its client side, whichever side came first', () => {
    const own = opened('k3', 'tcp-3', 'tcp', loopback(50500), loopback(8008)).connection;
    const serverSide = accepted('a-own', manualTcp, loopback(50500));
    expect(after(null, [], [serverSide, own])).toBe('tcp-3');
    const first = after(null, [], [serverSide]);
    expect(after(first, [serverSide], [serverSide, own])).toBe('tcp-3');
  });

  it('never picks a conversation that is already closed when it is first seen', () => {
    expect(after(null, [], [closed(udpClient)])).toBeNull();
  });
});
