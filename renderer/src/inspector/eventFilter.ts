/**
 * Which captured events the inspector shows. Filtering is a pure function over the capture's
 * array, memoized per (array, filter) and incremental: the capture only appends new events and
 * drops the oldest, so a new batch costs a pass over the batch, not over all 100,000 events.
 */
import type { EventKind, Protocol, PuertoEvent } from '../../../shared/contract';
import { eventMatchesSearch, parseSearch } from './eventSearch';
import type { SearchQuery } from './eventSearch';

export type ProtocolChoice = 'all' | Protocol;
export type DirectionChoice = 'all' | 'in' | 'out';

/** Same shape as the selection store's focus: what the student clicked last. */
export type FocusFilter = { kind: 'server' | 'client' | 'connection'; id: string } | null;

export interface EventFilter {
  focus: FocusFilter;
  protocol: ProtocolChoice;
  /** `in`/`out` keep only data received/sent; lifecycle events have no direction. */
  direction: DirectionChoice;
  /** Empty means every kind. */
  kinds: readonly EventKind[];
  search: string;
}

export const NO_FILTER: EventFilter = {
  focus: null,
  protocol: 'all',
  direction: 'all',
  kinds: [],
  search: '',
};

export type EventPredicate = (event: PuertoEvent) => boolean;

function focusPredicate(focus: FocusFilter): EventPredicate | undefined {
  if (focus === null) return undefined;
  const { id } = focus;
  if (focus.kind === 'server') return (event) => event.serverId === id;
  if (focus.kind === 'client') return (event) => event.clientId === id;
  return (event) => event.connectionId === id;
}

/** Builds one predicate from the filter, checking the cheapest conditions first. */
export function compileFilter(filter: EventFilter): EventPredicate {
  const checks: EventPredicate[] = [];
  const byFocus = focusPredicate(filter.focus);
  if (byFocus !== undefined) checks.push(byFocus);
  const { protocol, direction } = filter;
  if (protocol !== 'all') checks.push((event) => event.proto === protocol);
  if (direction !== 'all') {
    const kind = direction === 'in' ? 'data-in' : 'data-out';
    checks.push((event) => event.kind === kind);
  }
  if (filter.kinds.length > 0) {
    const kinds = new Set<EventKind>(filter.kinds);
    checks.push((event) => kinds.has(event.kind));
  }
  const query: SearchQuery | null = parseSearch(filter.search);
  if (query !== null) checks.push((event) => eventMatchesSearch(event, query));
  return (event) => checks.every((check) => check(event));
}

/** Two filters that would keep the same events get the same key. */
export function filterKey(filter: EventFilter): string {
  return JSON.stringify([
    filter.focus?.kind ?? null,
    filter.focus?.id ?? null,
    filter.protocol,
    filter.direction,
    [...filter.kinds].sort(),
    filter.search.trim().toLowerCase(),
  ]);
}

export function isEmptyFilter(filter: EventFilter): boolean {
  return filterKey(filter) === filterKey(NO_FILTER);
}

/** Index of the first event whose `seq` is at least `seq` (events are sorted by `seq`). */
export function lowerBoundBySeq(events: readonly PuertoEvent[], seq: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((events[middle] as PuertoEvent).seq < seq) low = middle + 1;
    else high = middle;
  }
  return low;
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

export interface FilterCache {
  (events: readonly PuertoEvent[], filter: EventFilter): readonly PuertoEvent[];
  /** How the last call was answered, for tests and measurements. */
  readonly lastPass: 'cached' | 'incremental' | 'full';
}

export function createFilterCache(): FilterCache {
  let events: readonly PuertoEvent[] = [];
  let key = '';
  let result: readonly PuertoEvent[] = [];
  let lastPass: FilterCache['lastPass'] = 'full';

  function filterEvents(next: readonly PuertoEvent[], filter: EventFilter) {
    const nextKey = filterKey(filter);
    if (nextKey === key && next === events) {
      lastPass = 'cached';
      return result;
    }
    const emptyFilter = isEmptyFilter(filter);
    const appendedStart = nextKey === key ? appendedFrom(events, next) : undefined;
    if (emptyFilter) {
      result = next;
      lastPass = appendedStart === undefined ? 'full' : 'incremental';
    } else if (appendedStart === undefined) {
      result = next.filter(compileFilter(filter));
      lastPass = 'full';
    } else {
      const firstKept = next[0] === undefined ? 0 : lowerBoundBySeq(result, next[0].seq);
      const predicate = compileFilter(filter);
      const added: PuertoEvent[] = [];
      for (let index = appendedStart; index < next.length; index++) {
        const event = next[index] as PuertoEvent;
        if (predicate(event)) added.push(event);
      }
      result =
        firstKept === 0 && added.length === 0 ? result : result.slice(firstKept).concat(added);
      lastPass = 'incremental';
    }
    events = next;
    key = nextKey;
    return result;
  }

  return Object.defineProperty(filterEvents, 'lastPass', { get: () => lastPass }) as FilterCache;
}
