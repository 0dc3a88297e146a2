/**
 * How the capture's array changed between two batches. The capture only ever appends new
 * events and lets the oldest go, so whatever is derived from it (filtered rows, counters) can
 * follow with work proportional to the change; anything else (a gap filled in the middle, a
 * reload) is recognised as such and derived again from scratch.
 */
import type { PuertoEvent } from '../../../shared/contract';
import { spanOf } from '../capture/arrayWindow';

/** Index of the first event whose `seq` is at least `seq` (events are sorted by `seq`). */
export function lowerBoundBySeq(events: readonly PuertoEvent[], seq: number): number {
  // Searched in the backing array: each read through the capture's view costs a proxy call.
  const { items, start, end } = spanOf(events);
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] as PuertoEvent).seq < seq) low = middle + 1;
    else high = middle;
  }
  return low - start;
}

/**
 * When `next` is `previous` with some oldest events dropped and new ones appended (all the
 * capture store ever does between two batches), returns where the appended events start.
 */
export function appendedFrom(
  previous: readonly PuertoEvent[],
  next: readonly PuertoEvent[],
): number | undefined {
  const previousLast = previous.at(-1);
  const nextFirst = next[0];
  if (previousLast === undefined || nextFirst === undefined) return undefined;
  const dropped = lowerBoundBySeq(previous, nextFirst.seq);
  if (dropped < previous.length && previous[dropped] !== nextFirst) return undefined;
  const lastKept = lowerBoundBySeq(next, previousLast.seq);
  if (next[lastKept] !== previousLast) return dropped === previous.length ? 0 : undefined;
  // Same first and last object and the same count between them: nothing was inserted.
  return lastKept + 1 === previous.length - dropped ? lastKept + 1 : undefined;
}

/** How many of the oldest of `previous` are gone from `next` (both sorted by `seq`). */
export function droppedBefore(
  previous: readonly PuertoEvent[],
  next: readonly PuertoEvent[],
): number {
  const first = next[0];
  return first === undefined ? previous.length : lowerBoundBySeq(previous, first.seq);
}
