/**
 * The one UDP socket of classroom discovery: it hears beacons on the discovery port and sends
 * this machine's beacon to each target. `reuseAddr` lets several Puertos on one PC (the app and
 * a `puerto serve --announce`, or two students sharing a PC) listen on the same port: each
 * broadcast reaches every one of them (a unicast datagram would reach only one).
 */
import { createSocket } from 'node:dgram';
import type { RemoteInfo, Socket } from 'node:dgram';
import type { Endpoint } from '../../shared/contract/model';

export interface BeaconSocketOptions {
  port: number;
  /** Where to listen; every IPv4 interface by default, so beacons from any network arrive. */
  address: string;
  onDatagram(datagram: Uint8Array, source: Endpoint): void;
  /** An error after the socket is open (the caller records it; it is never thrown). */
  onError(cause: unknown): void;
}

export interface SendRound {
  sent: number;
  /** The first target that failed, and why. */
  failure?: { target: string; cause: unknown };
}

export interface BeaconSocket {
  /** The port really bound (differs from the one asked for only when that was 0). */
  readonly port: number;
  send(datagram: Uint8Array, targets: readonly string[]): Promise<SendRound>;
  close(): Promise<void>;
}

function bind(socket: Socket, port: number, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (cause: unknown) => {
      socket.off('listening', onListening);
      reject(cause);
    };
    const onListening = () => {
      socket.off('error', onError);
      resolve();
    };
    socket.once('error', onError);
    socket.once('listening', onListening);
    socket.bind({ port, address });
  });
}

function sendOne(socket: Socket, datagram: Uint8Array, port: number, target: string) {
  return new Promise<unknown>((resolve) => {
    try {
      socket.send(datagram, port, target, (cause) => resolve(cause ?? undefined));
    } catch (cause) {
      resolve(cause);
    }
  });
}

/** Binds the socket; rejects with the raw Node error (port taken, not allowed…). */
export async function openBeaconSocket(options: BeaconSocketOptions): Promise<BeaconSocket> {
  const socket = createSocket({ type: 'udp4', reuseAddr: true });
  try {
    await bind(socket, options.port, options.address);
    socket.setBroadcast(true);
  } catch (cause) {
    socket.close();
    throw cause;
  }
  socket.on('error', options.onError);
  socket.on('message', (message: Buffer, remote: RemoteInfo) =>
    options.onDatagram(message, { address: remote.address, port: remote.port }),
  );
  const port = socket.address().port;
  let closing: Promise<void> | undefined;

  return {
    port,
    async send(datagram, targets) {
      const round: SendRound = { sent: 0 };
      for (const target of targets) {
        if (closing !== undefined) break;
        const cause = await sendOne(socket, datagram, port, target);
        if (cause === undefined) round.sent += 1;
        else round.failure ??= { target, cause };
      }
      return round;
    },
    close() {
      closing ??= new Promise<void>((resolve) => socket.close(() => resolve()));
      return closing;
    },
  };
}
