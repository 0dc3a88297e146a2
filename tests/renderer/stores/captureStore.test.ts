import { afterEach, describe, expect, it } from 'vitest';
import { isReactive, watch } from 'vue';
import { CAPTURE_PAGE_LIMIT, useCaptureStore } from '../../../renderer/src/stores/capture';
import { dataEvent, eventRange } from '../support/events';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

describe('useCaptureStore', () => {
  const disconnects: Array<() => void> = [];
  afterEach(() => {
    for (const disconnect of disconnects.splice(0)) disconnect();
  });

  it('replaces its array once per batch, not once per event', () => {
    const { pinia } = createPuertoTestApp();
    const capture = useCaptureStore(pinia);
    const identities: unknown[] = [];
    const stop = watch(
      () => capture.events,
      (events) => identities.push(events),
      { flush: 'sync' },
    );

    const before = capture.events;
    capture.applyBatch({ events: eventRange(1, 50), evicted: 0 });
    capture.applyBatch({ events: eventRange(51, 50), evicted: 0 });
    stop();

    expect(identities).toHaveLength(2);
    expect(identities[0]).not.toBe(before);
    expect(capture.events).toHaveLength(100);
    expect(capture.events.map((event) => event.seq)).toEqual(
      Array.from({ length: 100 }, (_, index) => index + 1),
    );
    // Events are held raw: no per-packet proxies or deep watchers.
    expect(isReactive(capture.events[0])).toBe(false);
  });

  it('keeps the same array when a batch brings no events', () => {
    const { pinia } = createPuertoTestApp();
    const capture = useCaptureStore(pinia);
    capture.applyBatch({ events: eventRange(1, 3), evicted: 0 });
    const held = capture.events;
    capture.applyBatch({ events: [], evicted: 0 });
    expect(capture.events).toBe(held);
  });

  it('stays bounded, dropping the oldest events and counting them', () => {
    const { pinia } = createPuertoTestApp();
    const capture = useCaptureStore(pinia);
    capture.limit = 10;
    for (let batch = 0; batch < 5; batch++) {
      capture.applyBatch({ events: eventRange(batch * 4 + 1, 4), evicted: 0 });
      expect(capture.events.length).toBeLessThanOrEqual(10);
    }
    expect(capture.events.map((event) => event.seq)).toEqual([
      11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ]);
    expect(capture.discarded).toBe(10);
  });

  it('merges a reload that overlaps batches which arrived first', async () => {
    const { api, pinia } = createPuertoTestApp();
    const capture = useCaptureStore(pinia);
    let answer: (() => void) | undefined;
    api.respond(
      'getCapture',
      () =>
        new Promise((resolve) => {
          answer = () =>
            resolve({
              ok: true,
              value: { events: eventRange(1, 12), firstSeq: 1, lastSeq: 12, totalEvicted: 0 },
            });
        }),
    );

    const loading = capture.load();
    capture.applyBatch({ events: eventRange(10, 5), evicted: 0 });
    answer?.();
    await loading;

    expect(capture.events.map((event) => event.seq)).toEqual(
      Array.from({ length: 14 }, (_, index) => index + 1),
    );
  });

  it('follows the client: loads what the engine holds, then every batch', async () => {
    const { api, pinia } = createPuertoTestApp();
    api.respond('getCapture', () => ({
      ok: true,
      value: {
        events: [dataEvent(1, 'data-in', 'before the page opened')],
        firstSeq: 1,
        lastSeq: 1,
        totalEvicted: 0,
      },
    }));
    const capture = useCaptureStore(pinia);
    disconnects.push(capture.connect());
    await settle();
    api.emitBatch({ events: [dataEvent(2, 'data-out', 'after')] });

    expect(api.callsOf('getCapture')).toEqual([{ afterSeq: 0, limit: CAPTURE_PAGE_LIMIT }]);
    expect(capture.events.map((event) => event.seq)).toEqual([1, 2]);
  });

  it('clears only after the engine agreed', async () => {
    const { api, pinia } = createPuertoTestApp();
    const capture = useCaptureStore(pinia);
    capture.applyBatch({ events: eventRange(1, 3), evicted: 0 });

    await capture.clear();
    expect(capture.events).toHaveLength(3);

    api.respond('clearCapture', () => ({ ok: true, value: { cleared: 3 } }));
    await capture.clear();
    expect(capture.events).toHaveLength(0);
  });
});
