/**
 * One TCP connection (accepted or opened) around a net.Socket. Half-open is allowed, so a
 * remote FIN is seen and shown instead of silently closing our side (RFC 9293 §3.6); writes
 * honour backpressure: when `write()` returns false the flow pauses until 'drain'.
 */
import type { Socket } from 'node:net';
import type { SendResult } from '../../shared/contract/commands';
import type { ClosedEvent, Side } from '../../shared/contract/events';
import type { ConversationInit } from './conversation';
import { Conversation } from './conversation';
import { toEndpoint } from './endpoint';
import { EngineError, toPuertoError } from './errors';

export type TcpConnectionInit = Omit<ConversationInit, 'protocol' | 'local' | 'remote'> & {
  closeGraceMs: number;
};

export class TcpConnection extends Conversation {
  readonly #socket: Socket;
  readonly #closeGraceMs: number;
  /** Who acted last towards the close: decides `closed.by` when the socket goes away. */
  #lastActor: Side = 'remote';
  #resetSeen = false;
  #resetAsked = false;
  #graceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(socket: Socket, init: TcpConnectionInit) {
    super({
      ...init,
      protocol: 'tcp',
      local: toEndpoint(socket.localAddress, socket.localPort),
      remote: toEndpoint(socket.remoteAddress, socket.remotePort),
    });
    this.#socket = socket;
    this.#closeGraceMs = init.closeGraceMs;
    // Students type short messages and expect them on the wire at once, not after Nagle's delay.
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.received(chunk));
    socket.on('end', () => {
      this.#lastActor = 'remote';
      this.ended('remote');
    });
    socket.on('drain', () => this.flowChanged('flowing', socket.writableLength));
    socket.on('error', (error) => this.#onError(error));
    socket.on('close', () => this.#onClose());
  }

  send(data: Uint8Array): SendResult {
    if (this.isClosed || this.info.localEnded || !this.#socket.writable) {
      throw new EngineError('CONNECTION_CLOSED', `${this.id} can no longer send`, { id: this.id });
    }
    const flushed = this.#socket.write(data);
    this.sent(data);
    if (!flushed) this.flowChanged('paused', this.#socket.writableLength);
    return { bytes: data.byteLength, flushed };
  }

  halfClose(): void {
    if (this.isClosed || this.info.localEnded) {
      throw new EngineError('CONNECTION_CLOSED', `${this.id} already sent FIN`, { id: this.id });
    }
    this.#lastActor = 'local';
    this.#socket.end();
    this.ended('local');
  }

  close(): Promise<void> {
    if (this.isClosed) return this.closed;
    this.#lastActor = 'local';
    if (this.#socket.writableLength === 0 || this.#socket.writableFinished) {
      this.#socket.destroy();
      return this.closed;
    }
    // Let queued data leave before the FIN, but never wait forever on a peer that stopped reading.
    this.#socket.end(() => this.#socket.destroy());
    this.#graceTimer = setTimeout(() => this.#socket.destroy(), this.#closeGraceMs);
    this.#graceTimer.unref?.();
    return this.closed;
  }

  reset(): Promise<void> {
    if (this.isClosed || this.#resetAsked) return this.closed;
    this.#resetAsked = true;
    if (!this.#finQueued()) {
      this.#resetNow();
      return this.closed;
    }
    // libuv refuses SO_LINGER while our FIN is still queued ("reset EINVAL") and then drops the
    // handle without closing it: the descriptor leaks and 'close' never comes. Reset once the FIN
    // has left; if it cannot leave in time, close at once and say why.
    const whenFinLeft = (): void => {
      clearTimeout(timer);
      if (!this.isClosed) this.#resetNow();
    };
    const timer = setTimeout(() => {
      this.#socket.off('finish', whenFinLeft);
      this.#closeInsteadOfReset();
    }, this.#closeGraceMs);
    timer.unref?.();
    this.#socket.once('finish', whenFinLeft);
    return this.closed;
  }

  /** Our FIN was asked for (`end()`) but the kernel has not taken it yet. */
  #finQueued(): boolean {
    return this.#socket.writableEnded && !this.#socket.writableFinished;
  }

  #resetNow(): void {
    this.#resetSeen = true;
    this.#socket.resetAndDestroy();
  }

  #closeInsteadOfReset(): void {
    if (this.isClosed) return;
    this.failed({
      code: 'RESET_NOT_SENT',
      message: `${this.id}: FIN still queued, closed instead of reset`,
      details: { id: this.id, address: this.info.remote.address, port: this.info.remote.port },
    });
    this.#lastActor = 'local';
    this.#socket.destroy();
  }

  destroy(): Promise<void> {
    if (this.isClosed) return this.closed;
    this.#lastActor = 'local';
    this.#socket.destroy();
    return this.closed;
  }

  pause(): void {
    this.#socket.pause();
  }

  /**
   * Hands over what a client sent while it waited in an iterative server's queue (and its FIN,
   * if it half-closed), once the server serves it: the moment a real server would read them.
   */
  deliverWaiting(held: readonly Uint8Array[], remoteEnded: boolean): void {
    for (const chunk of held) {
      if (this.isClosed) return;
      this.received(chunk);
    }
    if (remoteEnded && !this.isClosed && !this.info.remoteEnded) {
      this.#lastActor = 'remote';
      this.ended('remote');
    }
  }

  resume(): void {
    this.#socket.resume();
  }

  #onError(cause: Error & { syscall?: string }): void {
    if (cause.syscall === 'reset') {
      // Node dropped the handle after a refused reset and will never emit 'close'.
      this.#resetSeen = false;
      this.#closeInsteadOfReset();
      this.#onClose();
      return;
    }
    const error = toPuertoError(cause, {
      proto: 'tcp',
      address: this.info.remote.address,
      port: this.info.remote.port,
    });
    if (error.code === 'CONNECTION_RESET') this.#resetSeen = true;
    this.failed(error);
  }

  #onClose(): void {
    if (this.#graceTimer !== undefined) clearTimeout(this.#graceTimer);
    const by: ClosedEvent['by'] = this.#resetSeen ? 'reset' : this.#lastActor;
    this.finish(by);
  }
}
