import { describe, expect, it } from 'vitest';
import { nextFadeEnd, presenceOf, trackClosings } from '../../../renderer/src/topology/closings';
import { FADE_MS } from '../../../renderer/src/topology/geometry';
import { isLoopback, isMirror, ownServerReached } from '../../../renderer/src/topology/matching';
import { T0, accepted, opened, server, state } from './stateBuilders';

describe('trackClosings', () => {
  const tcpServer = server('s1', 'tcp', 7007);
  const open = accepted('c1', tcpServer, { address: '10.0.0.5', port: 50000 });

  it('times the fade from when the window first saw the close, and remembers it', () => {
    const closed = { ...open, status: 'closed' as const, closedAt: T0 };
    const first = trackClosings(new Map(), state([tcpServer], [closed]), T0 + 100);
    expect(first.get('c1')).toBe(T0 + 100);
    const later = trackClosings(first, state([tcpServer], [closed]), T0 + 900);
    expect(later.get('c1')).toBe(T0 + 100);
    expect(presenceOf('c1', true, later, T0 + 900)).toBe('closing');
    expect(presenceOf('c1', true, later, T0 + 100 + FADE_MS)).toBeUndefined();
    expect(nextFadeEnd(later, T0 + 900)).toBe(T0 + 100 + FADE_MS);
  });

  it('forgets items the engine no longer reports and ignores live ones', () => {
    const closed = { ...open, status: 'closed' as const, closedAt: T0 };
    const tracked = trackClosings(new Map(), state([tcpServer], [closed]), T0);
    expect(trackClosings(tracked, state([tcpServer], []), T0 + 10).size).toBe(0);
    expect(trackClosings(new Map(), state([tcpServer], [open]), T0).size).toBe(0);
    expect(presenceOf('c1', false, new Map(), T0)).toBe('live');
  });

  it('tracks stopped servers and closed or failed clients too', () => {
    const stopped = { ...tcpServer, status: 'stopped' as const };
    const { client } = opened(
      'k1',
      'c2',
      'tcp',
      { address: '127.0.0.1', port: 1 },
      { address: '127.0.0.1', port: 2 },
    );
    const failed = { ...client, status: 'error' as const };
    const tracked = trackClosings(new Map(), state([stopped], [], [failed]), T0);
    expect([...tracked.keys()].sort()).toEqual(['k1', 's1']);
  });
});

describe('matching', () => {
  it('recognises loopback addresses, IPv4-mapped ones included', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('192.168.1.20')).toBe(false);
  });

  it('pairs a client with the conversation our server accepted from it', () => {
    const tcpServer = server('s1', 'tcp', 7007);
    const { connection } = opened(
      'k1',
      'c1',
      'tcp',
      { address: '192.168.1.20', port: 50001 },
      { address: '192.168.1.20', port: 7007 },
    );
    const mirror = accepted('a1', tcpServer, { address: '::ffff:192.168.1.20', port: 50001 });
    const otherPort = accepted('a2', tcpServer, { address: '192.168.1.20', port: 50002 });
    expect(isMirror(mirror, connection)).toBe(true);
    expect(isMirror(otherPort, connection)).toBe(false);
    expect(isMirror(connection, mirror)).toBe(false);
  });

  it('finds our own server a client aims at only on a matching protocol and port', () => {
    const tcp = server('s1', 'tcp', 7007);
    const udp = server('s2', 'udp', 7007);
    const { connection } = opened(
      'k1',
      'c1',
      'udp',
      { address: '0.0.0.0', port: 40000 },
      { address: '127.0.0.1', port: 7007 },
    );
    expect(ownServerReached(connection, [tcp, udp])?.id).toBe('s2');
    expect(ownServerReached(connection, [tcp])).toBeUndefined();
    const remote = { ...connection, remote: { address: '10.0.0.9', port: 7007 } };
    expect(ownServerReached(remote, [udp])).toBeUndefined();
  });
});
