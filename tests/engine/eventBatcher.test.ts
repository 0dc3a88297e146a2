import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureStats, EventBatch, PuertoEvent } from '../../shared/contract/events';
import type { ConnectionInfo } from '../../shared/contract/model';
import { EventBatcher } from '../../electron/engine/eventBatcher';

const event = (seq: number): PuertoEvent => ({ kind: 'listening', seq, time: seq, proto: 'udp' });

function connection(id: string, bytesIn: number): ConnectionInfo {
  return {
    id,
    protocol: 'tcp',
    role: 'server',
    local: { address: '127.0.0.1', port: 7 },
    remote: { address: '127.0.0.1', port: 40000 },
    status: 'open',
    localEnded: false,
    remoteEnded: false,
    flow: 'flowing',
    openedAt: 1,
    counters: { bytesIn, bytesOut: 0, messagesIn: 1, messagesOut: 0 },
  };
}

const stats: CaptureStats = {
  heldEvents: 0,
  heldBytes: 0,
  budgetBytes: 1024,
  payloadCapPerEvent: 16,
  totalEvicted: 0,
};

describe('EventBatcher', () => {
  let reads = 0;
  let held: Map<string, ConnectionInfo>;
  let batcher: EventBatcher;
  let batches: EventBatch[];

  beforeEach(() => {
    vi.useFakeTimers();
    reads = 0;
    held = new Map();
    batches = [];
    batcher = new EventBatcher({
      intervalMs: 50,
      source: {
        server: () => undefined,
        client: () => undefined,
        connection: (id) => {
          reads += 1;
          return held.get(id);
        },
      },
      captureStats: () => stats,
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
    expect(batches[0]!.capture).toEqual(stats);
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

  it('carries only what changed, each item read once per batch however often it changed', () => {
    held.set('connection-1', connection('connection-1', 5));
    held.set('connection-2', connection('connection-2', 9));
    batcher.add(event(1));
    vi.advanceTimersByTime(50);
    expect(batches[0]!.changes).toBeUndefined();
    for (let index = 0; index < 100; index++) batcher.changed('connection', 'connection-1');
    vi.advanceTimersByTime(50);
    expect(batches[1]!.changes).toEqual({
      servers: [],
      clients: [],
      connections: [held.get('connection-1')],
      removed: { servers: [], clients: [], connections: [] },
    });
    expect(reads).toBe(1);
  });

  it('says which items were forgotten, and a forgotten item is not also sent as changed', () => {
    batcher.changed('connection', 'connection-3');
    batcher.removed('connection', 'connection-3');
    vi.advanceTimersByTime(50);
    expect(batches[0]!.changes?.connections).toEqual([]);
    expect(batches[0]!.changes?.removed.connections).toEqual(['connection-3']);
    expect(reads).toBe(0);
  });

  it('collects nothing and reads nothing while nobody listens', () => {
    const quiet = new EventBatcher({
      intervalMs: 50,
      source: { server: () => undefined, client: () => undefined, connection: () => undefined },
      captureStats: () => {
        throw new Error('read while nobody listens');
      },
    });
    quiet.add(event(1));
    quiet.changed('connection', 'connection-1');
    expect(quiet.pending).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    quiet.dispose();
  });

  it('sends a requested batch even when nothing happened', () => {
    batcher.request();
    vi.advanceTimersByTime(50);
    expect(batches).toEqual([{ events: [], evicted: 0 }]);
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
    batcher.add(event(1));
    vi.advanceTimersByTime(50);
    expect(batches[1]!.system).toBeUndefined();
  });
});
