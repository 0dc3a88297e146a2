/**
 * Which captured events the inspector shows. Filtering is a pure function over the capture's
 * array, memoized per (array, filter) and incremental: the capture only appends new events and
 * drops the oldest, so a new batch costs a pass over the batch, not over all the events held.
 */
import type { EventKind, Protocol, PuertoEvent } from '../../../shared/contract';
import { spanOf } from '../capture/arrayWindow';
import { SlidingList } from '../capture/slidingList';
import { eventMatchesSearch, parseSearch } from './eventSearch';
import type { SearchQuery } from './eventSearch';
import { appendedFrom } from './listChanges';

export { appendedFrom, lowerBoundBySeq } from './listChanges';

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

/** Adds the events of `events[from, to)` that pass to `into`; says whether any did. */
export function collectMatches(
  events: readonly PuertoEvent[],
  from: number,
  to: number,
  predicate: EventPredicate,
  into: SlidingList<PuertoEvent>,
): boolean {
  const { items, start } = spanOf(events);
  const before = into.length;
  for (let index = start + from; index < start + to; index++) {
    const event = items[index] as PuertoEvent;
    if (predicate(event)) into.push(event);
  }
  return into.length !== before;
}

/** Lets go of the matches older than the oldest event still held; says whether any were. */
export function dropMatchesBefore(matches: SlidingList<PuertoEvent>, firstSeq: number): boolean {
  let count = 0;
  while (count < matches.length && (matches.at(count) as PuertoEvent).seq < firstSeq) count++;
  matches.dropOldest(count);
  return count > 0;
}

export interface FilterCache {
  (events: readonly PuertoEvent[], filter: EventFilter): readonly PuertoEvent[];
  /** How the last call was answered, for tests and measurements. */
  readonly lastPass: 'cached' | 'incremental' | 'full';
}

export function createFilterCache(): FilterCache {
  let events: readonly PuertoEvent[] = [];
  let key = '';
  let matches = new SlidingList<PuertoEvent>();
  let result: readonly PuertoEvent[] = [];
  let lastPass: FilterCache['lastPass'] = 'full';

  function filterEvents(next: readonly PuertoEvent[], filter: EventFilter) {
    const nextKey = filterKey(filter);
    if (nextKey === key && next === events) {
      lastPass = 'cached';
      return result;
    }
    const appendedStart = nextKey === key ? appendedFrom(events, next) : undefined;
    events = next;
    key = nextKey;
    if (isEmptyFilter(filter)) {
      result = next;
      lastPass = appendedStart === undefined ? 'full' : 'incremental';
      return result;
    }
    const predicate = compileFilter(filter);
    if (appendedStart === undefined) {
      matches = new SlidingList<PuertoEvent>();
      collectMatches(next, 0, next.length, predicate, matches);
      result = matches.view();
      lastPass = 'full';
      return result;
    }
    // Matches are held in a list of their own, so following the capture costs the batch.
    const dropped = dropMatchesBefore(matches, (next[0] as PuertoEvent).seq);
    const added = collectMatches(next, appendedStart, next.length, predicate, matches);
    if (dropped || added) result = matches.view();
    lastPass = 'incremental';
    return result;
  }

  return Object.defineProperty(filterEvents, 'lastPass', { get: () => lastPass }) as FilterCache;
}
