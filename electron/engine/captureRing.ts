/**
 * The capture: a bounded ring of the most recent events. Two budgets keep memory flat during a
 * flood: a number of events (the oldest are evicted and counted) and a number of payload bytes
 * (the oldest payloads are dropped first, while each event's `bytes` stays exact).
 */
import type { CapturePage, DataEvent, PuertoEvent } from '../../shared/contract/events';

export interface CaptureRingOptions {
  limit: number;
  payloadCapTotal: number;
}

function payloadLength(event: PuertoEvent): number {
  return event.kind === 'data-in' || event.kind === 'data-out' ? event.payload.byteLength : 0;
}

function withPayload(event: DataEvent, keep: number): DataEvent {
  return { ...event, payload: event.payload.slice(0, keep), truncated: true };
}

export class CaptureRing {
  readonly #limit: number;
  readonly #payloadCapTotal: number;
  readonly #slots: (PuertoEvent | undefined)[] = [];
  #oldest = 0;
  #size = 0;
  #payloadBytes = 0;
  /** Offset from the oldest event of the first one that may still hold a payload. */
  #payloadCursor = 0;
  #totalEvicted = 0;

  constructor(options: CaptureRingOptions) {
    this.#limit = Math.max(1, Math.floor(options.limit));
    this.#payloadCapTotal = Math.max(0, Math.floor(options.payloadCapTotal));
  }

  get size(): number {
    return this.#size;
  }

  get payloadBytes(): number {
    return this.#payloadBytes;
  }

  get totalEvicted(): number {
    return this.#totalEvicted;
  }

  /** Adds the event and returns how many old events it evicted (0 or 1). */
  push(event: PuertoEvent): number {
    let evicted = 0;
    if (this.#size === this.#limit) {
      this.#evictOldest();
      evicted = 1;
    }
    this.#slots[(this.#oldest + this.#size) % this.#limit] = event;
    this.#size += 1;
    this.#payloadBytes += payloadLength(event);
    this.#enforcePayloadCap();
    return evicted;
  }

  /** Up to `limit` events with `seq` greater than `afterSeq`, oldest first. */
  page(afterSeq: number, limit: number): CapturePage {
    const events: PuertoEvent[] = [];
    for (let offset = this.#firstOffsetAfter(afterSeq); offset < this.#size; offset++) {
      if (events.length >= limit) break;
      events.push(this.#at(offset));
    }
    return {
      events,
      firstSeq: this.#size > 0 ? this.#at(0).seq : 0,
      lastSeq: this.#size > 0 ? this.#at(this.#size - 1).seq : 0,
      totalEvicted: this.#totalEvicted,
    };
  }

  /** Empties the ring and returns how many events it held. */
  clear(): number {
    const cleared = this.#size;
    this.#slots.length = 0;
    this.#oldest = 0;
    this.#size = 0;
    this.#payloadBytes = 0;
    this.#payloadCursor = 0;
    return cleared;
  }

  #at(offset: number): PuertoEvent {
    return this.#slots[(this.#oldest + offset) % this.#limit] as PuertoEvent;
  }

  #replace(offset: number, event: PuertoEvent): void {
    this.#slots[(this.#oldest + offset) % this.#limit] = event;
  }

  #evictOldest(): void {
    this.#payloadBytes -= payloadLength(this.#at(0));
    this.#slots[this.#oldest] = undefined;
    this.#oldest = (this.#oldest + 1) % this.#limit;
    this.#size -= 1;
    this.#payloadCursor = Math.max(0, this.#payloadCursor - 1);
    this.#totalEvicted += 1;
  }

  /** Binary search: seq grows with the offset, but clearCapture leaves gaps before the first. */
  #firstOffsetAfter(afterSeq: number): number {
    let low = 0;
    let high = this.#size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#at(middle).seq <= afterSeq) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #enforcePayloadCap(): void {
    while (this.#payloadBytes > this.#payloadCapTotal && this.#payloadCursor < this.#size) {
      const offset = this.#payloadCursor;
      const event = this.#at(offset);
      const length = payloadLength(event);
      if (length === 0 || (event.kind !== 'data-in' && event.kind !== 'data-out')) {
        this.#payloadCursor += 1;
        continue;
      }
      const excess = this.#payloadBytes - this.#payloadCapTotal;
      const isNewest = offset === this.#size - 1;
      const keep = isNewest ? Math.max(0, length - excess) : 0;
      this.#replace(offset, withPayload(event, keep));
      this.#payloadBytes -= length - keep;
      if (keep === 0) this.#payloadCursor += 1;
    }
  }
}
