/**
 * The http service against hostile clients (issue 12: 500 slowloris connections once stayed
 * open for 75 s): a head sent a byte at a time is answered 408 and closed after the header
 * timeout, a kept-alive connection closes after the keep-alive period, a huge head gets 431,
 * and each limit that acts shows in the capture. Real sockets on loopback, short timeouts.
 */
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { PuertoEngine } from '../../../electron/engine';
import { createLabEngine } from '../../../electron/services';
import type { ErrorEvent, PuertoEvent } from '../../../shared/contract/events';
import { recordEvents } from '../../engine/helpers';

let engine: PuertoEngine | undefined;
const sockets: Socket[] = [];
const timers: ReturnType<typeof setInterval>[] = [];

afterEach(async () => {
  for (const timer of timers.splice(0)) clearInterval(timer);
  for (const socket of sockets.splice(0)) socket.destroy();
  await engine?.close();
  engine = undefined;
});

async function startHttp(options: Record<string, unknown>) {
  engine = createLabEngine();
  const events = recordEvents(engine);
  const server = await engine.startServer({
    protocol: 'tcp',
    port: 0,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour: { name: 'http', ...options } as never,
  });
  return { port: server.port, events };
}

interface RawClient {
  socket: Socket;
  text: () => string;
  closed: Promise<number>;
}

/** A raw connection; `closed` resolves with the time it closed. */
function open(port: number): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      resolve({ socket, text: () => received, closed }),
    );
    sockets.push(socket);
    let received = '';
    socket.setEncoding('latin1').on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    const closed = new Promise<number>((done) => socket.once('close', () => done(Date.now())));
  });
}

const errorsOf = (events: PuertoEvent[], code: string) =>
  events.filter(
    (event): event is ErrorEvent => event.kind === 'error' && event.error.code === code,
  );

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const withinMs = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms)),
  ]);

describe('http limits against hostile clients', () => {
  it('closes slowloris connections after the header timeout, answering 408', async () => {
    const lab = await startHttp({ headerTimeoutSeconds: 0.3 });
    const count = 200;
    const clients = await Promise.all(Array.from({ length: count }, () => open(lab.port)));
    const started = Date.now();
    for (const client of clients) client.socket.write('GET / HTTP/1.1\r\nHost: lab\r\n');
    // One more header byte every 50 ms: never a whole head, never silent.
    timers.push(
      setInterval(() => {
        for (const client of clients) if (!client.socket.destroyed) client.socket.write('X');
      }, 50),
    );
    const closedAt = await withinMs(Promise.all(clients.map((client) => client.closed)), 5_000);
    const slowest = Math.max(...closedAt) - started;
    expect(slowest).toBeGreaterThanOrEqual(250);
    expect(slowest).toBeLessThan(3_000);
    for (const client of clients)
      expect(client.text()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    const timeouts = errorsOf(lab.events, 'HEADER_TIMEOUT');
    expect(timeouts).toHaveLength(count);
    expect(timeouts[0]?.error.details).toMatchObject({ seconds: 0.3, address: '127.0.0.1' });
  });

  it('serves a request typed slowly within the header timeout', async () => {
    const lab = await startHttp({ headerTimeoutSeconds: 1 });
    const client = await open(lab.port);
    for (const part of ['GET / HTT', 'P/1.1\r\nHost: lab\r\n', 'Connection: close\r\n\r\n']) {
      client.socket.write(part);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await withinMs(client.closed, 3_000);
    expect(client.text()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(errorsOf(lab.events, 'HEADER_TIMEOUT')).toHaveLength(0);
  });

  it('closes a kept-alive connection after the keep-alive period, not the idle one', async () => {
    const lab = await startHttp({ keepAliveSeconds: 0.5, idleSeconds: 60 });
    const client = await open(lab.port);
    const sentAt = Date.now();
    client.socket.write('GET / HTTP/1.1\r\nHost: lab\r\n\r\n');
    const closedAt = await withinMs(client.closed, 5_000);
    expect(client.text()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(client.text()).toContain('Keep-Alive: timeout=');
    // The response comes at once; the close half a second later, not after `idleSeconds`.
    expect(closedAt - sentAt).toBeGreaterThanOrEqual(450);
    expect(closedAt - sentAt).toBeLessThan(4_000);
    // A kept-alive connection ending is no error: it shows as a close by the server.
    await withinMs(
      (async () => {
        while (!lab.events.some((event) => event.kind === 'closed' && event.by === 'local')) {
          await settle(10);
        }
      })(),
      2_000,
    );
    expect(lab.events.some((event) => event.kind === 'error')).toBe(false);
  });

  it('answers a head over the limit with 431 and says so in the capture', async () => {
    const lab = await startHttp({});
    const client = await open(lab.port);
    client.socket.write(`GET / HTTP/1.1\r\nHost: lab\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
    await withinMs(client.closed, 3_000);
    expect(client.text()).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    const refused = errorsOf(lab.events, 'HEADER_TOO_LARGE');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.error.details).toMatchObject({ limit: 16 * 1024 });
  });
});
