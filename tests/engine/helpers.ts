/**
 * Small helpers for engine tests that use real sockets: wait for an observed condition (never
 * a fixed sleep standing in for a result), collect events, and talk to the engine through
 * independent Node sockets.
 */
import net from 'node:net';
import type { Socket } from 'node:net';
import dgram from 'node:dgram';
import type { Socket as UdpSocket } from 'node:dgram';
import type { Request } from '../../shared/contract/commands';
import type { PuertoEvent } from '../../shared/contract/events';
import type { BehaviourConfig, BindChoice, Protocol } from '../../shared/contract/model';
import { EngineError, PuertoEngine } from '../../electron/engine';

export const text = (value: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(value);
export const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

export async function waitFor<T>(
  probe: () => T,
  what: string,
  timeoutMs = 4_000,
): Promise<Exclude<T, undefined | false>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value as Exclude<T, undefined | false>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Every event the engine records, in order, as `onEvent` delivers them. */
export function recordEvents(engine: PuertoEngine): PuertoEvent[] {
  const events: PuertoEvent[] = [];
  engine.onEvent((event) => events.push(event));
  return events;
}

/** The event type that carries a kind (data-in and data-out share DataEvent). */
export type EventOfKind<Kind extends PuertoEvent['kind'], Event = PuertoEvent> = Event extends {
  kind: infer Kinds;
}
  ? Kind extends Kinds
    ? Event
    : never
  : never;

export function eventsOf<Kind extends PuertoEvent['kind']>(
  events: PuertoEvent[],
  kind: Kind,
  connectionId?: string,
): EventOfKind<Kind>[] {
  return events.filter(
    (event): event is EventOfKind<Kind> =>
      event.kind === kind && (connectionId === undefined || event.connectionId === connectionId),
  );
}

export function startServer(
  engine: PuertoEngine,
  protocol: Protocol,
  behaviour: BehaviourConfig = { name: 'manual' },
  bind: BindChoice = { mode: 'loopback' },
  port = 0,
): ReturnType<PuertoEngine['startServer']> {
  return engine.startServer({ protocol, port, bind, behaviour });
}

export function openClient(
  engine: PuertoEngine,
  protocol: Protocol,
  port: number,
  host = '127.0.0.1',
  extra: Partial<Request<'openClient'>> = {},
): ReturnType<PuertoEngine['openClient']> {
  return engine.openClient({ protocol, host, port, timeoutMs: 3_000, ...extra });
}

/** The PuertoError inside whatever the promise rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<EngineError['error']> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EngineError) return error.error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}

/** An independent TCP peer, with everything it received. */
export interface RawTcpPeer {
  socket: Socket;
  received: () => string;
  ended: () => boolean;
  closed: () => boolean;
}

export function rawTcpConnect(port: number, host = '127.0.0.1'): Promise<RawTcpPeer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let ended = false;
    let closed = false;
    const socket = net.connect({ port, host, allowHalfOpen: true }, () =>
      resolve({
        socket,
        received: () => Buffer.concat(chunks).toString('utf8'),
        ended: () => ended,
        closed: () => closed,
      }),
    );
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => (ended = true));
    socket.on('close', () => (closed = true));
    socket.once('error', reject);
  });
}

export interface RawUdpPeer {
  socket: UdpSocket;
  port: number;
  messages: { data: Buffer; port: number; address: string }[];
}

export function rawUdpSocket(type: 'udp4' | 'udp6' = 'udp4'): Promise<RawUdpPeer> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket(type);
    const messages: RawUdpPeer['messages'] = [];
    socket.on('message', (data, remote) =>
      messages.push({ data, port: remote.port, address: remote.address }),
    );
    socket.bind(0, type === 'udp6' ? '::1' : '127.0.0.1', () =>
      resolve({ socket, port: socket.address().port, messages }),
    );
  });
}

/** A port nobody listens on right now: bound by the system, then released. */
export function freePort(protocol: Protocol = 'tcp'): Promise<number> {
  if (protocol === 'udp') {
    return new Promise((resolve) => {
      const socket = dgram.createSocket('udp4');
      socket.bind(0, '127.0.0.1', () => {
        const { port } = socket.address();
        socket.close(() => resolve(port));
      });
    });
  }
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

/** Counts of socket handles, to prove the engine leaves none behind. */
export function socketHandleCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of process.getActiveResourcesInfo()) {
    if (/TCP|UDP|Connect/.test(name)) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** The first bytes a TCP server sends after `request` (none: its greeting), within 5 s. */
export function firstTcpBytes(port: number, request = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer')));
    socket.once('connect', () => {
      if (request !== '') socket.write(request);
    });
    socket.once('data', (chunk: Buffer) => {
      socket.destroy();
      resolve(chunk.toString('latin1'));
    });
    socket.once('error', reject);
  });
}
