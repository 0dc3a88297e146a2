import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { EventKind, PuertoEvent } from '../../../shared/contract';
import type { DirectionChoice, EventFilter, ProtocolChoice } from '../inspector/eventFilter';
import { createFilteredRows } from '../inspector/filteredRows';
import { lowerBoundBySeq } from '../inspector/listChanges';
import { useCaptureStore } from './capture';
import { useSelectionStore } from './selection';

/**
 * What the message inspector shows: the filters, the search, following the newest event or
 * pausing the view, and the event whose bytes the detail pane opens. Rows are derived from the
 * capture's `shallowRef` array by a memoized, incremental filter, so a batch costs a pass over
 * the batch and nothing is made reactive per event; a new filter over a large capture is
 * applied in slices across frames (`filtering` says how far it has come).
 */
export const useInspectorStore = defineStore('inspector', () => {
  const capture = useCaptureStore();
  const selection = useSelectionStore();

  const protocol = ref<ProtocolChoice>('all');
  const direction = ref<DirectionChoice>('all');
  const kinds = ref<EventKind[]>([]);
  const search = ref('');
  /** Scroll to each new event as it arrives. */
  const follow = ref(true);
  /** The view holds still while the capture keeps growing. */
  const paused = ref(false);
  const frozenEvents = shallowRef<readonly PuertoEvent[]>([]);
  const selectedEvent = shallowRef<PuertoEvent | null>(null);

  const filter = computed<EventFilter>(() => ({
    focus: selection.focus,
    protocol: protocol.value,
    direction: direction.value,
    kinds: kinds.value,
    search: search.value,
  }));

  const liveFilter = createFilteredRows();
  const frozenFilter = createFilteredRows();
  const liveRows = computed(() => liveFilter(capture.events, filter.value));
  const rows = computed(() =>
    paused.value ? frozenFilter(frozenEvents.value, filter.value) : liveRows.value,
  );
  /** How far a new filter's pass over a large capture has come (0–1), or `null`. */
  const filtering = computed(() =>
    paused.value ? frozenFilter.progress.value : liveFilter.progress.value,
  );
  /** Matching events that arrived since the view was paused. */
  const newWhilePaused = computed(() => {
    if (!paused.value) return 0;
    const lastSeen = frozenEvents.value.at(-1)?.seq ?? 0;
    return liveRows.value.length - lowerBoundBySeq(liveRows.value, lastSeen + 1);
  });
  const hasFilters = computed(
    () =>
      filter.value.focus !== null ||
      protocol.value !== 'all' ||
      direction.value !== 'all' ||
      kinds.value.length > 0 ||
      search.value.trim() !== '',
  );

  function pause(): void {
    frozenEvents.value = capture.events;
    paused.value = true;
  }

  function resume(): void {
    paused.value = false;
    frozenEvents.value = [];
  }

  /**
   * Opens the event's bytes, and nothing else: the current conversation stays where it was, so
   * reading an old row never moves where the next message goes (issue 11). The detail pane's
   * "Answer on this conversation" is the explicit way to move it.
   */
  function selectEvent(event: PuertoEvent | null): void {
    selectedEvent.value = event;
    // Following would scroll the chosen row away as soon as the next batch arrives.
    if (event !== null) follow.value = false;
  }

  function resetFilters(): void {
    protocol.value = 'all';
    direction.value = 'all';
    kinds.value = [];
    search.value = '';
    selection.clearFocus();
  }

  // A cleared capture takes the selected event's bytes with it, and empties a paused view.
  watch(
    () => capture.events.length === 0,
    (empty) => {
      if (!empty) return;
      selectedEvent.value = null;
      if (paused.value) frozenEvents.value = [];
    },
  );

  return {
    protocol,
    direction,
    kinds,
    search,
    follow,
    paused,
    selectedEvent,
    filter,
    rows,
    filtering,
    newWhilePaused,
    hasFilters,
    pause,
    resume,
    selectEvent,
    resetFilters,
  };
});
