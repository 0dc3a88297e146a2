import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventBatch, PuertoEvent } from '../../shared/contract/events';
import type { EngineState } from '../../shared/contract/model';
import { EventBatcher } from '../../electron/engine/eventBatcher';

const event = (seq: number): PuertoEvent => ({ kind: 'listening', seq, time: seq, proto: 'udp' });

describe('EventBatcher', () => {
  let snapshots = 0;
  let batcher: EventBatcher;
  let batches: EventBatch[];

  beforeEach(() => {
    vi.useFakeTimers();
    snapshots = 0;
    batches = [];
    batcher = new EventBatcher({
      intervalMs: 50,
      snapshot: (): EngineState => {
        snapshots += 1;
        return { servers: [], clients: [], connections: [] };
      },
    });
    batcher.on('batch', (batch) => batches.push(batch));
  });

  afterEach(() => {
    batcher.dispose();
    vi.useRealTimers();
  });

  it('sends a burst of 1000 events as one batch per interval', () => {
    for (let seq = 1; seq <= 1000; seq++) batcher.add(event(seq));
    expect(batches).toHaveLength(0);
    vi.advanceTimersByTime(49);
    expect(batches).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.events.map((item) => item.seq)).toEqual(
      Array.from({ length: 1000 }, (_, index) => index + 1),
    );
  });

  it('never sends more than one batch per interval under a steady stream', () => {
    let seq = 0;
    for (let tick = 0; tick < 1000; tick++) {
      batcher.add(event(++seq));
      vi.advanceTimersByTime(1);
    }
    vi.advanceTimersByTime(50);
    expect(batches.length).toBeLessThanOrEqual(1000 / 50 + 1);
    expect(batches.flatMap((batch) => batch.events)).toHaveLength(1000);
  });

  it('carries the state only when it changed, taking one snapshot per batch', () => {
    batcher.add(event(1));
    vi.advanceTimersByTime(50);
    expect(batches[0]!.state).toBeUndefined();
    for (let index = 0; index < 100; index++) batcher.markStateChanged();
    vi.advanceTimersByTime(50);
    expect(batches[1]!.state).toEqual({ servers: [], clients: [], connections: [] });
    expect(snapshots).toBe(1);
  });

  it('reports evictions and keeps no timer while idle', () => {
    expect(vi.getTimerCount()).toBe(0);
    batcher.add(event(1));
    batcher.noteEvicted(3);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(50);
    expect(batches[0]!.evicted).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('flushes pending events at once and sends nothing when nothing is pending', () => {
    batcher.add(event(7));
    batcher.flush();
    batcher.flush();
    expect(batches).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('carries changed addresses once, in a batch of their own when nothing else happened', () => {
    const system = { hostname: 'lab-pc', platform: 'linux', addresses: [] };
    batcher.systemChanged(system);
    vi.advanceTimersByTime(50);
    expect(batches).toEqual([{ events: [], evicted: 0, system }]);
    expect(snapshots).toBe(0);
    batcher.add(event(1));
    vi.advanceTimersByTime(50);
    expect(batches[1]!.system).toBeUndefined();
  });
});
