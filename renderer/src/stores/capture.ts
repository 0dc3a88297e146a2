import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { EventBatch, PuertoEvent } from '../../../shared/contract';
import type { ImportProblem } from '../../../shared/capture/captureFile';
import { usePuertoClient } from '../client/puertoClient';
import { useNotificationsStore } from './notifications';

function mergeBySeq(held: readonly PuertoEvent[], incoming: readonly PuertoEvent[]): PuertoEvent[] {
  const bySeq = new Map<number, PuertoEvent>();
  for (const event of held) bySeq.set(event.seq, event);
  for (const event of incoming) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((left, right) => left.seq - right.seq);
}

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

/** Most events the window keeps; older ones are dropped first. */
export const CAPTURE_LIMIT = 100_000;

/**
 * The event log. Events live in a `shallowRef` array that is replaced once per batch (about 20
 * a second at most), never made deeply reactive: a flood of packets costs one update per batch.
 */
export const useCaptureStore = defineStore('capture', () => {
  const client = usePuertoClient();
  const notifications = useNotificationsStore();

  const events = shallowRef<readonly PuertoEvent[]>([]);
  const limit = ref(CAPTURE_LIMIT);
  /** Events this window dropped to stay within `limit`. */
  const discarded = ref(0);
  /** Highest sequence number held, so a reload after a reconnect adds only what is new. */
  let lastSeq = 0;
  /** Set while an imported capture file is shown instead of the live events (read-only). */
  const imported = shallowRef<ImportedCapture | null>(null);
  /** While an import is shown, live events keep arriving here, out of sight. */
  let hiddenLive: readonly PuertoEvent[] | null = null;

  function append(incoming: readonly PuertoEvent[]): void {
    const first = incoming[0];
    if (first === undefined) return;
    // A reload answered after newer batches arrived overlaps them: merge by sequence number.
    const held = hiddenLive ?? events.value;
    const joined = first.seq > lastSeq ? held.concat(incoming) : mergeBySeq(held, incoming);
    lastSeq = joined.at(-1)?.seq ?? lastSeq;
    const overflow = joined.length - limit.value;
    if (overflow > 0) discarded.value += overflow;
    const kept = overflow > 0 ? joined.slice(overflow) : joined;
    if (hiddenLive !== null) hiddenLive = kept;
    else events.value = kept;
  }

  function applyBatch(batch: EventBatch): void {
    append(batch.events);
  }

  /** Fetches what the engine's capture ring holds beyond what this window has seen. */
  async function load(): Promise<void> {
    const result = await client.invoke('getCapture', { afterSeq: lastSeq, limit: limit.value });
    if (result.ok) append(result.value.events);
    else notifications.notifyError(result.error);
  }

  async function clear(): Promise<void> {
    const result = await client.invoke('clearCapture', {});
    if (!result.ok) {
      notifications.notifyError(result.error);
      return;
    }
    if (hiddenLive !== null) hiddenLive = [];
    else events.value = [];
    discarded.value = 0;
  }

  /** Shows a capture file's events in place of the live ones, which keep being collected. */
  function replaceWithImported(importedEvents: readonly PuertoEvent[], source: ImportedCapture) {
    hiddenLive ??= events.value;
    imported.value = source;
    events.value = importedEvents;
  }

  function returnToLive(): void {
    if (hiddenLive === null) return;
    events.value = hiddenLive;
    hiddenLive = null;
    imported.value = null;
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
    discarded,
    imported,
    applyBatch,
    load,
    clear,
    connect,
    replaceWithImported,
    returnToLive,
  };
});
