/**
 * Coalesces events into batches so a flood of packets becomes at most one message per
 * interval (≈20 a second) for the windows, never one per packet. A batch carries what changed
 * in the state since the previous one, never the whole state, so its cost follows the traffic,
 * not what the engine holds. A timer exists only while something waits to be sent, and nothing
 * is collected while nobody listens (the CLI prints events one by one and reads no batch).
 */
import type { CaptureStats, EventBatch, PuertoEvent } from '../../shared/contract/events';
import type { SystemInfo } from '../../shared/contract/model';
import type { StateItemKind, StateSource } from './stateChanges';
import { ChangedItems } from './stateChanges';
import { TypedEmitter } from './typedEmitter';

export interface EventBatcherOptions {
  intervalMs: number;
  /** Where the infos of changed items are read, once per batch. */
  source: StateSource;
  /** The capture's budget and use, read once per batch that has events. */
  captureStats: () => CaptureStats;
}

type BatcherEvents = { batch: [EventBatch] };

export class EventBatcher extends TypedEmitter<BatcherEvents> {
  readonly #intervalMs: number;
  readonly #source: StateSource;
  readonly #captureStats: () => CaptureStats;
  readonly #changed = new ChangedItems();
  #events: PuertoEvent[] = [];
  #evicted = 0;
  #captureChanged = false;
  #system: SystemInfo | undefined;
  /** A batch is due even with nothing in it (a new listener waits for its first state). */
  #requested = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: EventBatcherOptions) {
    super();
    this.#intervalMs = Math.max(0, options.intervalMs);
    this.#source = options.source;
    this.#captureStats = options.captureStats;
  }

  get pending(): boolean {
    return (
      this.#events.length > 0 ||
      !this.#changed.empty ||
      this.#evicted > 0 ||
      this.#captureChanged ||
      this.#system !== undefined ||
      this.#requested
    );
  }

  /** Whether events are kept for a batch (someone listens), or only seen as they happen. */
  get collecting(): boolean {
    return this.listenerCount('batch') > 0;
  }

  add(event: PuertoEvent): void {
    if (!this.collecting) return;
    this.#events.push(event);
    this.#captureChanged = true;
    this.#schedule();
  }

  changed(kind: StateItemKind, id: string): void {
    if (!this.collecting) return;
    this.#changed.changed(kind, id);
    this.#schedule();
  }

  /** The engine forgot an item (retention): windows drop it too. */
  removed(kind: StateItemKind, id: string): void {
    if (!this.collecting) return;
    this.#changed.removed(kind, id);
    this.#schedule();
  }

  /** The capture changed without a new event (cleared): the next batch says so. */
  captureChanged(): void {
    if (!this.collecting) return;
    this.#captureChanged = true;
    this.#schedule();
  }

  /** This machine's addresses changed: the next batch carries them, even with no events. */
  systemChanged(info: SystemInfo): void {
    this.#system = info;
    this.#schedule();
  }

  noteEvicted(count: number): void {
    if (count <= 0 || !this.collecting) return;
    this.#evicted += count;
    this.#schedule();
  }

  /** Asks for a batch at the next interval even if nothing happens meanwhile. */
  request(): void {
    this.#requested = true;
    this.#schedule();
  }

  /** Sends whatever is pending now (used on close, so the last events are not lost). */
  flush(): void {
    this.#cancelTimer();
    if (!this.pending) return;
    if (!this.collecting) {
      this.#reset();
      return;
    }
    const batch: EventBatch = { events: this.#events, evicted: this.#evicted };
    if (!this.#changed.empty) batch.changes = this.#changed.take(this.#source);
    if (this.#captureChanged) batch.capture = this.#captureStats();
    if (this.#system !== undefined) batch.system = this.#system;
    this.#reset();
    this.emit('batch', batch);
  }

  dispose(): void {
    this.#cancelTimer();
    this.#reset();
    this.removeAllListeners();
  }

  #reset(): void {
    this.#events = [];
    this.#changed.clear();
    this.#evicted = 0;
    this.#captureChanged = false;
    this.#system = undefined;
    this.#requested = false;
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
