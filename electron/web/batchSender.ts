/**
 * Pushes engine batches to one browser tab without letting a slow tab grow the server's memory
 * without bound. While the socket's send buffer is over the limit, batches are held for that
 * tab only: their state changes are folded together (see pendingBatch.ts) and their events are
 * dropped, counted as one `missed` range. The next batch that goes out carries all of it, so the
 * tab's servers and connections are never stale and it can say, or fetch from the capture with
 * `getCapture({ afterSeq })`, exactly which events it did not receive (issue 10, section 5).
 */
import type { EventBatch } from '../../shared/contract';
import type { ServerMessage } from '../../shared/contract/api';
import { encodeWire } from '../../shared/contract/wireCodec';
import { PendingBatch } from './pendingBatch';

/** Above this many buffered bytes a tab is considered slow (the brief's 8 MiB). */
export const DEFAULT_BUFFERED_LIMIT = 8 * 1024 * 1024;
/** How often a held tab is checked for a drained buffer when no new batch arrives. */
export const DEFAULT_RETRY_MS = 100;

/** The part of a `ws` WebSocket this needs, so tests can use a fake. */
export interface BatchSocket {
  readonly bufferedAmount: number;
  readonly readyState: number;
  send(frame: Uint8Array): void;
}

const OPEN = 1;

export interface BatchSenderOptions {
  bufferedLimit: number;
  retryMs: number;
}

export class BatchSender {
  private readonly pending = new PendingBatch();
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
    if (this.isBehind()) {
      this.pending.hold(batch);
      this.retryTimer ??= setTimeout(() => this.retry(), this.options.retryMs);
      return;
    }
    this.send(this.pending.release(batch));
  }

  close(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private isBehind(): boolean {
    return this.socket.bufferedAmount > this.options.bufferedLimit;
  }

  private retry(): void {
    this.retryTimer = undefined;
    if (this.pending.isEmpty || this.socket.readyState !== OPEN) return;
    if (this.isBehind()) {
      this.retryTimer = setTimeout(() => this.retry(), this.options.retryMs);
      return;
    }
    this.send(this.pending.release({ events: [], evicted: 0 }));
  }

  /** Encoded once, for this tab only: a held tab's batch differs from everyone else's. */
  private send(batch: EventBatch): void {
    this.close();
    const message: ServerMessage = { type: 'batch', batch };
    this.socket.send(encodeWire(message));
  }
}
