import { describe, expect, it } from 'vitest';
import type { Closings } from '../../../renderer/src/topology/closings';
import { trackClosings } from '../../../renderer/src/topology/closings';
import type { Box, Point } from '../../../renderer/src/topology/geometry';
import { FADE_MS, sideOf } from '../../../renderer/src/topology/geometry';
import { layoutTopology } from '../../../renderer/src/topology/layout';
import type { TopologyLayout } from '../../../renderer/src/topology/types';
import { T0, accepted, opened, server, state } from './stateBuilders';

const NOW = T0 + 10_000;
const layout = (engineState = state([]), closings: Closings = new Map(), now = NOW) =>
  layoutTopology(engineState, { now, closings });

/** First and last points of an SVG path `M x y C …, …, x y`. */
function ends(path: string): { start: Point; end: Point } {
  const numbers = [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
  return {
    start: { x: numbers[0] ?? NaN, y: numbers[1] ?? NaN },
    end: { x: numbers.at(-2) ?? NaN, y: numbers.at(-1) ?? NaN },
  };
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const lane = (result: TopologyLayout, protocol: 'tcp' | 'udp') =>
  result.lanes.find((heading) => heading.protocol === protocol)?.box;

const port = (result: TopologyLayout, id: string) => result.ports.find((node) => node.key === id);

describe('layoutTopology', () => {
  it('draws TCP 7007 and UDP 7007 as two ports, side by side in two lanes', () => {
    const result = layout(state([server('s1', 'tcp', 7007), server('s2', 'udp', 7007)]));
    const tcp = port(result, 's1');
    const udp = port(result, 's2');
    const tcpLane = lane(result, 'tcp');
    const udpLane = lane(result, 'udp');
    if (!tcp || !udp || !tcpLane || !udpLane) throw new Error('ports or lanes missing');

    expect(tcp.box.x).not.toBe(udp.box.x);
    expect(tcp.box.y).toBe(udp.box.y);
    expect(inside(tcp.box, tcpLane)).toBe(true);
    expect(inside(udp.box, udpLane)).toBe(true);
    expect(inside(tcp.box, udpLane)).toBe(false);
    expect(result.empty).toBe(false);
  });

  it('keeps TCP 7007 level with UDP 7007 when one has more peers', () => {
    const tcpServer = server('s1', 'tcp', 7007);
    const udpServer = server('s2', 'udp', 7007);
    const peers = [0, 1, 2].map((index) =>
      accepted(`c${index}`, tcpServer, { address: '10.0.0.5', port: 50000 + index }),
    );
    const result = layout(
      state(
        [tcpServer, udpServer, server('s3', 'tcp', 8080)],
        [...peers, accepted('u1', udpServer, { address: '10.0.0.6', port: 6000 })],
      ),
    );
    expect(port(result, 's1')!.box.y).toBe(port(result, 's2')!.box.y);
    // The next row starts below all three TCP peers.
    const lowestPeer = Math.max(...result.peers.map((peer) => peer.box.y));
    expect(port(result, 's3')!.box.y).toBeGreaterThan(lowestPeer);
  });

  it('orders rows by port number and keeps lanes apart', () => {
    const result = layout(
      state([server('a', 'tcp', 7007), server('b', 'tcp', 80), server('c', 'udp', 53)]),
    );
    const [at53, at80, at7007] = [port(result, 'c'), port(result, 'b'), port(result, 'a')];
    expect(at53!.box.y).toBeLessThan(at80!.box.y);
    expect(at80!.box.y).toBeLessThan(at7007!.box.y);
    expect(result.ports).toHaveLength(3);
  });

  it('joins a peer to the port it contacted, outside the machine on its lane side', () => {
    const tcpServer = server('s1', 'tcp', 7007);
    const udpServer = server('s2', 'udp', 7007);
    const result = layout(
      state(
        [tcpServer, udpServer],
        [
          accepted('c1', tcpServer, { address: '192.168.1.20', port: 51000 }),
          accepted('c2', udpServer, { address: '192.168.1.21', port: 60000 }),
        ],
      ),
    );
    const tcpPeer = result.peers.find((peer) => peer.connection.id === 'c1');
    const udpPeer = result.peers.find((peer) => peer.connection.id === 'c2');
    expect(tcpPeer?.role).toBe('peer');
    expect(tcpPeer!.box.x + tcpPeer!.box.width).toBeLessThan(result.machine.x);
    expect(udpPeer!.box.x).toBeGreaterThan(result.machine.x + result.machine.width);

    const tcpLine = result.lines.find((line) => line.key === 'c1');
    expect(ends(tcpLine!.path)).toEqual({
      start: sideOf(port(result, 's1')!.box, 'left'),
      end: sideOf(tcpPeer!.box, 'right'),
    });
    const udpLine = result.lines.find((line) => line.key === 'c2');
    expect(ends(udpLine!.path)).toEqual({
      start: sideOf(port(result, 's2')!.box, 'right'),
      end: sideOf(udpPeer!.box, 'left'),
    });
    expect(result.routes.get('c1')).toEqual({ lineKey: 'c1', outIsForward: true });
  });

  it('draws two clients of our own TCP server as lines from each client to the port', () => {
    const tcpServer = server('s1', 'tcp', 7007);
    const loopback = (port: number) => ({ address: '127.0.0.1', port });
    const first = opened('k1', 'c1', 'tcp', loopback(50001), loopback(7007));
    const second = opened('k2', 'c2', 'tcp', loopback(50002), loopback(7007));
    const result = layout(
      state(
        [tcpServer],
        [
          first.connection,
          second.connection,
          accepted('a1', tcpServer, loopback(50001)),
          accepted('a2', tcpServer, loopback(50002)),
        ],
        [first.client, second.client],
      ),
    );

    expect(result.peers).toHaveLength(0);
    expect(result.clients.map((node) => node.key)).toEqual(['k1', 'k2']);
    const tile = port(result, 's1')!.box;
    for (const [clientId, connectionId, mirrorId] of [
      ['k1', 'c1', 'a1'],
      ['k2', 'c2', 'a2'],
    ] as const) {
      const line = result.lines.find((candidate) => candidate.key === connectionId)!;
      const client = result.clients.find((node) => node.key === clientId)!;
      expect(line.kind).toBe('loopback');
      expect(ends(line.path)).toEqual({
        start: sideOf(client.box, 'left'),
        end: sideOf(tile, 'right'),
      });
      expect(line.segments.map((segment) => segment.target)).toEqual([
        { kind: 'connection', id: connectionId },
        { kind: 'connection', id: mirrorId },
      ]);
      expect(result.routes.get(connectionId)).toEqual({
        lineKey: connectionId,
        outIsForward: true,
      });
      expect(result.routes.get(mirrorId)).toEqual({ lineKey: connectionId, outIsForward: false });
    }
  });

  it('points a UDP client at our own UDP port before the server has heard from it', () => {
    const udpServer = server('s1', 'udp', 7007);
    const client = opened(
      'k1',
      'c1',
      'udp',
      { address: '0.0.0.0', port: 40000 },
      { address: '127.0.0.1', port: 7007 },
    );
    const result = layout(state([udpServer], [client.connection], [client.client]));
    const line = result.lines.find((candidate) => candidate.key === 'c1');
    expect(line?.kind).toBe('loopback');
    expect(ends(line!.path).end).toEqual(sideOf(port(result, 's1')!.box, 'left'));
  });

  it('does not take a stranger using the same port numbers for our own client', () => {
    const udpServer = server('s1', 'udp', 7007);
    const ours = opened(
      'k1',
      'c1',
      'udp',
      { address: '0.0.0.0', port: 40000 },
      { address: '10.0.0.9', port: 7007 },
    );
    const stranger = accepted('a1', udpServer, { address: '10.0.0.5', port: 40000 });
    const result = layout(state([udpServer], [ours.connection, stranger], [ours.client]));
    expect(result.peers.map((peer) => [peer.role, peer.connection.id]).sort()).toEqual([
      ['peer', 'a1'],
      ['remote-server', 'c1'],
    ]);
    expect(result.lines.find((line) => line.key === 'c1')?.kind).toBe('remote-server');
  });

  it('draws the remote server a client contacts as a box labelled by its endpoint', () => {
    const client = opened(
      'k1',
      'c1',
      'tcp',
      { address: '192.168.1.20', port: 51234 },
      { address: '192.168.1.30', port: 80 },
    );
    const result = layout(state([], [client.connection], [client.client]));
    const remote = result.peers[0];
    expect(remote?.role).toBe('remote-server');
    expect(remote?.connection.remote).toEqual({ address: '192.168.1.30', port: 80 });
    const line = result.lines[0]!;
    expect(ends(line.path)).toEqual({
      start: sideOf(result.clients[0]!.box, 'left'),
      end: sideOf(remote!.box, 'right'),
    });
    expect(line.segments[0]?.target).toEqual({ kind: 'connection', id: 'c1' });
  });

  it('keeps a closed conversation fading for a while, then drops it', () => {
    const tcpServer = server('s1', 'tcp', 7007);
    const open = accepted('c1', tcpServer, { address: '10.0.0.5', port: 50000 });
    const closedAt = NOW;
    const closed = { ...open, status: 'closed' as const, closedAt };
    const before = state([tcpServer], [open]);
    const after = state([tcpServer], [closed]);

    expect(layout(before).lines.map((line) => line.status)).toEqual(['open']);
    const closings = trackClosings(new Map(), after, NOW);
    expect(layout(after, closings, NOW + 500).lines.map((line) => line.status)).toEqual([
      'closing',
    ]);
    expect(layout(after, closings, NOW + FADE_MS).lines).toHaveLength(0);
    expect(layout(after, closings, NOW + FADE_MS).peers).toHaveLength(0);
  });

  it('never draws a conversation that closed long before the window saw it', () => {
    const tcpServer = server('s1', 'tcp', 7007);
    const old = {
      ...accepted('c1', tcpServer, { address: '10.0.0.5', port: 50000 }),
      status: 'closed' as const,
      closedAt: NOW - 60_000,
    };
    const engineState = state([tcpServer], [old]);
    expect(layout(engineState, trackClosings(new Map(), engineState, NOW)).lines).toHaveLength(0);
  });

  it('marks a half-closed TCP conversation', () => {
    const tcpServer = server('s1', 'tcp', 7007);
    const half = {
      ...accepted('c1', tcpServer, { address: '10.0.0.5', port: 50000 }),
      status: 'half-closed' as const,
    };
    expect(layout(state([tcpServer], [half])).lines[0]?.status).toBe('half-closed');
  });

  it('aggregates the peers beyond the cap as "+N more"', () => {
    const tcpServer = server('s1', 'tcp', 7007);
    const connections = Array.from({ length: 10 }, (_, index) =>
      accepted(`c${index}`, tcpServer, { address: '10.0.0.5', port: 50000 + index }, T0 + index),
    );
    const result = layout(state([tcpServer], connections));
    expect(result.peers).toHaveLength(3);
    expect(result.aggregates).toEqual([
      expect.objectContaining({ kind: 'peers', count: 7, target: { kind: 'server', id: 's1' } }),
    ]);
    // The newest conversations are the ones drawn.
    expect(result.peers.map((peer) => peer.connection.id)).toEqual(['c7', 'c8', 'c9']);
  });

  it('stays bounded with 20 servers and 50 conversations', () => {
    const servers = Array.from({ length: 20 }, (_, index) =>
      server(`s${index}`, index % 2 === 0 ? 'tcp' : 'udp', 7000 + Math.floor(index / 2)),
    );
    const connections = Array.from({ length: 50 }, (_, index) =>
      accepted(`c${index}`, servers[index % 20]!, { address: '10.0.0.5', port: 50000 + index }),
    );
    const result = layout(state(servers, connections));
    const aggregated = result.aggregates.reduce((sum, node) => sum + node.count, 0);

    expect(result.ports).toHaveLength(20);
    expect(result.peers.length).toBeLessThanOrEqual(24);
    expect(result.peers.length + aggregated).toBe(50);
    expect(result.width).toBe(1000);
    // TCP 70xx and UDP 70xx share rows: ten rows of at most four slots.
    expect(result.height).toBeLessThan(10 * 4 * 56 + 400);
  });

  it('caps the clients drawn and counts the rest', () => {
    const clients = Array.from({ length: 15 }, (_, index) =>
      opened(
        `k${index}`,
        `c${index}`,
        'tcp',
        { address: '10.0.0.2', port: 40000 + index },
        { address: '10.0.0.9', port: 80 },
        T0 + index,
      ),
    );
    const result = layout(
      state(
        [],
        clients.map((entry) => entry.connection),
        clients.map((entry) => entry.client),
      ),
    );
    expect(result.clients).toHaveLength(11);
    expect(result.aggregates).toEqual([expect.objectContaining({ kind: 'clients', count: 4 })]);
    expect(result.clients.at(-1)?.key).toBe('k14');
  });

  it('is empty with nothing running, and not once a client exists', () => {
    expect(layout().empty).toBe(true);
    const client = opened(
      'k1',
      'c1',
      'tcp',
      { address: '10.0.0.2', port: 40000 },
      { address: '10.0.0.9', port: 80 },
    );
    expect(layout(state([], [client.connection], [client.client])).empty).toBe(false);
  });
});
