/**
 * Where a long list must scroll so that one row is wholly in view, moving as little as it can.
 * The inverse of rowWindow's arithmetic, scaled the same way past MAX_SCROLL_HEIGHT: the
 * keyboard walks the inspector's rows one by one, and each step must land on a drawn row.
 */
import { MAX_SCROLL_HEIGHT } from './rowWindow';

export interface RowRevealInput {
  index: number;
  scrollTop: number;
  viewportHeight: number;
  count: number;
  rowHeight: number;
}

export function revealScrollTop(input: RowRevealInput): number {
  const { index, scrollTop, viewportHeight, count, rowHeight } = input;
  const contentHeight = count * rowHeight;
  const totalHeight = Math.min(contentHeight, MAX_SCROLL_HEIGHT);
  const scrollable = Math.max(0, totalHeight - viewportHeight);
  const contentScrollable = Math.max(0, contentHeight - viewportHeight);
  // How many content pixels one pixel of scrolling moves (1 unless the list is scaled).
  const scale = scrollable > 0 && totalHeight < contentHeight ? contentScrollable / scrollable : 1;
  const top = Math.min(Math.max(0, scrollTop), scrollable);
  const contentTop = top * scale;
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < contentTop) return Math.max(0, Math.floor(rowTop / scale));
  if (rowBottom > contentTop + viewportHeight) {
    return Math.min(scrollable, Math.ceil((rowBottom - viewportHeight) / scale));
  }
  return top;
}

/** The first row wholly in view, from the window rowWindow or tailWindow drew. */
export function firstRowInView(
  window: { start: number; end: number; offsetTop: number },
  viewTop: number,
  rowHeight: number,
): number {
  if (window.end <= window.start) return 0;
  const first = window.start + Math.ceil((viewTop - window.offsetTop) / rowHeight - 1e-6);
  return Math.min(window.end - 1, Math.max(window.start, first));
}
