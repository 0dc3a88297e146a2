import { describe, expect, it } from 'vitest';
import type { Endpoint, ServerInfo } from '../../../shared/contract';
import { sideOf } from '../../../renderer/src/topology/geometry';
import { layoutTopology } from '../../../renderer/src/topology/layout';
import type { TopologyLayout } from '../../../renderer/src/topology/types';
import { T0, accepted, opened, server, state } from './stateBuilders';

const NOW = T0 + 10_000;
const layout = (engineState: ReturnType<typeof state>, waitingPerServer?: number) =>
  layoutTopology(engineState, {
    now: NOW,
    closings: new Map(),
    ...(waitingPerServer !== undefined ? { caps: { waitingPerServer } } : {}),
  });

/** An iterative TCP server with `waiting` in its listen queue, oldest first. */
function iterative(id: string, port: number, waiting: Endpoint[] = []): ServerInfo {
  return { ...server(id, 'tcp', port), concurrency: 'iterative', waiting };
}

const served = { address: '10.0.0.5', port: 50000 };
const second = { address: '10.0.0.6', port: 50001 };
const third = { address: '10.0.0.7', port: 50002 };

const waitingLines = (result: TopologyLayout) =>
  result.lines.filter((line) => line.kind === 'waiting');

describe('layoutTopology with a listen queue', () => {
  it('draws one served peer and two waiting clients in queue order, joined to their port', () => {
    const queueing = iterative('s1', 7007, [second, third]);
    const result = layout(state([queueing], [accepted('c1', queueing, served)]));

    expect(result.peers.map((peer) => peer.connection.id)).toEqual(['c1']);
    expect(result.waiting.map((node) => [node.remote, node.position])).toEqual([
      [second, 1],
      [third, 2],
    ]);
    expect(result.waiting.every((node) => node.server.id === 's1')).toBe(true);
    expect(result.waiting.map((node) => node.target)).toEqual([
      { kind: 'server', id: 's1' },
      { kind: 'server', id: 's1' },
    ]);
    // Below the served peer, one slot each, outside the machine like any peer.
    const [servedPeer] = result.peers;
    const [first, next] = result.waiting;
    expect(first!.box.y).toBeGreaterThan(servedPeer!.box.y);
    expect(next!.box.y).toBeGreaterThan(first!.box.y);
    expect(first!.box.x).toBe(servedPeer!.box.x);
    expect(first!.box.x + first!.box.width).toBeLessThanOrEqual(result.machine.x);

    const lines = waitingLines(result);
    expect(lines.map((line) => [line.key, line.waiting, line.serverId])).toEqual([
      [first!.key, 1, 's1'],
      [next!.key, 2, 's1'],
    ]);
    // Nothing to select on a line that has no conversation yet.
    expect(lines.every((line) => line.segments.length === 0)).toBe(true);
    expect(lines.every((line) => line.connectionIds.length === 0)).toBe(true);
    const port = result.ports[0]!;
    const end = sideOf(first!.box, 'right');
    expect(lines[0]!.path).toContain(`${end.x} ${end.y}`);
    expect(lines[0]!.path.startsWith(`M ${port.box.x} `)).toBe(true);
    // The served conversation stays a normal line.
    expect(result.lines.find((line) => line.key === 'c1')).toMatchObject({
      kind: 'peer',
      connectionIds: ['c1'],
    });
    expect(result.lines.find((line) => line.key === 'c1')?.waiting).toBeUndefined();
  });

  it('drops the waiting clients once the queue is empty, and draws the accepted one normally', () => {
    const queueing = iterative('s1', 7007, [second, third]);
    const before = layout(state([queueing], [accepted('c1', queueing, served)]));
    expect(before.waiting).toHaveLength(2);

    const emptied = iterative('s1', 7007);
    const after = layout(state([emptied], [accepted('c2', emptied, second, T0 + 5)]));
    expect(after.waiting).toEqual([]);
    expect(waitingLines(after)).toEqual([]);
    expect(after.peers.map((peer) => [peer.connection.id, peer.connection.remote])).toEqual([
      ['c2', second],
    ]);
    expect(after.lines.map((line) => [line.kind, line.waiting])).toEqual([['peer', undefined]]);
  });

  it('keeps the port tall enough for its queue, so the next row starts below it', () => {
    const queueing = iterative('s1', 7007, [second, third]);
    const result = layout(state([queueing, server('s2', 'tcp', 8080)]));
    expect(result.waiting).toHaveLength(2);
    const lowest = Math.max(...result.waiting.map((node) => node.box.y));
    const next = result.ports.find((port) => port.key === 's2')!;
    expect(next.box.y).toBeGreaterThan(lowest);
  });

  it('counts the queue beyond the cap as "+N more waiting"', () => {
    const queue = [0, 1, 2, 3, 4].map((index) => ({ address: '10.0.1.1', port: 40000 + index }));
    const result = layout(state([iterative('s1', 7007, queue)]), 3);
    expect(result.waiting.map((node) => node.position)).toEqual([1, 2]);
    expect(result.aggregates).toEqual([
      expect.objectContaining({ kind: 'waiting', count: 3, target: { kind: 'server', id: 's1' } }),
    ]);
  });

  it('marks our own waiting client and its line instead of drawing it twice', () => {
    const loopback = (port: number) => ({ address: '127.0.0.1', port });
    const ours = opened('k1', 'c9', 'tcp', loopback(50009), loopback(7007));
    const queueing = iterative('s1', 7007, [loopback(50009)]);
    const waitingResult = layout(state([queueing], [ours.connection], [ours.client]));

    expect(waitingResult.waiting).toEqual([]);
    expect(waitingResult.clients[0]?.waiting).toBe(1);
    const line = waitingResult.lines.find((candidate) => candidate.key === 'c9');
    expect(line).toMatchObject({ kind: 'loopback', waiting: 1, connectionIds: ['c9'] });

    // Accepted: the server's conversation exists and the queue is empty.
    const served = iterative('s1', 7007);
    const mirror = accepted('a9', served, loopback(50009));
    const acceptedResult = layout(state([served], [ours.connection, mirror], [ours.client]));
    expect(acceptedResult.clients[0]?.waiting).toBeUndefined();
    const acceptedLine = acceptedResult.lines.find((candidate) => candidate.key === 'c9');
    expect(acceptedLine).toMatchObject({ kind: 'loopback', connectionIds: ['c9', 'a9'] });
    expect(acceptedLine?.waiting).toBeUndefined();
  });
});
