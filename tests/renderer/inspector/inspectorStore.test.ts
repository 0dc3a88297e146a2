import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { PuertoEvent } from '../../../shared/contract';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useInspectorStore } from '../../../renderer/src/stores/inspector';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { createPuertoTestApp } from '../support/puertoTestApp';
import { data, mixedEvents, serverConversation, udpFlow } from './eventFactory';

function setUp() {
  const { pinia, api } = createPuertoTestApp();
  api.respond('clearCapture', () => ({ ok: true, value: { cleared: 0 } }));
  const capture = useCaptureStore(pinia);
  const feed = (events: PuertoEvent[]) => capture.applyBatch({ events, evicted: 0 });
  return {
    capture,
    inspector: useInspectorStore(pinia),
    selection: useSelectionStore(pinia),
    feed,
  };
}

const seqs = (events: readonly PuertoEvent[]) => events.map((event) => event.seq);

describe('useInspectorStore', () => {
  it('shows every captured event until a filter is set', () => {
    const { inspector, feed, capture } = setUp();
    feed(mixedEvents(1, 30));
    expect(inspector.rows).toBe(capture.events);
    expect(inspector.hasFilters).toBe(false);
    inspector.protocol = 'udp';
    expect(inspector.rows.every((event) => event.proto === 'udp')).toBe(true);
    expect(inspector.rows.length).toBeGreaterThan(0);
    expect(inspector.hasFilters).toBe(true);
  });

  it('follows the selection’s focus, and forgets it with the other filters', () => {
    const { inspector, selection, feed } = setUp();
    feed(mixedEvents(1, 30));
    selection.focusConnection('flow-1');
    expect(new Set(inspector.rows.map((event) => event.connectionId))).toEqual(new Set(['flow-1']));
    inspector.direction = 'in';
    inspector.resetFilters();
    expect(selection.focus).toBeNull();
    expect(inspector.direction).toBe('all');
    expect(inspector.rows).toHaveLength(30);
  });

  it('holds the view still while paused and counts what arrived meanwhile', () => {
    const { inspector, feed, capture } = setUp();
    feed(mixedEvents(1, 30));
    inspector.protocol = 'tcp';
    const before = seqs(inspector.rows);
    inspector.pause();

    feed(mixedEvents(31, 30));
    expect(capture.events).toHaveLength(60);
    expect(seqs(inspector.rows)).toEqual(before);
    const arrivedTcp = mixedEvents(31, 30).filter((event) => event.proto === 'tcp').length;
    expect(inspector.newWhilePaused).toBe(arrivedTcp);

    inspector.resume();
    expect(inspector.newWhilePaused).toBe(0);
    expect(inspector.rows).toHaveLength(before.length + arrivedTcp);
  });

  it('opens the selected event without moving the current conversation (issue 11)', () => {
    const { inspector, selection, feed } = setUp();
    const event = data(1, udpFlow, 'data-in', 'x');
    const other = data(2, serverConversation, 'data-in', 'y');
    feed([event, other]);
    selection.connectionId = other.connectionId ?? null;
    expect(inspector.follow).toBe(true);
    inspector.selectEvent(event);
    expect(inspector.selectedEvent).toBe(event);
    expect(selection.connectionId).toBe(other.connectionId);
    expect(event.connectionId).not.toBe(other.connectionId);
    // The chosen row must not scroll away when the next batch arrives.
    expect(inspector.follow).toBe(false);
    expect(selection.focus).toBeNull();
  });

  it('lets go of the selected event and of a paused view when the capture is cleared', async () => {
    const { inspector, feed, capture } = setUp();
    feed(mixedEvents(1, 10));
    inspector.selectEvent(capture.events[3] ?? null);
    inspector.pause();
    await capture.clear();
    await nextTick();
    expect(inspector.selectedEvent).toBeNull();
    expect(inspector.rows).toHaveLength(0);
  });
});
