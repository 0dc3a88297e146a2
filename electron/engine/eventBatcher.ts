/**
 * Coalesces events into batches so a flood of packets becomes at most one message per
 * interval (≈20 a second) for the renderer, never one per packet. A timer exists only while
 * something waits to be sent, so an idle engine costs nothing.
 */
import type { EventBatch, PuertoEvent } from '../../shared/contract/events';
import type { EngineState, SystemInfo } from '../../shared/contract/model';
import { TypedEmitter } from './typedEmitter';

export interface EventBatcherOptions {
  intervalMs: number;
  /** Called once per batch that needs the state, never per event. */
  snapshot: () => EngineState;
}

type BatcherEvents = { batch: [EventBatch] };

export class EventBatcher extends TypedEmitter<BatcherEvents> {
  readonly #intervalMs: number;
  readonly #snapshot: () => EngineState;
  #events: PuertoEvent[] = [];
  #stateChanged = false;
  #evicted = 0;
  #system: SystemInfo | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: EventBatcherOptions) {
    super();
    this.#intervalMs = Math.max(0, options.intervalMs);
    this.#snapshot = options.snapshot;
  }

  get pending(): boolean {
    return (
      this.#events.length > 0 ||
      this.#stateChanged ||
      this.#evicted > 0 ||
      this.#system !== undefined
    );
  }

  add(event: PuertoEvent): void {
    this.#events.push(event);
    this.#schedule();
  }

  markStateChanged(): void {
    this.#stateChanged = true;
    this.#schedule();
  }

  /** This machine's addresses changed: the next batch carries them, even with no events. */
  systemChanged(info: SystemInfo): void {
    this.#system = info;
    this.#schedule();
  }

  noteEvicted(count: number): void {
    if (count <= 0) return;
    this.#evicted += count;
    this.#schedule();
  }

  /** Sends whatever is pending now (used on close, so the last events are not lost). */
  flush(): void {
    this.#cancelTimer();
    if (!this.pending) return;
    const batch: EventBatch = { events: this.#events, evicted: this.#evicted };
    if (this.#stateChanged) batch.state = this.#snapshot();
    if (this.#system !== undefined) batch.system = this.#system;
    this.#events = [];
    this.#stateChanged = false;
    this.#evicted = 0;
    this.#system = undefined;
    this.emit('batch', batch);
  }

  dispose(): void {
    this.#cancelTimer();
    this.#events = [];
    this.#stateChanged = false;
    this.#evicted = 0;
    this.#system = undefined;
    this.removeAllListeners();
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush();
    }, this.#intervalMs);
    // A pending batch alone must not keep the CLI or a test process alive.
    this.#timer.unref?.();
  }

  #cancelTimer(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
