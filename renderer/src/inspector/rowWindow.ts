/**
 * Which rows of a long list of equal-height rows are on screen. Pure arithmetic on numbers the
 * list already knows (scroll offset, viewport height, row count): nothing asks the page for its
 * layout, so a new batch of 5,000 events costs the same as a batch of five.
 */
export interface RowWindow {
  /** First row to draw (inclusive). */
  start: number;
  /** Row after the last to draw (exclusive). */
  end: number;
  /** Height of everything, so the scrollbar is the right size. */
  totalHeight: number;
  /** Where the first drawn row sits. */
  offsetTop: number;
}

export interface RowWindowInput {
  scrollTop: number;
  viewportHeight: number;
  count: number;
  rowHeight: number;
  /** Rows drawn beyond each edge, so a quick scroll shows no gap. */
  overscan: number;
}

/**
 * Browsers cap how tall an element may be (Firefox near 17.9 million pixels, Chromium near
 * 33.5 million), and 1,000,000 rows of 32 pixels pass the first. Past this height the list
 * scrolls a scaled-down height: each pixel of scrolling moves the rows a little more.
 */
export const MAX_SCROLL_HEIGHT = 15_000_000;

export function rowWindow(input: RowWindowInput): RowWindow {
  const { scrollTop, viewportHeight, count, rowHeight, overscan } = input;
  const contentHeight = count * rowHeight;
  const totalHeight = Math.min(contentHeight, MAX_SCROLL_HEIGHT);
  const scrollable = Math.max(0, totalHeight - viewportHeight);
  const top = Math.min(Math.max(0, scrollTop), scrollable);
  // Where the viewport's top edge falls in the rows: the scroll offset's share, scaled.
  const contentTop =
    totalHeight < contentHeight && scrollable > 0
      ? (top / scrollable) * (contentHeight - viewportHeight)
      : top;
  const first = Math.floor(contentTop / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end, totalHeight, offsetTop: top - (contentTop - start * rowHeight) };
}

/**
 * The last rows, drawn so the newest sits on the bottom edge, with nothing to scroll: while a
 * list follows its newest row it never moves its scroll offset, which would make the browser
 * lay out the page once more on every batch.
 */
export function tailWindow(input: Omit<RowWindowInput, 'scrollTop'>): RowWindow {
  const { viewportHeight, count, rowHeight, overscan } = input;
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, count - visible - overscan);
  const drawnHeight = (count - start) * rowHeight;
  return {
    start,
    end: count,
    totalHeight: Math.min(viewportHeight, drawnHeight),
    offsetTop: Math.min(0, viewportHeight - drawnHeight),
  };
}

/** The scroll offset that shows the last row at the bottom edge. */
export function bottomScrollTop(count: number, rowHeight: number, viewportHeight: number): number {
  return Math.max(0, Math.min(count * rowHeight, MAX_SCROLL_HEIGHT) - viewportHeight);
}
