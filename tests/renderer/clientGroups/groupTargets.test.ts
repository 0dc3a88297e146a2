import { describe, expect, it } from 'vitest';
import type { ServerInfo } from '../../../shared/contract';
import {
  localServerTarget,
  newTargets,
  targetProblem,
} from '../../../renderer/src/clientGroups/groupTargets';
import { MAX_GROUP_MEMBERS } from '../../../renderer/src/clientGroups/groupTypes';

const echo = { protocol: 'tcp' as const, host: '127.0.0.1', port: 7 };

function server(bind: ServerInfo['bind'], protocol: 'tcp' | 'udp' = 'udp'): ServerInfo {
  return {
    id: 's1',
    protocol,
    requestedPort: 0,
    port: 41000,
    bind,
    local: { address: '::', port: 41000 },
    behaviour: { name: 'echo' },
    status: 'listening',
    startedAt: 0,
    counters: { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 },
    concurrency: 'concurrent',
    waiting: [],
    activeConnections: 0,
    totalConnections: 0,
  };
}

describe('targetProblem', () => {
  it('answers with the boundary schema’s messages for a bad host or port', () => {
    expect(targetProblem({ ...echo, host: '  ' }, [])).toBe('validation.hostEmpty');
    expect(targetProblem({ ...echo, host: 'lab pc' }, [])).toBe('validation.hostInvalid');
    expect(targetProblem({ ...echo, port: 0 }, [])).toBe('validation.remotePortRange');
    expect(targetProblem({ ...echo, port: 70000 }, [])).toBe('validation.remotePortRange');
    expect(targetProblem(echo, [])).toBeUndefined();
  });

  it('refuses a server already in the group, but not the same port over the other protocol', () => {
    expect(targetProblem({ ...echo, host: 'LOCALHOST' }, [{ ...echo, host: 'localhost' }])).toBe(
      'clientGroups.problems.duplicate',
    );
    expect(targetProblem({ ...echo, protocol: 'udp' }, [echo])).toBeUndefined();
  });

  it('refuses a ninth member', () => {
    const full = Array.from({ length: MAX_GROUP_MEMBERS }, (_, index) => ({
      ...echo,
      port: 1000 + index,
    }));
    expect(targetProblem(echo, full)).toBe('clientGroups.problems.full');
  });
});

describe('suggested targets', () => {
  it('reaches a local server through the loopback or the one address it is bound to', () => {
    expect(localServerTarget(server({ mode: 'all' }))).toEqual({
      protocol: 'udp',
      host: '127.0.0.1',
      port: 41000,
    });
    expect(localServerTarget(server({ mode: 'loopback', family: 'IPv6' })).host).toBe('::1');
    expect(localServerTarget(server({ mode: 'address', address: '10.0.0.5' })).host).toBe(
      '10.0.0.5',
    );
  });

  it('offers only targets not in the group yet, each once', () => {
    const udpEcho = { ...echo, protocol: 'udp' as const };
    expect(newTargets([echo, udpEcho, udpEcho], [echo])).toEqual([udpEcho]);
  });
});
