/**
 * The capture's one budget under the floods of issue 10, with real sockets and the lab's real
 * services: whatever arrives, what the capture keeps stays within its byte budget, every event
 * is either held or counted as evicted, and the engine keeps answering.
 */
import net from 'node:net';
import type { Socket } from 'node:net';
import dgram from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataEvent, PuertoEvent } from '../../shared/contract/events';
import type { PuertoEngine } from '../../electron/engine';
import { createLabEngine } from '../../electron/services';
import { startServer, waitFor } from './helpers';

const BUDGET = 2 * 1024 * 1024;
const CAP = 4096;

describe('capture budget', () => {
  let engine: PuertoEngine;
  const sockets: { destroy(): void }[] = [];

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await engine.close();
  });

  function budgetedEngine(): { produced: () => number; events: PuertoEvent[] } {
    engine = createLabEngine({ captureBudgetBytes: BUDGET, payloadCapPerEvent: CAP });
    let produced = 0;
    const events: PuertoEvent[] = [];
    engine.onEvent((event) => {
      produced += 1;
      if (events.length < 200) events.push(event);
    });
    return { produced: () => produced, events };
  }

  async function captureStats() {
    const page = await engine.getCapture({ afterSeq: Number.MAX_SAFE_INTEGER, limit: 1 });
    return page.capture!;
  }

  /** Round trip of one small message through an echo server, in milliseconds. */
  async function echoRoundTrip(port: number): Promise<number> {
    const socket = net.connect(port, '127.0.0.1');
    sockets.push(socket);
    await new Promise((resolve) => socket.once('connect', resolve));
    const started = performance.now();
    socket.write('ping\n');
    await new Promise((resolve) => socket.once('data', resolve));
    socket.destroy();
    return performance.now() - started;
  }

  it('keeps a chargen flood within the budget and accounts for every event', async () => {
    const { produced } = budgetedEngine();
    const server = await startServer(engine, 'tcp', { name: 'chargen' });
    const reader = net.connect(server.port, '127.0.0.1');
    sockets.push(reader);
    let read = 0;
    reader.on('data', (chunk: Buffer) => (read += chunk.byteLength));
    await waitFor(() => read > 8 * BUDGET, 'chargen to send four times the budget', 15_000);
    reader.destroy();
    const stats = await captureStats();
    expect(stats.heldBytes).toBeLessThanOrEqual(BUDGET);
    expect(stats.totalEvicted).toBeGreaterThan(0);
    expect(stats.heldEvents + stats.totalEvicted).toBe(produced());
    expect(stats).toMatchObject({ budgetBytes: BUDGET, payloadCapPerEvent: CAP });
  });

  it('keeps notes no bigger than what they show, however long the line', async () => {
    const { events } = budgetedEngine();
    const server = await startServer(engine, 'tcp', { name: 'echo' });
    const client = net.connect(server.port, '127.0.0.1');
    sockets.push(client);
    client.write(Buffer.alloc(60_000, 'a'));
    const echoed = await waitFor(
      () => events.find((event): event is DataEvent => event.kind === 'data-out'),
      'the echo',
    );
    expect(echoed.payload.byteLength).toBeLessThanOrEqual(CAP);
    expect(echoed.truncated).toBe(true);
    const notes = echoed.annotation?.lines ?? [];
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((note) => note.text.length <= 160)).toBe(true);
  });

  it('stays within the budget and answers within a second under a flood of 1-byte writes', async () => {
    const { produced } = budgetedEngine();
    const server = await startServer(engine, 'tcp', { name: 'echo' });
    const flooder: Socket = net.connect(server.port, '127.0.0.1');
    sockets.push(flooder);
    flooder.setNoDelay(true);
    flooder.resume();
    await new Promise((resolve) => flooder.once('connect', resolve));
    let writes = 0;
    const flood = setInterval(() => {
      for (let index = 0; index < 500 && writes < 40_000; index++, writes++) flooder.write('x');
    }, 1);
    try {
      // The kernel coalesces writes that arrive together into one read, and one event.
      await waitFor(() => writes >= 20_000 && produced() > 20, 'the flood to reach the engine');
      expect(await echoRoundTrip(server.port)).toBeLessThan(1_000);
    } finally {
      clearInterval(flood);
    }
    expect((await captureStats()).heldBytes).toBeLessThanOrEqual(BUDGET);
  });

  it('stays within the budget and answers within a second under 100,000 tiny datagrams', async () => {
    const { produced } = budgetedEngine();
    const udp = await startServer(engine, 'udp', { name: 'echo' });
    const tcp = await startServer(engine, 'tcp', { name: 'echo' });
    const sender = dgram.createSocket('udp4');
    sockets.push({ destroy: () => sender.close() });
    const datagram = Buffer.from('hola');
    let sent = 0;
    const flood = setInterval(() => {
      for (let index = 0; index < 200 && sent < 100_000; index++, sent++) {
        sender.send(datagram, udp.port, '127.0.0.1');
      }
    }, 1);
    try {
      await waitFor(() => produced() > 5_000, 'datagrams to reach the engine', 10_000);
      expect(await echoRoundTrip(tcp.port)).toBeLessThan(1_000);
    } finally {
      clearInterval(flood);
    }
    const stats = await captureStats();
    expect(stats.heldBytes).toBeLessThanOrEqual(BUDGET);
    expect(stats.heldEvents + stats.totalEvicted).toBe(produced());
  });
});
