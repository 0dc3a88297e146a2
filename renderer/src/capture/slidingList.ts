/**
 * A list that grows at its end and lets go at its start, each in time proportional to what
 * was added or let go (amortised), never to what it holds: the oldest items are skipped with
 * a head index, and the array is copied without them only once they are as many as the rest,
 * so each item is copied at most a few times in its life.
 *
 * `view()` publishes what is held now as an array (see arrayWindow.ts). Nothing ever writes
 * over an index a view can see: items are pushed past the end, and compacting or rebuilding
 * starts a new backing array, leaving older views their own.
 */
import { arrayWindow } from './arrayWindow';

/** Below this many skipped items, copying would cost more bookkeeping than it saves. */
const MIN_COMPACT = 1024;

export class SlidingList<T> {
  #items: T[] = [];
  #head = 0;

  get length(): number {
    return this.#items.length - this.#head;
  }

  at(index: number): T | undefined {
    return index < 0 || index >= this.length ? undefined : this.#items[this.#head + index];
  }

  first(): T | undefined {
    return this.at(0);
  }

  last(): T | undefined {
    return this.at(this.length - 1);
  }

  push(item: T): void {
    this.#items.push(item);
  }

  /** Lets go of the `count` oldest items. */
  dropOldest(count: number): void {
    this.#head += Math.min(Math.max(0, count), this.length);
    if (this.#head >= MIN_COMPACT && this.#head * 2 >= this.#items.length) this.compact();
  }

  /** Releases the items already let go (so the memory they hold can be reclaimed). */
  compact(): void {
    if (this.#head === 0) return;
    this.#items = this.#items.slice(this.#head);
    this.#head = 0;
  }

  /** Holds exactly `items` from now on (the list takes the array: the caller must not keep it). */
  replace(items: T[]): void {
    this.#items = items;
    this.#head = 0;
  }

  clear(): void {
    this.replace([]);
  }

  /** What is held now, as a read-only array that later changes never alter. */
  view(): readonly T[] {
    return arrayWindow(this.#items, this.#head, this.#items.length);
  }

  /** What is held now, for loops: `items[start]` up to `items[end]`, read-only. */
  span(): { items: readonly T[]; start: number; end: number } {
    return { items: this.#items, start: this.#head, end: this.#items.length };
  }
}
