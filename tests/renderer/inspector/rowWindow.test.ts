import { describe, expect, it } from 'vitest';
import {
  MAX_SCROLL_HEIGHT,
  bottomScrollTop,
  rowWindow,
  tailWindow,
} from '../../../renderer/src/inspector/rowWindow';

const base = { viewportHeight: 320, rowHeight: 32, overscan: 4 };

describe('row window', () => {
  it('draws the rows in view plus a margin, at the right offset', () => {
    expect(rowWindow({ ...base, scrollTop: 0, count: 100_000 })).toEqual({
      start: 0,
      end: 15,
      totalHeight: 3_200_000,
      offsetTop: 0,
    });
    const middle = rowWindow({ ...base, scrollTop: 32 * 500 + 10, count: 100_000 });
    expect(middle).toMatchObject({ start: 496, end: 515, offsetTop: 496 * 32 });
  });

  it('stays within the list at both ends, however far the offset points', () => {
    expect(rowWindow({ ...base, scrollTop: -50, count: 3 })).toMatchObject({ start: 0, end: 3 });
    const end = rowWindow({ ...base, scrollTop: 10_000_000, count: 1000 });
    expect(end.end).toBe(1000);
    expect(end.start).toBe(1000 - 10 - 4);
    expect(rowWindow({ ...base, scrollTop: 0, count: 0 })).toMatchObject({ start: 0, end: 0 });
  });

  it('scrolls to show the last row at the bottom edge', () => {
    expect(bottomScrollTop(1000, 32, 320)).toBe(32_000 - 320);
    expect(bottomScrollTop(5, 32, 320)).toBe(0);
  });

  it('pins the newest rows to the bottom edge when following, with nothing to scroll', () => {
    const tail = tailWindow({ ...base, count: 100_000 });
    expect(tail.end).toBe(100_000);
    expect(tail.start).toBe(100_000 - 11 - 4);
    expect(tail.totalHeight).toBe(320);
    // The drawn rows end exactly at the bottom edge; the oldest of them are above the top.
    expect(tail.offsetTop + (tail.end - tail.start) * 32).toBe(320);
    // Fewer rows than fit: they start at the top, as in any list.
    expect(tailWindow({ ...base, count: 3 })).toEqual({
      start: 0,
      end: 3,
      totalHeight: 96,
      offsetTop: 0,
    });
  });

  it('scales a list taller than a browser allows, reaching every row from top to bottom', () => {
    const count = 1_000_000;
    const top = rowWindow({ ...base, scrollTop: 0, count });
    expect(top).toMatchObject({ start: 0, totalHeight: MAX_SCROLL_HEIGHT, offsetTop: 0 });
    const bottomTop = bottomScrollTop(count, 32, 320);
    expect(bottomTop).toBe(MAX_SCROLL_HEIGHT - 320);
    const bottom = rowWindow({ ...base, scrollTop: bottomTop, count });
    expect(bottom.end).toBe(count);
    // The last row ends exactly at the bottom of the scrollable height.
    expect(bottom.offsetTop + (bottom.end - bottom.start) * 32).toBe(MAX_SCROLL_HEIGHT);
    // Halfway down the scrollbar is halfway through the rows, drawn where the viewport is.
    const middle = rowWindow({ ...base, scrollTop: bottomTop / 2, count });
    const firstVisible = middle.start + base.overscan;
    expect(Math.abs(firstVisible - (count - 10) / 2)).toBeLessThan(2);
    const shownAt = middle.offsetTop + base.overscan * 32;
    expect(shownAt).toBeLessThanOrEqual(bottomTop / 2);
    expect(shownAt).toBeGreaterThan(bottomTop / 2 - 32);
  });
});
