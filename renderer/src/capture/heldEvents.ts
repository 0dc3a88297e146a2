/**
 * The events this window keeps, in `seq` order, within its own byte budget and a ceiling on
 * their number (issue 10, section 1: "the renderer has its own byte budget too"). Beyond
 * either, the oldest are let go first and counted. Appending a batch costs the batch; an
 * event fetched back into the middle (a gap filled after the window fell behind) rebuilds the
 * list once per page, which is rare.
 */
import type { PuertoEvent } from '../../../shared/contract';
import { windowEventBytes } from './eventCost';
import { SlidingList } from './slidingList';

export interface HeldEventsLimits {
  /** Every byte the window keeps for its events (see eventCost.ts) fits in this. */
  budgetBytes: number;
  /** Most events held at once. */
  maxEvents: number;
}

/**
 * Bytes of let-go events the backing array may still reference before it is copied without
 * them, as a share of the budget: memory stays within 1/16 of the budget, and each event is
 * copied about 16 times in its life at most.
 */
const RELEASE_SHARE = 16;

export class HeldEvents {
  readonly #list = new SlidingList<PuertoEvent>();
  #limits: HeldEventsLimits;
  #bytes = 0;
  #releasedBytes = 0;
  #view: readonly PuertoEvent[] | undefined;

  constructor(limits: HeldEventsLimits) {
    this.#limits = { ...limits };
  }

  get length(): number {
    return this.#list.length;
  }

  /** What the held events count against the budget. */
  get bytes(): number {
    return this.#bytes;
  }

  get limits(): HeldEventsLimits {
    return { ...this.#limits };
  }

  newest(): PuertoEvent | undefined {
    return this.#list.last();
  }

  lastSeq(): number | undefined {
    return this.#list.last()?.seq;
  }

  /** New limits apply at once; returns how many oldest events they let go. */
  setLimits(limits: Partial<HeldEventsLimits>): number {
    this.#limits = { ...this.#limits, ...limits };
    return this.#enforce();
  }

  /**
   * Adds events in `seq` order, each newer than every held one; returns how many of the
   * oldest were let go to stay within the limits.
   */
  append(events: readonly PuertoEvent[]): number {
    if (events.length === 0) return 0;
    for (const event of events) {
      this.#list.push(event);
      this.#bytes += windowEventBytes(event);
    }
    this.#view = undefined;
    return this.#enforce();
  }

  /**
   * Adds events wherever their `seq` puts them, skipping any `seq` already held; returns how
   * many of the oldest were let go to stay within the limits.
   */
  merge(events: readonly PuertoEvent[]): number {
    if (events.length === 0) return 0;
    const incoming = [...events].sort((left, right) => left.seq - right.seq);
    const newest = this.lastSeq();
    if (newest === undefined || (incoming[0] as PuertoEvent).seq > newest) {
      return this.append(dropRepeats(incoming));
    }
    const { items, start, end } = this.#list.span();
    const merged: PuertoEvent[] = [];
    let held = start;
    let lastSeq = -Infinity;
    const take = (event: PuertoEvent): void => {
      if (event.seq === lastSeq) return;
      merged.push(event);
      lastSeq = event.seq;
    };
    for (const event of incoming) {
      while (held < end && (items[held] as PuertoEvent).seq <= event.seq)
        take(items[held++] as PuertoEvent);
      if (event.seq === lastSeq) continue;
      this.#bytes += windowEventBytes(event);
      take(event);
    }
    while (held < end) take(items[held++] as PuertoEvent);
    this.#list.replace(merged);
    this.#releasedBytes = 0;
    this.#view = undefined;
    return this.#enforce();
  }

  clear(): void {
    this.#list.clear();
    this.#bytes = 0;
    this.#releasedBytes = 0;
    this.#view = undefined;
  }

  /** What is held now, as an array made once per change (see arrayWindow.ts). */
  view(): readonly PuertoEvent[] {
    this.#view ??= this.#list.view();
    return this.#view;
  }

  #enforce(): number {
    const { budgetBytes, maxEvents } = this.#limits;
    const count = this.#list.length;
    let letGo = 0;
    while (letGo < count && (this.#bytes > budgetBytes || count - letGo > maxEvents)) {
      const cost = windowEventBytes(this.#list.at(letGo) as PuertoEvent);
      this.#bytes -= cost;
      this.#releasedBytes += cost;
      letGo += 1;
    }
    if (letGo === 0) return 0;
    this.#list.dropOldest(letGo);
    if (this.#releasedBytes * RELEASE_SHARE >= budgetBytes) {
      this.#list.compact();
      this.#releasedBytes = 0;
    }
    this.#view = undefined;
    return letGo;
  }
}

function dropRepeats(events: PuertoEvent[]): PuertoEvent[] {
  return events.filter((event, index) => index === 0 || event.seq !== events[index - 1]?.seq);
}
