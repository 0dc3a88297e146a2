/**
 * The pieces the capture store keeps its events in: a read-only array view made in constant
 * time, a list that grows at one end and lets go at the other, the byte budget, and the set of
 * sequence numbers still missing.
 */
import { describe, expect, it } from 'vitest';
import { isReactive, reactive } from 'vue';
import { arrayWindow, spanOf } from '../../../renderer/src/capture/arrayWindow';
import { windowEventBytes } from '../../../renderer/src/capture/eventCost';
import { HeldEvents } from '../../../renderer/src/capture/heldEvents';
import { SeqRanges } from '../../../renderer/src/capture/seqRanges';
import { SlidingList } from '../../../renderer/src/capture/slidingList';
import { dataEvent, eventRange, lifecycleEvent } from '../support/events';

describe('arrayWindow', () => {
  it('reads like an array of the stretch it shows, and refuses writes', () => {
    const backing = ['a', 'b', 'c', 'd', 'e'];
    const view = arrayWindow(backing, 1, 4);
    expect(view).toHaveLength(3);
    expect(view[0]).toBe('b');
    expect(view[3]).toBeUndefined();
    expect(view.at(-1)).toBe('d');
    expect([...view]).toEqual(['b', 'c', 'd']);
    expect(view.slice(1)).toEqual(['c', 'd']);
    expect(view.filter((letter) => letter !== 'c')).toEqual(['b', 'd']);
    expect(view).toEqual(['b', 'c', 'd']);
    expect(Array.isArray(view)).toBe(true);
    expect(Object.keys(view)).toEqual(['0', '1', '2']);
    expect(2 in view && !(3 in view)).toBe(true);
    expect(() => {
      (view as string[])[0] = 'x';
    }).toThrow(TypeError);
    expect(() => (view as string[]).push('x')).toThrow(TypeError);
    expect(backing).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(spanOf(view)).toEqual({ items: backing, start: 1, end: 4 });
  });

  it('is never wrapped in a reactive proxy', () => {
    const view = arrayWindow([{ seq: 1 }], 0, 1);
    expect(reactive(view as object[])).toBe(view);
    expect(isReactive(view[0])).toBe(false);
  });
});

describe('SlidingList', () => {
  it('keeps each view as it was while the list grows and lets go', () => {
    const list = new SlidingList<number>();
    for (let value = 0; value < 5_000; value++) list.push(value);
    const before = list.view();
    list.dropOldest(3_000);
    for (let value = 5_000; value < 6_000; value++) list.push(value);
    expect(list.length).toBe(3_000);
    expect(list.first()).toBe(3_000);
    expect(list.last()).toBe(5_999);
    expect(before).toHaveLength(5_000);
    expect(before[0]).toBe(0);
    expect(before.at(-1)).toBe(4_999);
    // Letting go of more than half copied the rest into a new array: the old one is let go.
    expect(spanOf(list.view()).start).toBe(0);
    expect(spanOf(list.view()).items).not.toBe(spanOf(before).items);
  });
});

describe('HeldEvents', () => {
  it('counts payload, annotation text and a fixed share per event', () => {
    const plain = dataEvent(1, 'data-in', 'hola');
    const annotated = {
      ...dataEvent(2, 'data-in', 'hola'),
      annotation: { protocol: 'SMTP', lines: [{ text: 'HELO x', key: 'a.b' }] },
    };
    expect(windowEventBytes(plain) - windowEventBytes(lifecycleEvent(3, 'accepted'))).toBe(4);
    expect(windowEventBytes(annotated)).toBeGreaterThan(windowEventBytes(plain) + 12 * 2);
  });

  it('lets the oldest go to stay within its bytes and its count', () => {
    const one = windowEventBytes(eventRange(1, 1)[0] as never);
    const held = new HeldEvents({ budgetBytes: one * 10 + 5, maxEvents: 100 });
    expect(held.append(eventRange(1, 8))).toBe(0);
    // Ten events fit, but `message 10` and later are a byte longer: with seven of those, nine.
    expect(held.append(eventRange(9, 8))).toBe(7);
    expect(held.view().map((event) => event.seq)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(held.bytes).toBeLessThanOrEqual(held.limits.budgetBytes);
    expect(held.setLimits({ maxEvents: 4 })).toBe(5);
    expect(held.view().map((event) => event.seq)).toEqual([13, 14, 15, 16]);
  });

  it('merges events into the middle once, skipping numbers it holds', () => {
    const held = new HeldEvents({ budgetBytes: Number.MAX_SAFE_INTEGER, maxEvents: 100 });
    held.append([...eventRange(1, 3), ...eventRange(8, 3)]);
    const before = held.view();
    held.merge([...eventRange(2, 7)].reverse());
    expect(held.view().map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The events already held are the ones kept, and the earlier view did not change.
    expect(held.view()[1]).toBe(before[1]);
    expect(before.map((event) => event.seq)).toEqual([1, 2, 3, 8, 9, 10]);
    const bytes = held.bytes;
    held.merge(eventRange(4, 2));
    expect(held.bytes).toBe(bytes);
  });
});

describe('SeqRanges', () => {
  it('joins touching ranges and takes parts out, counting them', () => {
    const ranges = new SeqRanges();
    ranges.add(10, 19);
    ranges.add(20, 24);
    ranges.add(40, 49);
    expect(ranges.size).toBe(25);
    expect(ranges.first()).toEqual({ from: 10, to: 24 });
    expect(ranges.remove(15, 44)).toBe(15);
    expect(ranges.has(14) && ranges.has(45) && !ranges.has(20)).toBe(true);
    expect(ranges.size).toBe(10);
    expect(ranges.remove(0, 100)).toBe(10);
    expect(ranges.first()).toBeUndefined();
  });
});
