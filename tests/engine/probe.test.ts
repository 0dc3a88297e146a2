/**
 * The reachability probe on loopback: one engine probes, another plays the partner's Puerto.
 * The probe tells reachable, refused, silent and unknown apart; it never shows up in the
 * prober's own state or capture, only in the partner's. The real "timed out behind a firewall"
 * is proven between two network namespaces (tests/twoHosts); here a socket that never connects
 * stands in for the dropped SYN.
 */
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Request } from '../../shared/contract/commands';
import type { PuertoEvent } from '../../shared/contract/events';
import type { Protocol } from '../../shared/contract/model';
import { PROBE_DATAGRAM, PuertoEngine } from '../../electron/engine';
import {
  decode,
  eventsOf,
  freePort,
  rawTcpConnect,
  recordEvents,
  rejection,
  socketHandleCounts,
  startServer,
  waitFor,
} from './helpers';

describe('probeServer', () => {
  let prober: PuertoEngine;
  let proberEvents: PuertoEvent[];
  let partner: PuertoEngine;
  let partnerEvents: PuertoEvent[];
  const extraEngines: PuertoEngine[] = [];

  beforeEach(() => {
    prober = new PuertoEngine();
    proberEvents = recordEvents(prober);
    partner = new PuertoEngine();
    partnerEvents = recordEvents(partner);
  });

  afterEach(async () => {
    await Promise.all([prober, partner, ...extraEngines.splice(0)].map((engine) => engine.close()));
  });

  const request = (
    protocol: Protocol,
    port: number,
    extra: Partial<Request<'probeServer'>> = {},
  ): Request<'probeServer'> => ({ protocol, host: '127.0.0.1', port, timeoutMs: 2_000, ...extra });

  const expectInvisible = async (engine: PuertoEngine, events: PuertoEvent[]) => {
    expect(events).toEqual([]);
    expect(await engine.getState()).toEqual({ servers: [], clients: [], connections: [] });
    expect((await engine.getCapture({ afterSeq: 0, limit: 100 })).events).toEqual([]);
  };

  it('finds a TCP server reachable, shows only in the partner’s capture, and closes politely', async () => {
    const before = socketHandleCounts();
    const server = await startServer(partner, 'tcp', { name: 'echo' });
    const result = await prober.probeServer(request('tcp', server.port));
    expect(result).toMatchObject({
      protocol: 'tcp',
      host: '127.0.0.1',
      address: '127.0.0.1',
      port: server.port,
      outcome: 'reachable',
    });
    expect(result.error).toBeUndefined();
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(result.elapsedMs).toBeLessThan(2_000);
    await expectInvisible(prober, proberEvents);

    const accepted = await waitFor(() => eventsOf(partnerEvents, 'accepted')[0], 'accepted');
    const closed = await waitFor(
      () => eventsOf(partnerEvents, 'closed', accepted.connectionId)[0],
      'the probe connection closed',
    );
    // The probe sent FIN first (half-closed by the other side), then the echo server's FIN.
    const halfClosed = eventsOf(partnerEvents, 'half-closed', accepted.connectionId);
    expect(halfClosed[0]?.by).toBe('remote');
    expect(closed.by).not.toBe('reset');
    expect(eventsOf(partnerEvents, 'data-in')).toEqual([]);
    await partner.stopServer({ serverId: server.id, closeConnections: true });
    await waitFor(
      () => JSON.stringify(socketHandleCounts()) === JSON.stringify(before),
      'every socket released',
    );
  });

  it('reports a TCP port nobody listens on as refused, with the explanation', async () => {
    const port = await freePort('tcp');
    const result = await prober.probeServer(request('tcp', port));
    expect(result).toMatchObject({ outcome: 'refused', address: '127.0.0.1', port });
    expect(result.error).toMatchObject({
      code: 'CONNECTION_REFUSED',
      details: { proto: 'TCP', port, address: '127.0.0.1' },
    });
    await expectInvisible(prober, proberEvents);
  });

  it('reports silence as timed out when the handshake never completes', async () => {
    // A socket that never connects: what a client sees when a firewall drops its SYN.
    const silent = new PuertoEngine({}, { connect: () => new net.Socket() });
    extraEngines.push(silent);
    const port = await freePort('tcp');
    const result = await silent.probeServer(request('tcp', port, { timeoutMs: 300 }));
    expect(result).toMatchObject({ outcome: 'timed-out', address: '127.0.0.1' });
    expect(result.error).toMatchObject({ code: 'TIMED_OUT', details: { seconds: 0.3, port } });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(290);
  });

  it('reports a name that does not exist as unreachable (RFC 6761 .invalid)', async () => {
    const result = await prober.probeServer({
      protocol: 'tcp',
      host: 'partner.invalid',
      port: 7007,
      timeoutMs: 2_000,
    });
    expect(result.outcome).toBe('unreachable');
    expect(result.address).toBeUndefined();
    expect(result.error).toMatchObject({
      code: 'HOST_NOT_FOUND',
      details: { host: 'partner.invalid' },
    });
    const udp = await prober.probeServer({
      protocol: 'udp',
      host: 'partner.invalid',
      port: 7007,
      timeoutMs: 2_000,
    });
    expect(udp).toMatchObject({ outcome: 'unreachable', error: { code: 'HOST_NOT_FOUND' } });
  });

  it('finds a UDP echo server reachable by its answer, and the partner sees the datagram', async () => {
    const server = await startServer(partner, 'udp', { name: 'echo' });
    const result = await prober.probeServer(request('udp', server.port));
    expect(result).toMatchObject({ outcome: 'reachable', address: '127.0.0.1' });
    expect(result.error).toBeUndefined();
    await expectInvisible(prober, proberEvents);
    const heard = await waitFor(() => eventsOf(partnerEvents, 'data-in')[0], 'the datagram');
    expect(decode(heard.payload)).toBe(decode(PROBE_DATAGRAM));
  });

  it('reports a closed UDP port as refused (ICMP port unreachable)', async () => {
    const port = await freePort('udp');
    const result = await prober.probeServer(request('udp', port));
    expect(result).toMatchObject({ outcome: 'refused', address: '127.0.0.1' });
    expect(result.error).toMatchObject({ code: 'PORT_UNREACHABLE', details: { proto: 'UDP' } });
  });

  it('reports a UDP server that never answers as no answer, after the timeout', async () => {
    const server = await startServer(partner, 'udp', { name: 'manual' });
    const result = await prober.probeServer(request('udp', server.port, { timeoutMs: 300 }));
    expect(result.outcome).toBe('no-answer');
    expect(result.error).toBeUndefined();
    expect(result.elapsedMs).toBeGreaterThanOrEqual(290);
    // It did arrive: the partner's capture shows it, which is what the student checks next.
    await waitFor(() => eventsOf(partnerEvents, 'data-in')[0], 'the datagram at the partner');
  });

  it('reaches a busy iterative server, whose queue the probe joins and leaves', async () => {
    const server = await partner.startServer({
      protocol: 'tcp',
      port: 0,
      bind: { mode: 'loopback', family: 'IPv4' },
      behaviour: { name: 'echo' },
      concurrency: 'iterative',
    });
    const busy = await rawTcpConnect(server.port);
    try {
      await waitFor(() => eventsOf(partnerEvents, 'accepted')[0], 'the served client');
      const result = await prober.probeServer(request('tcp', server.port));
      expect(result.outcome).toBe('reachable');
      await waitFor(() => eventsOf(partnerEvents, 'waiting')[0], 'the probe waiting');
      const deadline = Date.now() + 4_000;
      while ((await partner.getState()).servers[0]!.waiting.length > 0) {
        if (Date.now() > deadline) throw new Error('the probe never left the queue');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(eventsOf(partnerEvents, 'accepted')).toHaveLength(1);
    } finally {
      busy.socket.destroy();
    }
  });

  it('refuses to probe once the engine is closed', async () => {
    await prober.close();
    const error = await rejection(prober.probeServer(request('tcp', 7)));
    expect(error.code).toBe('INTERNAL');
  });
});
