import { describe, expect, it } from 'vitest';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import type { ImportedCapture } from '../../../renderer/src/stores/capture';
import { dataEvent, eventRange } from '../support/events';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

const source: ImportedCapture = { name: 'lab.jsonl', problems: [], problemCount: 0, dropped: 0 };

describe('useCaptureStore: imported captures', () => {
  it('shows the imported events while live ones keep arriving out of sight', () => {
    const capture = useCaptureStore(createPuertoTestApp().pinia);
    capture.applyBatch({ events: eventRange(1, 2), evicted: 0 });
    const recorded = [dataEvent(100, 'data-in', 'grabado')];

    capture.replaceWithImported(recorded, source);
    capture.applyBatch({ events: eventRange(3, 2), evicted: 0 });
    expect(capture.imported).toEqual(source);
    expect(capture.events).toBe(recorded);

    capture.returnToLive();
    expect(capture.imported).toBeNull();
    expect(capture.events.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
  });

  it('replaces one import with another, and still returns to the live events', () => {
    const capture = useCaptureStore(createPuertoTestApp().pinia);
    capture.applyBatch({ events: eventRange(1, 1), evicted: 0 });
    capture.replaceWithImported([dataEvent(7, 'data-in', 'a')], source);
    capture.replaceWithImported([dataEvent(8, 'data-in', 'b')], { ...source, name: 'b.jsonl' });
    expect(capture.imported?.name).toBe('b.jsonl');
    capture.returnToLive();
    expect(capture.events.map((event) => event.seq)).toEqual([1]);
  });

  it('clears the live capture, not the import on show', async () => {
    const { api, pinia } = createPuertoTestApp();
    api.respond('clearCapture', () => ({ ok: true, value: { cleared: 2 } }));
    const capture = useCaptureStore(pinia);
    capture.applyBatch({ events: eventRange(1, 2), evicted: 0 });
    const recorded = [dataEvent(9, 'data-out', 'x')];
    capture.replaceWithImported(recorded, source);
    await capture.clear();
    await settle();
    expect(capture.events).toBe(recorded);
    capture.returnToLive();
    expect(capture.events).toEqual([]);
  });
});
