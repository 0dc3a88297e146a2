import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import type {
  CapturePage,
  CaptureStats,
  EventBatch,
  MissedEvents,
  PuertoEvent,
} from '../../../shared/contract';
import type { ImportProblem } from '../../../shared/capture/captureFile';
import { Arrivals } from '../capture/arrivals';
import { HeldEvents } from '../capture/heldEvents';
import { usePuertoClient } from '../client/puertoClient';
import { useNotificationsStore } from './notifications';

/** Where the events on show came from when they are an imported capture file. */
export interface ImportedCapture {
  name: string;
  /** The first bad lines of the file, by line number; `problemCount` counts them all. */
  problems: ImportProblem[];
  problemCount: number;
  /** Good events beyond what the window holds. */
  dropped: number;
  exportedAt?: string;
}

/** Events the window never received (it fell behind), and why it could not fetch them back. */
export interface NotReceived {
  total: number;
  /** The engine's capture had already let them go to stay within its own budget. */
  letGoByEngine: number;
  /** Asking the engine for them failed. */
  fetchFailed: number;
}

/** Most events the window keeps; older ones are let go first. */
export const CAPTURE_LIMIT = 1_000_000;
/** Every byte the window keeps for its events; enough for a million small ones. */
export const CAPTURE_BUDGET_BYTES = 256 * 1024 * 1024;
/** Most events the engine answers per `getCapture` (its schema's maximum). */
export const CAPTURE_PAGE_LIMIT = 100_000;

const NOTHING_MISSED: NotReceived = { total: 0, letGoByEngine: 0, fetchFailed: 0 };

/**
 * The event log. Events are published as one read-only array per batch (see
 * capture/arrayWindow.ts), never made deeply reactive, and appending a batch costs the batch,
 * not what is held. Everything the window keeps counts against its own byte budget; what it
 * lets go, and what it never received because it fell behind, is counted so the inspector can
 * say it: shown + let go + not received = every event the engine recorded while it watched.
 */
