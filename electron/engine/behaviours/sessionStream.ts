/**
 * Lets a protocol library that expects a socket (node:http, smtp-server, ftp-srv…) serve a
 * Puerto conversation. The library reads and writes a Duplex; every byte still passes through
 * the engine's conversation, so the capture, the counters and backpressure stay exact.
 */
import { Duplex } from 'node:stream';
import type { Protocol } from '../../../shared/contract/model';
import type { Behaviour, BehaviourInstance, BehaviourSession } from './behaviour';

/** The socket-like surface libraries read (addresses) and call (timeouts, keep-alive). */
export class SessionStream extends Duplex {
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly remoteFamily: 'IPv4' | 'IPv6';
  readonly localAddress: string;
  readonly localPort: number;
  readonly encrypted = false;
  readonly #session: BehaviourSession;
  #writeWaiting: (() => void) | undefined;

  constructor(session: BehaviourSession) {
    super({ allowHalfOpen: true });
    this.#session = session;
    this.remoteAddress = session.remote.address;
    this.remotePort = session.remote.port;
    this.remoteFamily = session.remote.address.includes(':') ? 'IPv6' : 'IPv4';
    this.localAddress = session.local.address;
    this.localPort = session.local.port;
  }

  /** Bytes from the peer. Pauses the conversation while the library is not reading. */
  deliver(data: Uint8Array): void {
    if (!this.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength))) {
      this.#session.pause();
    }
  }

  /** The peer sent FIN. */
  deliverEnd(): void {
    this.push(null);
  }

  /** The conversation's write buffer drained: let the library write again. */
  drained(): void {
    const waiting = this.#writeWaiting;
    this.#writeWaiting = undefined;
    waiting?.();
  }

  override _read(): void {
    this.#session.resume();
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error) => void,
  ): void {
    // node:http flushes with empty writes; they are not bytes on the wire, so not events.
    if (chunk.byteLength === 0) {
      callback();
      return;
    }
    const flushed = this.#session.send(
      new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength),
    );
    if (flushed) callback();
    else this.#writeWaiting = () => callback();
  }

  override _final(callback: (error?: Error) => void): void {
    this.#session.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.drained();
    this.#session.close();
    callback(error);
  }

  setTimeout(_ms: number, _callback?: () => void): this {
    return this;
  }

  setNoDelay(_noDelay?: boolean): this {
    return this;
  }

  setKeepAlive(_enable?: boolean, _delay?: number): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  address(): { address: string; port: number; family: string } {
    return { address: this.localAddress, port: this.localPort, family: this.remoteFamily };
  }
}

export interface StreamBehaviourSpec<Config extends { name: string }> {
  name: Config['name'];
  protocols: readonly Protocol[];
  /**
   * Called once per server start: returns what to do with each new conversation's stream,
   * and optionally how to explain messages and what to release when the server stops.
   */
  create(config: Config): {
    accept(stream: SessionStream, session: BehaviourSession): void;
    describe?: BehaviourInstance['describe'];
    dispose?(): void;
  };
}

/** A behaviour whose conversations are served by a library through SessionStreams. */
export function streamBehaviour<Config extends { name: string }>(
  spec: StreamBehaviourSpec<Config>,
): Behaviour<Config> {
  return {
    name: spec.name,
    protocols: spec.protocols,
    create(config) {
      const server = spec.create(config);
      const streams = new Map<string, SessionStream>();
      const instance: BehaviourInstance = {
        onOpen(session) {
          const stream = new SessionStream(session);
          stream.on('error', () => stream.destroy());
          streams.set(session.id, stream);
          server.accept(stream, session);
        },
        onData: (session, data) => streams.get(session.id)?.deliver(data),
        onDrain: (session) => streams.get(session.id)?.drained(),
        onRemoteEnd: (session) => streams.get(session.id)?.deliverEnd(),
        onClose(session) {
          const stream = streams.get(session.id);
          streams.delete(session.id);
          if (stream !== undefined && !stream.destroyed) stream.destroy();
        },
        dispose() {
          for (const stream of streams.values()) stream.destroy();
          streams.clear();
          server.dispose?.();
        },
      };
      if (server.describe !== undefined) instance.describe = server.describe;
      return instance;
    },
  };
}
