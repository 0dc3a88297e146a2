/**
 * The listen queue of an iterative TCP server (the lecture's server that serves one client at a
 * time): clients whose connection the system completed while the server was busy, oldest first.
 *
 * A real server would not read them at all until it accepts them. Node, though, notices a
 * client's FIN or RST only by reading, and a client that gives up must leave the queue where the
 * student can see it. So a waiting client is read into a held buffer that nobody sees (no
 * capture event, no counters, no behaviour) and replayed when it is served, exactly as the bytes
 * would have come out of the kernel then. Beyond `bufferBytes` it is paused, and its further
 * bytes wait in the kernel, whose TCP window slows the client down as a real queue would.
 */
import type { Socket } from 'node:net';
import type { Endpoint } from '../../shared/contract/model';
import { toEndpoint } from './endpoint';

export interface WaitingClient {
  readonly socket: Socket;
  readonly local: Endpoint;
  readonly remote: Endpoint;
  /** What arrived while waiting, in order. */
  readonly held: Buffer[];
  /** The client sent FIN after its request (a half-close, as `nc -N` does) and awaits an answer. */
  remoteEnded: boolean;
  /** Reading stopped because the held buffer was full. */
  paused: boolean;
}

export interface WaitingQueueOptions {
  /** Clients kept waiting at most, like a listen backlog. */
  limit: number;
  /** Bytes held per client before it is paused. */
  bufferBytes: number;
  /** A client joined or left the queue. */
  onChange: () => void;
}

interface Entry {
  client: WaitingClient;
  heldBytes: number;
  /** Stops watching the socket, leaving it to whoever takes it next. */
  unwatch: () => void;
}

export class WaitingQueue {
  readonly #options: WaitingQueueOptions;
  readonly #entries: Entry[] = [];

  constructor(options: WaitingQueueOptions) {
    this.#options = options;
  }

  get length(): number {
    return this.#entries.length;
  }

  get full(): boolean {
    return this.#entries.length >= Math.max(0, this.#options.limit);
  }

  endpoints(): Endpoint[] {
    return this.#entries.map(({ client }) => ({ ...client.remote }));
  }

  add(socket: Socket): WaitingClient {
    const client: WaitingClient = {
      socket,
      local: toEndpoint(socket.localAddress, socket.localPort),
      remote: toEndpoint(socket.remoteAddress, socket.remotePort),
      held: [],
      remoteEnded: false,
      paused: false,
    };
    const entry: Entry = { client, heldBytes: 0, unwatch: () => {} };
    const onData = (chunk: Buffer): void => {
      client.held.push(chunk);
      entry.heldBytes += chunk.byteLength;
      if (entry.heldBytes >= this.#options.bufferBytes) {
        client.paused = true;
        socket.pause();
      }
    };
    const onEnd = (): void => {
      // A FIN after a request is a half-close that waits for the answer; a FIN with nothing
      // before it is a client that closed before its turn came.
      if (entry.heldBytes > 0) {
        client.remoteEnded = true;
        return;
      }
      this.#leave(entry);
      socket.destroy();
    };
    // A reset (RST) while waiting: the client gave up abruptly; the socket closes by itself.
    const onGone = (): void => this.#leave(entry);
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', onGone);
    socket.on('close', onGone);
    entry.unwatch = () => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('error', onGone);
      socket.off('close', onGone);
    };
    this.#entries.push(entry);
    this.#options.onChange();
    return client;
  }

  /** The oldest client still connected, out of the queue and no longer watched. */
  shift(): WaitingClient | undefined {
    for (;;) {
      const entry = this.#entries.shift();
      if (entry === undefined) return undefined;
      entry.unwatch();
      this.#options.onChange();
      if (!entry.client.socket.destroyed) return entry.client;
    }
  }

  /**
   * Resets every waiting client, as the system does to the connections still in the queue of a
   * listening socket that closes: they were never accepted, so nobody could close them in order.
   */
  resetAll(): void {
    const entries = this.#entries.splice(0);
    for (const entry of entries) {
      entry.unwatch();
      const { socket } = entry.client;
      // The reset can fail on a socket the client already closed; there is nothing left to tell.
      socket.on('error', () => {});
      if (!socket.destroyed) socket.resetAndDestroy();
    }
    if (entries.length > 0) this.#options.onChange();
  }

  #leave(entry: Entry): void {
    const index = this.#entries.indexOf(entry);
    if (index === -1) return;
    this.#entries.splice(index, 1);
    entry.unwatch();
    // An error after leaving (a late RST) must still find a listener.
    entry.client.socket.on('error', () => {});
    this.#options.onChange();
  }
}
