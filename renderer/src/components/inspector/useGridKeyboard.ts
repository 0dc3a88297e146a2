import { computed, nextTick, onBeforeUnmount, watch } from 'vue';
import type { Ref } from 'vue';
import type { PuertoEvent } from '../../../../shared/contract';
import { lowerBoundBySeq } from '../../inspector/listChanges';

/** The header is the grid's first row: event i is row i + 2 for a screen reader. */
export const FIRST_EVENT_ROW_INDEX = 2;

export interface GridKeyboardOptions {
  events: Ref<readonly PuertoEvent[]>;
  selectedSeq: () => number | null;
  /** The first row wholly in view, and how many rows a page is. */
  firstInView: Ref<number>;
  pageRows: Ref<number>;
  container: Ref<HTMLElement | null>;
  viewportHeight: Ref<number>;
  /** Scrolls row `index` into view; true when that stopped following the newest row. */
  reveal: (index: number) => boolean;
  select: (event: PuertoEvent) => void;
  stopFollowing: () => void;
}

/**
 * Whether a grid held the focus when it was taken out of the page: a layout that moves the
 * table (the detail pane opening beside or below it) builds a new one, which takes it back.
 */
let focusedWhenUnmounted = false;

/**
 * The inspector's rows as an ARIA grid walked with the keyboard (WAI-ARIA grid pattern): one
 * row holds the tab stop (the selected one, or the first in view), arrows and Page, Home and
 * End keys select another row and scroll the virtual window to it, Enter selects the focused
 * row. The row is found by binary search on `seq`, never by a scan of a million rows.
 */
export function useGridKeyboard(options: GridKeyboardOptions) {
  const selectedIndex = computed(() => {
    const seq = options.selectedSeq();
    if (seq === null) return -1;
    const events = options.events.value;
    const index = lowerBoundBySeq(events, seq);
    return events[index]?.seq === seq ? index : -1;
  });
  /** The row Tab lands on. */
  const tabStop = computed(() =>
    selectedIndex.value >= 0 ? selectedIndex.value : options.firstInView.value,
  );

  function targetOf(key: string, from: number, last: number): number | null {
    switch (key) {
      case 'ArrowDown':
        return Math.min(last, from + 1);
      case 'ArrowUp':
        return Math.max(0, from - 1);
      case 'PageDown':
        return Math.min(last, from + options.pageRows.value);
      case 'PageUp':
        return Math.max(0, from - options.pageRows.value);
      case 'Home':
        return 0;
      case 'End':
        return last;
      default:
        return null;
    }
  }

  async function moveTo(index: number): Promise<void> {
    const event = options.events.value[index];
    if (event === undefined) return;
    if (options.reveal(index)) options.stopFollowing();
    options.select(event);
    await nextTick();
    focusRow(index);
  }

  function focusRow(index: number): void {
    const row = options.container.value?.querySelector<HTMLElement>(
      `[aria-rowindex="${index + FIRST_EVENT_ROW_INDEX}"]`,
    );
    // The list scrolls itself (reveal); the browser's own scrolling would fight the window.
    row?.focus({ preventScroll: true });
  }

  function onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const last = options.events.value.length - 1;
    if (last < 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[aria-rowindex]');
      const index = Number(row?.getAttribute('aria-rowindex')) - FIRST_EVENT_ROW_INDEX;
      if (!(index >= 0 && index <= last)) return;
      event.preventDefault();
      void moveTo(index);
      return;
    }
    const from = selectedIndex.value >= 0 ? selectedIndex.value : options.firstInView.value;
    // With nothing selected the first key lands on the first row in view, not beside it.
    const target =
      selectedIndex.value < 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')
        ? from
        : targetOf(event.key, from, last);
    if (target === null) return;
    event.preventDefault();
    void moveTo(target);
  }

  onBeforeUnmount(() => {
    focusedWhenUnmounted = options.container.value?.contains(document.activeElement) ?? false;
  });
  // A grid built anew shows the selected row, once it knows its height.
  const restoring = focusedWhenUnmounted;
  focusedWhenUnmounted = false;
  const stopWaiting = watch(
    () => options.viewportHeight.value > 0,
    async (measured) => {
      if (!measured) return;
      queueMicrotask(() => stopWaiting());
      const index = selectedIndex.value;
      if (index < 0) return;
      options.reveal(index);
      await nextTick();
      const idle = document.activeElement === null || document.activeElement === document.body;
      if (restoring && idle) focusRow(index);
    },
    { immediate: true },
  );

  // The table stays mounted while the detail opens below it: when that shortens the window,
  // the selected row is kept in view rather than left under the detail.
  watch(options.viewportHeight, (height, before) => {
    const index = selectedIndex.value;
    if (index >= 0 && before !== undefined && height > 0 && height < before) {
      options.reveal(index);
    }
  });

  return { selectedIndex, tabStop, onKeydown };
}
