import { afterEach, describe, expect, it } from 'vitest';
import type { EventBatch } from '../../shared/contract/events';
import { decodeWire, encodeWire } from '../../shared/contract/wireCodec';
import type { EngineOptions } from '../../electron/engine';
import { createBehaviourRegistry, PuertoEngine } from '../../electron/engine';
import {
  eventsOf,
  openClient,
  rawTcpConnect,
  rawUdpSocket,
  recordEvents,
  rejection,
  socketHandleCounts,
  startServer,
  text,
  waitFor,
} from './helpers';

describe('PuertoEngine', () => {
  let engine: PuertoEngine | undefined;

  const create = (options: Partial<EngineOptions> = {}): PuertoEngine => {
    engine = new PuertoEngine(options);
    return engine;
  };

  afterEach(async () => {
    await engine?.close();
    engine = undefined;
  });

  it('numbers events in order and pages the capture after a sequence number', async () => {
    const puerto = create();
    const server = await startServer(puerto, 'tcp', { name: 'echo' });
    const client = await openClient(puerto, 'tcp', server.port);
    const events = recordEvents(puerto);
    await puerto.send({ connectionId: client.connectionId, data: text('uno') });
    await waitFor(() => eventsOf(events, 'data-in', client.connectionId)[0], 'echo');
    const page = await puerto.getCapture({ afterSeq: 0, limit: 100 });
    const seqs = page.events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(page.firstSeq).toBe(seqs[0]);
    const later = await puerto.getCapture({ afterSeq: seqs[1]!, limit: 2 });
    expect(later.events.map((event) => event.seq)).toEqual(seqs.slice(2, 4));
    expect(page.events[0]!.time).toBeGreaterThan(Date.now() - 60_000);
  });

  it('evicts from a tiny capture and tells batch listeners how many went', async () => {
    const puerto = create({ captureLimit: 5 });
    const batches: EventBatch[] = [];
    puerto.onBatch((batch) => batches.push(batch));
    const events = recordEvents(puerto);
    const server = await startServer(puerto, 'udp', { name: 'echo' });
    const peer = await rawUdpSocket();
    try {
      for (let index = 0; index < 10; index++)
        peer.socket.send(`${index}`, server.port, '127.0.0.1');
      await waitFor(() => peer.messages.length === 10, 'ten echoes');
    } finally {
      peer.socket.close();
    }
    const capture = await puerto.getCapture({ afterSeq: 0, limit: 100 });
    expect(capture.events).toHaveLength(5);
    expect(capture.lastSeq).toBe(events.at(-1)!.seq);
    expect(capture.totalEvicted).toBe(events.length - 5);
    await waitFor(
      () => batches.reduce((sum, batch) => sum + batch.evicted, 0) === capture.totalEvicted,
      'evictions reported in batches',
    );
  });

  it('keeps bytes exact when payloads are truncated by the per-event cap', async () => {
    const puerto = create({ payloadCapPerEvent: 8 });
    const events = recordEvents(puerto);
    const server = await startServer(puerto, 'tcp');
    const peer = await rawTcpConnect(server.port);
    try {
      peer.socket.write('0123456789abcdef');
      const received = await waitFor(() => eventsOf(events, 'data-in')[0], 'data');
      expect(received).toMatchObject({ bytes: 16, truncated: true });
      expect(new TextDecoder().decode(received.payload)).toBe('01234567');
      expect(Object.getPrototypeOf(received.payload)).toBe(Uint8Array.prototype);
      expect((await puerto.getState()).servers[0]!.counters.bytesIn).toBe(16);
    } finally {
      peer.socket.destroy();
    }
  });

  it('sends batches no faster than its interval, with what changed, in a wire-safe shape', async () => {
    const puerto = create({ batchIntervalMs: 50 });
    const batches: { at: number; batch: EventBatch }[] = [];
    puerto.onBatch((batch) => batches.push({ at: performance.now(), batch }));
    const server = await startServer(puerto, 'udp', { name: 'echo' });
    const peer = await rawUdpSocket();
    try {
      const started = performance.now();
      // Paced in rounds: a burst of hundreds of datagrams overflows the receive buffer, and UDP drops.
      for (let round = 1; round <= 10; round++) {
        for (let index = 0; index < 30; index++) peer.socket.send('x', server.port, '127.0.0.1');
        await waitFor(() => peer.messages.length === round * 30, `round ${round} echoed`);
      }
      await waitFor(
        () => batches.at(-1)?.batch.changes?.servers[0]?.counters.messagesIn === 300,
        'final state',
      );
      const elapsed = performance.now() - started;
      expect(batches.length).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 2);
      for (let index = 1; index < batches.length; index++) {
        expect(batches[index]!.at - batches[index - 1]!.at).toBeGreaterThanOrEqual(45);
      }
      const withData = batches.find(({ batch }) =>
        batch.events.some((event) => event.kind === 'data-in'),
      )!.batch;
      expect(batches[0]!.batch.state?.servers).toHaveLength(1);
      expect(batches.slice(1).every(({ batch }) => batch.state === undefined)).toBe(true);
      const roundTrip = decodeWire(encodeWire(withData)) as EventBatch;
      expect(roundTrip).toEqual(withData);
    } finally {
      peer.socket.close();
    }
  });

  it('clears the capture and reports how many events it held', async () => {
    const puerto = create();
    await startServer(puerto, 'tcp');
    const before = await puerto.getCapture({ afterSeq: 0, limit: 10 });
    expect(await puerto.clearCapture({})).toEqual({ cleared: before.events.length });
    expect((await puerto.getCapture({ afterSeq: 0, limit: 10 })).events).toEqual([]);
  });

  it('keeps only the most recent closed connections in the state', async () => {
    const puerto = create({ closedRetention: 3 });
    const server = await startServer(puerto, 'tcp');
    for (let index = 0; index < 6; index++) {
      const client = await openClient(puerto, 'tcp', server.port);
      await puerto.closeClient({ clientId: client.id });
    }
    const state = await puerto.getState();
    expect(state.clients.map((client) => client.id)).toEqual(['client-4', 'client-5', 'client-6']);
    expect(state.connections.length).toBeLessThanOrEqual(3 + 6);
    const open = state.connections.filter((connection) => connection.status !== 'closed');
    const closed = state.connections.filter((connection) => connection.status === 'closed');
    expect(closed.length).toBeLessThanOrEqual(3);
    expect(open.every((connection) => connection.role === 'server')).toBe(true);
  });

  it('describes this machine, including its loopback addresses', async () => {
    const info = await create().getSystemInfo({});
    expect(info.hostname.length).toBeGreaterThan(0);
    expect(info.platform).toBe(process.platform);
    expect(info.addresses).toContainEqual(
      expect.objectContaining({ address: '127.0.0.1', family: 'IPv4', internal: true }),
    );
  });

  it('turns a throwing behaviour into an error event and keeps serving', async () => {
    const behaviours = createBehaviourRegistry();
    behaviours.register({
      name: 'echo',
      protocols: ['tcp'],
      create: () => ({
        onData: () => {
          throw new Error('behaviour bug');
        },
      }),
    });
    const puerto = create({ behaviours });
    const events = recordEvents(puerto);
    const server = await startServer(puerto, 'tcp', { name: 'echo' });
    const client = await openClient(puerto, 'tcp', server.port);
    await puerto.send({ connectionId: client.connectionId, data: text('hola') });
    const error = await waitFor(() => eventsOf(events, 'error')[0], 'error event');
    expect(error.error).toMatchObject({ code: 'INTERNAL', details: { reason: 'behaviour bug' } });
    await puerto.send({ connectionId: client.connectionId, data: text('otra') });
    await waitFor(() => eventsOf(events, 'error').length === 2, 'still serving');
    expect((await rejection(startServer(puerto, 'udp', { name: 'echo' }))).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('closes every socket on close(), leaves no handles, and sends a last batch', async () => {
    const baseline = socketHandleCounts();
    const puerto = create({ batchIntervalMs: 10_000 });
    const batches: EventBatch[] = [];
    puerto.onBatch((batch) => batches.push(batch));
    const tcp = await startServer(puerto, 'tcp', { name: 'echo' }, { mode: 'all' });
    const udp = await startServer(puerto, 'udp', { name: 'echo' }, { mode: 'all' });
    const tcpClient = await openClient(puerto, 'tcp', tcp.port);
    await openClient(puerto, 'udp', udp.port);
    await openClient(puerto, 'tcp', tcp.port, '::1');
    await puerto.send({
      connectionId: tcpClient.connectionId,
      data: new Uint8Array(4 * 1024 * 1024),
    });
    await waitFor(
      () => (socketHandleCounts().TCPSocketWrap ?? 0) >= (baseline.TCPSocketWrap ?? 0) + 4,
      'sockets open',
    );
    expect(batches).toHaveLength(0);

    await puerto.close();
    const last = batches.at(-1)!;
    expect(last.state!.servers.map((server) => server.status)).toEqual(['stopped', 'stopped']);
    expect(last.state!.connections.every((connection) => connection.status === 'closed')).toBe(
      true,
    );
    expect(last.state!.clients.every((client) => client.status === 'closed')).toBe(true);
    await waitFor(
      () => JSON.stringify(socketHandleCounts()) === JSON.stringify(baseline),
      'handles released',
      2_000,
    );
    expect((await rejection(startServer(puerto, 'tcp'))).code).toBe('INTERNAL');
  });
});
