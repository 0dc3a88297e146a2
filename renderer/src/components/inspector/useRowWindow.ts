import { computed, shallowRef } from 'vue';
import type { Ref } from 'vue';
import { useElementSize } from '@vueuse/core';
import { bottomScrollTop, rowWindow, tailWindow } from '../../inspector/rowWindow';
import { firstRowInView, revealScrollTop } from '../../inspector/rowReveal';

/**
 * A virtual list for rows of one height. The viewport's height comes from a ResizeObserver and
 * the scroll offset from scroll events, so applying a batch never asks the page for its layout
 * (on a page as large as the workspace, each forced layout costs more than the rows). While
 * pinned to the end the list does not scroll at all: it draws the newest rows against the
 * bottom edge, and gets its scroll offset back, at the bottom, when released.
 */
export function useRowWindow<T>(
  items: Ref<readonly T[]>,
  options: { rowHeight: number; overscan: number },
) {
  const container = shallowRef<HTMLElement | null>(null);
  const { height: viewportHeight } = useElementSize(container);
  const scrollTop = shallowRef(0);
  const pinned = shallowRef(false);

  const range = computed(() => {
    const input = { viewportHeight: viewportHeight.value, count: items.value.length, ...options };
    return pinned.value ? tailWindow(input) : rowWindow({ ...input, scrollTop: scrollTop.value });
  });
  const visible = computed(() =>
    items.value.slice(range.value.start, range.value.end).map((item, offset) => ({
      item,
      index: range.value.start + offset,
    })),
  );

  /** Where the viewport's top edge is in the drawn rows' coordinates (0 while pinned). */
  const viewTop = computed(() =>
    pinned.value
      ? 0
      : Math.max(0, Math.min(scrollTop.value, range.value.totalHeight - viewportHeight.value)),
  );
  const firstInView = computed(() => firstRowInView(range.value, viewTop.value, options.rowHeight));
  /** Rows a PageDown moves: a viewport's worth, less one so the student keeps their place. */
  const pageRows = computed(() =>
    Math.max(1, Math.floor(viewportHeight.value / options.rowHeight) - 1),
  );

  function onScroll(event: Event): void {
    if (!pinned.value) scrollTop.value = (event.target as HTMLElement).scrollTop;
  }

  function pinToEnd(): void {
    pinned.value = true;
  }

  /** Scrolling again: the list starts at the bottom, where the pinned rows were. */
  function release(): void {
    if (!pinned.value) return;
    pinned.value = false;
    scrollTop.value = bottomScrollTop(items.value.length, options.rowHeight, viewportHeight.value);
    // The list is as tall as its rows only once drawn unpinned; reveal() may move it meanwhile.
    requestAnimationFrame(() => {
      if (container.value !== null && !pinned.value) container.value.scrollTop = scrollTop.value;
    });
  }

  /**
   * Scrolls just enough for row `index` to be wholly in view. While pinned, a row among the
   * newest is already in view; any other releases the list. True when it released it.
   */
  function reveal(index: number): boolean {
    const input = { viewportHeight: viewportHeight.value, rowHeight: options.rowHeight };
    const count = items.value.length;
    if (pinned.value) {
      const inTail = count - index <= Math.floor(input.viewportHeight / input.rowHeight);
      if (inTail) return false;
      release();
      scrollTop.value = revealScrollTop({ ...input, index, count, scrollTop: scrollTop.value });
      return true;
    }
    const top = revealScrollTop({ ...input, index, count, scrollTop: scrollTop.value });
    if (top === scrollTop.value) return false;
    scrollTop.value = top;
    if (container.value !== null) container.value.scrollTop = top;
    return false;
  }

  return {
    container,
    viewportHeight,
    pinned,
    range,
    visible,
    firstInView,
    pageRows,
    onScroll,
    pinToEnd,
    release,
    reveal,
  };
}