export const useCaptureStore = defineStore('capture', () => {
  const client = usePuertoClient();
  const notifications = useNotificationsStore();

  const events = shallowRef<readonly PuertoEvent[]>([]);
  const limit = ref(CAPTURE_LIMIT);
  const budgetBytes = ref(CAPTURE_BUDGET_BYTES);
  /** What the held events count against `budgetBytes`. */
  const heldBytes = ref(0);
  /** Events this window let go to stay within `budgetBytes` and `limit`. */
  const discarded = ref(0);
  const notReceived = shallowRef<NotReceived>(NOTHING_MISSED);
  /** Missed events being fetched back from the engine right now. */
  const fetchingBack = ref(0);
  /** The engine capture's budget and use, from its latest batch that said. */
  const engineCapture = shallowRef<CaptureStats | null>(null);
  /** Set while an imported capture file is shown instead of the live events (read-only). */
  const imported = shallowRef<ImportedCapture | null>(null);

  const held = new HeldEvents({ budgetBytes: budgetBytes.value, maxEvents: limit.value });
  const arrivals = new Arrivals();
  /** Grows when the capture is cleared or the engine starts over: older answers are stale. */
  let generation = 0;
  let loadedOnce = false;
  let filling = false;

  function publish(): void {
    heldBytes.value = held.bytes;
    fetchingBack.value = arrivals.outstanding.size;
    if (imported.value === null) events.value = held.view();
  }

  watch(
    [limit, budgetBytes],
    ([maxEvents, bytes]) => {
      discarded.value += held.setLimits({ maxEvents, budgetBytes: bytes });
      publish();
    },
    { flush: 'sync' },
  );

  function report(count: number, reason: 'letGoByEngine' | 'fetchFailed'): void {
    if (count <= 0) return;
    const previous = notReceived.value;
    notReceived.value = {
      ...previous,
      total: previous.total + count,
      [reason]: previous[reason] + count,
    };
  }

  function receive(incoming: readonly PuertoEvent[], missed?: MissedEvents): void {
    const sorted = arrivals.sort(incoming, missed);
    discarded.value += held.merge(sorted.late) + held.append(sorted.fresh);
    if (arrivals.outstanding.size > 0) void fillGaps();
  }

  /** A restarted engine numbers from 1 again: what the window held belongs to its last run. */
  function startOver(): void {
    generation += 1;
    held.clear();
    arrivals.reset();
    loadedOnce = false;
    discarded.value = 0;
    notReceived.value = NOTHING_MISSED;
  }

  /** Fetches `from`…`to` back, page by page; false when asking failed. */
  async function fetchBack(from: number, to: number): Promise<boolean> {
    const started = generation;
    let after = from - 1;
    while (after < to) {
      const pageLimit = Math.min(CAPTURE_PAGE_LIMIT, to - after);
      const result = await client.invoke('getCapture', { afterSeq: after, limit: pageLimit });
      if (generation !== started) return true;
      if (!result.ok) return false;
      const page = result.value.events;
      receive(page);
      publish();
      const last = page.at(-1);
      if (last === undefined || page.length < pageLimit) return true;
      after = last.seq;
    }
    return true;
  }

  /** One gap at a time; what the engine no longer holds is reported as not received. */
  async function fillGaps(): Promise<void> {
    if (filling) return;
    filling = true;
    try {
      for (let gap = arrivals.outstanding.first(); gap; gap = arrivals.outstanding.first()) {
        const fetched = await fetchBack(gap.from, gap.to);
        report(
          arrivals.outstanding.remove(gap.from, gap.to),
          fetched ? 'letGoByEngine' : 'fetchFailed',
        );
        publish();
      }
    } finally {
      filling = false;
    }
  }

  /** Whether the page comes from another run of the engine than the events held. */
  function fromAnotherRun(page: CapturePage, after: number): boolean {
    if (page.lastSeq > 0 && page.lastSeq < after) return true;
    // The same number with another time: a new run has reached the number again.
    const newest = held.newest();
    if (newest === undefined) return false;
    const same = page.events.find((event) => event.seq === newest.seq);
    return same !== undefined && same.time !== newest.time;
  }

  /**
   * Fetches what the engine's capture holds beyond what this window has seen: all of it when
   * the window opens, the rest after the link to the engine was down.
   */
  async function load(): Promise<void> {
    const started = generation;
    const fresh = !loadedOnce;
    // Asking from the newest event held shows whether the engine is still the same run.
    let after = fresh ? 0 : Math.max(0, arrivals.frontier - 1);
    for (;;) {
      const result = await client.invoke('getCapture', {
        afterSeq: after,
        limit: CAPTURE_PAGE_LIMIT,
      });
      if (generation !== started) return;
      if (!result.ok) {
        notifications.notifyError(result.error);
        return;
      }
      if (!fresh && after > 0 && fromAnotherRun(result.value, after)) {
        startOver();
        publish();
        return load();
      }
      receive(result.value.events);
      const last = result.value.events.at(-1);
      if (last === undefined || result.value.events.length < CAPTURE_PAGE_LIMIT) break;
      after = last.seq;
    }
    loadedOnce = true;
    arrivals.historyOpen = false;
    publish();
  }

  function applyBatch(batch: EventBatch): void {
    if (batch.capture !== undefined) engineCapture.value = batch.capture;
    receive(batch.events, batch.missed);
    publish();
  }

  async function clear(): Promise<void> {
    const result = await client.invoke('clearCapture', {});
    if (!result.ok) {
      notifications.notifyError(result.error);
      return;
    }
    // Numbering goes on after a clear: the window keeps its place and forgets what it held.
    generation += 1;
    held.clear();
    arrivals.outstanding.clear();
    discarded.value = 0;
    notReceived.value = NOTHING_MISSED;
    publish();
  }

  /** Shows a capture file's events in place of the live ones, which keep being collected. */
  function replaceWithImported(importedEvents: readonly PuertoEvent[], source: ImportedCapture) {
    imported.value = source;
    events.value = importedEvents;
  }

  function returnToLive(): void {
    if (imported.value === null) return;
    imported.value = null;
    publish();
  }

  function connect(): () => void {
    const stopBatches = client.onBatch(applyBatch);
    const stopReloads = client.whenOpen(() => void load());
    return () => {
      stopBatches();
      stopReloads();
    };
  }

  return {
    events,
    limit,
    budgetBytes,
    heldBytes,
    discarded,
    notReceived,
    fetchingBack,
    engineCapture,
    imported,
    applyBatch,
    load,
    clear,
    connect,
    replaceWithImported,
    returnToLive,
  };
});
