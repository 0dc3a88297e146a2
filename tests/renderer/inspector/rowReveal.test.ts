import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_HEIGHT, rowWindow } from '../../../renderer/src/inspector/rowWindow';
import { firstRowInView, revealScrollTop } from '../../../renderer/src/inspector/rowReveal';

const ROW = 32;
const VIEWPORT = 320;

/** The rows wholly in view at a scroll offset, by rowWindow's own arithmetic. */
function rowsInView(count: number, scrollTop: number): { first: number; last: number } {
  const window = rowWindow({
    scrollTop,
    viewportHeight: VIEWPORT,
    count,
    rowHeight: ROW,
    overscan: 0,
  });
  const top = Math.max(0, Math.min(scrollTop, window.totalHeight - VIEWPORT));
  const first = firstRowInView(window, top, ROW);
  // Where the viewport's bottom edge falls, in the drawn rows.
  const bottom = top + VIEWPORT - window.offsetTop;
  return { first, last: window.start + Math.floor(bottom / ROW) - 1 };
}

describe('revealing a row', () => {
  it('does not move when the row is already in view', () => {
    expect(
      revealScrollTop({
        index: 3,
        scrollTop: 0,
        viewportHeight: VIEWPORT,
        count: 100,
        rowHeight: ROW,
      }),
    ).toBe(0);
  });

  it('scrolls up to put a row above at the top edge, down to put a row below at the bottom', () => {
    const input = { scrollTop: 3_200, viewportHeight: VIEWPORT, count: 1_000, rowHeight: ROW };
    expect(revealScrollTop({ ...input, index: 90 })).toBe(90 * ROW);
    expect(revealScrollTop({ ...input, index: 120 })).toBe(121 * ROW - VIEWPORT);
    expect(revealScrollTop({ ...input, index: 0 })).toBe(0);
  });

  it('lands every row wholly in view, also in a million rows scrolled at a scale', () => {
    const count = 1_000_000;
    expect(count * ROW).toBeGreaterThan(MAX_SCROLL_HEIGHT);
    let scrollTop = 0;
    for (const index of [1, 9, 10, 11, 500_000, 499_999, 777_777, 999_998, 999_999, 0, 123_456]) {
      scrollTop = revealScrollTop({
        index,
        scrollTop,
        viewportHeight: VIEWPORT,
        count,
        rowHeight: ROW,
      });
      const { first, last } = rowsInView(count, scrollTop);
      expect(index, `row ${index} at ${scrollTop}`).toBeGreaterThanOrEqual(first);
      expect(index, `row ${index} at ${scrollTop}`).toBeLessThanOrEqual(last);
    }
  });

  it('names the first row wholly in view', () => {
    const window = rowWindow({
      scrollTop: 100,
      viewportHeight: VIEWPORT,
      count: 1000,
      rowHeight: ROW,
      overscan: 4,
    });
    expect(firstRowInView(window, 100, ROW)).toBe(4);
    expect(firstRowInView({ start: 0, end: 0, offsetTop: 0 }, 0, ROW)).toBe(0);
  });
});
