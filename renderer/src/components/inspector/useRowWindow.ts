import { computed, shallowRef } from 'vue';
import type { Ref } from 'vue';
import { useElementSize } from '@vueuse/core';
import { bottomScrollTop, rowWindow, tailWindow } from '../../inspector/rowWindow';

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

  function onScroll(event: Event): void {
    if (!pinned.value) scrollTop.value = (event.target as HTMLElement).scrollTop;
  }

  function pinToEnd(): void {
    pinned.value = true;
  }

  /** Scrolling again: the list starts at the bottom, where the pinned rows were. */
  function release(): void {
    if (!pinned.value) return;
    const top = bottomScrollTop(items.value.length, options.rowHeight, viewportHeight.value);
    pinned.value = false;
    scrollTop.value = top;
    requestAnimationFrame(() => {
      if (container.value !== null && !pinned.value) container.value.scrollTop = top;
    });
  }

  return { container, pinned, range, visible, onScroll, pinToEnd, release };
}
