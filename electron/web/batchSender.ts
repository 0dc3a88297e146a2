/**
 * Pushes engine batches to one browser tab without letting a slow tab grow the server's memory
 * without bound. While the socket's send buffer is over the limit, intermediate batches are
 * dropped for that tab only; the latest engine state is kept and sent as soon as the buffer
 * drains, so the tab's view of servers and connections is never stale. Dropped events show as
 * a gap in `seq`; the tab can fetch them with `getCapture({ afterSeq })`.
 */
import type { EngineState, EventBatch, SystemInfo } from '../../shared/contract';
import { encodeWire } from '../../shared/contract/wireCodec';
import type { ServerMessage } from '../../shared/contract/api';

/** Above this many buffered bytes a tab is considered slow (the brief's 8 MiB). */
export const DEFAULT_BUFFERED_LIMIT = 8 * 1024 * 1024;
/** How often a held tab is checked for a drained buffer when no new batch arrives. */
export const DEFAULT_RETRY_MS = 100;

/** The part of a `ws` WebSocket this needs, so tests can use a fake. */
export interface BatchSocket {
  readonly bufferedAmount: number;
  readonly readyState: number;
  send(data: string): void;
}

const OPEN = 1;

export interface BatchSenderOptions {
  bufferedLimit: number;
  retryMs: number;
}

export class BatchSender {
  private heldState: EngineState | undefined;
  /** This machine's latest addresses, when they changed while the tab was held. */
  private heldSystem: SystemInfo | undefined;
  private heldEvicted = 0;
  private holding = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly options: BatchSenderOptions;

  constructor(
    private readonly socket: BatchSocket,
    options: Partial<BatchSenderOptions> = {},
  ) {
    this.options = {
      bufferedLimit: options.bufferedLimit ?? DEFAULT_BUFFERED_LIMIT,
      retryMs: options.retryMs ?? DEFAULT_RETRY_MS,
    };
  }

  push(batch: EventBatch): void {
    if (this.socket.readyState !== OPEN) return;
    if (this.socket.bufferedAmount > this.options.bufferedLimit) {
      this.hold(batch);
      return;
    }
    this.sendNow(batch);
  }

  close(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private hold(batch: EventBatch): void {
    this.holding = true;
    if (batch.state !== undefined) this.heldState = batch.state;
    if (batch.system !== undefined) this.heldSystem = batch.system;
    this.heldEvicted += batch.evicted;
    this.retryTimer ??= setTimeout(() => this.retry(), this.options.retryMs);
  }

  private retry(): void {
    this.retryTimer = undefined;
    if (!this.holding || this.socket.readyState !== OPEN) return;
    if (this.socket.bufferedAmount > this.options.bufferedLimit) {
      this.retryTimer = setTimeout(() => this.retry(), this.options.retryMs);
      return;
    }
    this.sendNow({ events: [], evicted: 0 });
  }

  private sendNow(batch: EventBatch): void {
    const merged: EventBatch = {
      events: batch.events,
      evicted: batch.evicted + this.heldEvicted,
    };
    const state = batch.state ?? this.heldState;
    if (state !== undefined) merged.state = state;
    const system = batch.system ?? this.heldSystem;
    if (system !== undefined) merged.system = system;
    this.holding = false;
    this.heldState = undefined;
    this.heldSystem = undefined;
    this.heldEvicted = 0;
    this.close();
    const message: ServerMessage = { type: 'batch', batch: merged };
    this.socket.send(encodeWire(message));
  }
}
