/**
 * The inspector's rows: the capture filtered, kept up to date as batches arrive by looking at
 * the new events only. A new filter (or a capture that changed other than by appending) needs
 * a pass over everything held, up to 1,000,000 events; a search through that many payloads
 * can take far longer than a frame, so the pass runs in slices of a few milliseconds, between
 * which the page draws and answers the student, and the rows found so far are shown meanwhile
 * with how far the pass has come (issue 10, section 6).
 */
import { shallowRef } from 'vue';
import type { Ref } from 'vue';
import type { PuertoEvent } from '../../../shared/contract';
import { SlidingList } from '../capture/slidingList';
import {
  collectMatches,
  compileFilter,
  dropMatchesBefore,
  filterKey,
  isEmptyFilter,
} from './eventFilter';
import type { EventFilter, EventPredicate } from './eventFilter';
import { appendedFrom, lowerBoundBySeq } from './listChanges';

/** Time one slice of a full pass may take: half a frame, the other half is the page's. */
const SLICE_MS = 8;
/** Events between two looks at the clock. */
const CLOCK_STRIDE = 1024;

export interface FilteredRowsOptions {
  sliceMs?: number;
  /** Runs the next slice later (a macrotask, so the page can draw first). */
  schedule?: (step: () => void) => void;
  now?: () => number;
}

export interface FilteredRows {
  /** The rows for these events and this filter: complete, or what a running pass found so far. */
  (events: readonly PuertoEvent[], filter: EventFilter): readonly PuertoEvent[];
  /** How far a full pass running across frames has come (0–1); `null` when the rows are whole. */
  readonly progress: Ref<number | null>;
}

interface FullPass {
  predicate: EventPredicate;
  /** The `seq` of the next event to look at: the events may change under a running pass. */
  nextSeq: number;
}

export function createFilteredRows(options: FilteredRowsOptions = {}): FilteredRows {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const schedule = options.schedule ?? ((step: () => void) => setTimeout(step, 0));
  const now = options.now ?? (() => performance.now());
  /** Grows when a slice that ran on its own found more rows, so whoever reads them asks again. */
  const version = shallowRef(0);
  const progress = shallowRef<number | null>(null);

  let events: readonly PuertoEvent[] = [];
  let key = '';
  let matches = new SlidingList<PuertoEvent>();
  let result: readonly PuertoEvent[] = [];
  let pass: FullPass | null = null;
  let predicate: EventPredicate = () => true;

  /** Looks at events until the slice's time is up; true when it reached the end. */
  function runSlice(current: FullPass): boolean {
    const deadline = now() + sliceMs;
    const first = events[0];
    let changed = first !== undefined && dropMatchesBefore(matches, first.seq);
    let index = lowerBoundBySeq(events, current.nextSeq);
    while (index < events.length) {
      const stop = Math.min(events.length, index + CLOCK_STRIDE);
      changed = collectMatches(events, index, stop, current.predicate, matches) || changed;
      index = stop;
      if (now() >= deadline) break;
    }
    if (changed) result = matches.view();
    const done = index >= events.length;
    current.nextSeq = done ? Infinity : (events[index] as PuertoEvent).seq;
    progress.value = done ? null : index / events.length;
    return done;
  }

  function continuePass(current: FullPass): void {
    schedule(() => {
      if (pass !== current) return;
      if (runSlice(current)) pass = null;
      else continuePass(current);
      version.value += 1;
    });
  }

  function startPass(filter: EventFilter): void {
    matches = new SlidingList<PuertoEvent>();
    result = matches.view();
    predicate = compileFilter(filter);
    const started: FullPass = { predicate, nextSeq: -Infinity };
    pass = started;
    if (runSlice(started)) pass = null;
    else continuePass(started);
  }

  function rows(next: readonly PuertoEvent[], filter: EventFilter): readonly PuertoEvent[] {
    // Read so that a slice finishing later makes the caller's computed ask again.
    void version.value;
    const nextKey = filterKey(filter);
    if (nextKey === key && next === events) return result;
    const sameFilter = nextKey === key;
    const appendedStart =
      sameFilter && !isEmptyFilter(filter) ? appendedFrom(events, next) : undefined;
    events = next;
    key = nextKey;
    if (isEmptyFilter(filter)) {
      pass = null;
      progress.value = null;
      result = next;
      return result;
    }
    // A running pass reads the newest events when its next slice comes: it only restarts
    // when events were inserted rather than appended.
    if (pass !== null && sameFilter && appendedStart !== undefined) return result;
    if (appendedStart === undefined || pass !== null) {
      startPass(filter);
      return result;
    }
    const first = next[0] as PuertoEvent;
    const dropped = dropMatchesBefore(matches, first.seq);
    const added = collectMatches(next, appendedStart, next.length, predicate, matches);
    if (dropped || added) result = matches.view();
    return result;
  }

  return Object.assign(rows, { progress });
}
