import { afterEach, describe, expect, it, vi } from 'vitest';
import { BatchSender } from '../../electron/web/batchSender';
import type { BatchSocket } from '../../electron/web/batchSender';
import type { EventBatch, ServerMessage } from '../../shared/contract';
import { decodeWire } from '../../shared/contract/wireCodec';
import {
  SimulatedEngine,
  TabView,
  connection,
  dataEvent,
  seededRandom,
  server,
} from './simulatedEngine';

/** A socket whose send buffer the test fills and drains by hand; it decodes every frame. */
class FakeSocket implements BatchSocket {
  bufferedAmount = 0;
  readyState = 1;
  frames = 0;
  readonly sent: EventBatch[] = [];
  send(frame: Uint8Array): void {
    expect(frame).toBeInstanceOf(Uint8Array);
    this.frames += 1;
    const message = decodeWire(frame) as ServerMessage;
    if (message.type !== 'batch') throw new Error(`not a batch: ${message.type}`);
    this.sent.push(message.batch);
  }
}

const LIMIT = 1000;

function changes(batch: Partial<NonNullable<EventBatch['changes']>>): EventBatch['changes'] {
  return {
    servers: [],
    clients: [],
    connections: [],
    removed: { servers: [], clients: [], connections: [] },
    ...batch,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('BatchSender', () => {
  it('sends every batch as it is while the socket keeps up, one frame each', () => {
    const socket = new FakeSocket();
    const sender = new BatchSender(socket, { bufferedLimit: LIMIT });
    const first: EventBatch = {
      events: [],
      evicted: 0,
      state: { servers: [server('s1', 7)], clients: [], connections: [] },
    };
    const second: EventBatch = {
      events: [dataEvent(1, 'c1')],
      evicted: 0,
      changes: changes({ connections: [connection('c1', 2)] }),
    };
    sender.push(first);
    sender.push(second);
    expect(socket.frames).toBe(2);
    expect(socket.sent[0]?.state?.servers.map((item) => item.id)).toEqual(['s1']);
    expect(socket.sent[1]?.state).toBeUndefined();
    expect(socket.sent[1]?.changes?.connections.map((item) => item.id)).toEqual(['c1']);
    expect(socket.sent[1]?.missed).toBeUndefined();
    sender.close();
  });

  it('folds held changes: the latest info per id, in first-seen order, and removals by order', () => {
    vi.useFakeTimers();
    const socket = new FakeSocket();
    const sender = new BatchSender(socket, { bufferedLimit: LIMIT, retryMs: 50 });
    socket.bufferedAmount = LIMIT + 1;
    sender.push({
      events: [dataEvent(10, 'a'), dataEvent(11, 'b')],
      evicted: 2,
      changes: changes({ connections: [connection('a', 1), connection('b', 1)] }),
      capture: {
        heldEvents: 1,
        heldBytes: 1,
        budgetBytes: 10,
        payloadCapPerEvent: 4,
        totalEvicted: 2,
      },
    });
    sender.push({
      events: [dataEvent(12, 'a')],
      evicted: 3,
      changes: changes({
        connections: [connection('a', 5), connection('c', 1)],
        removed: { servers: ['old-server'], clients: [], connections: ['b', 'd'] },
      }),
    });
    sender.push({
      events: [dataEvent(13, 'd')],
      evicted: 0,
      // `d` removed before and listed again now: the later upsert wins; `c` goes away.
      changes: changes({
        connections: [connection('d', 9)],
        removed: { servers: [], clients: [], connections: ['c'] },
      }),
      capture: {
        heldEvents: 2,
        heldBytes: 2,
        budgetBytes: 10,
        payloadCapPerEvent: 4,
        totalEvicted: 5,
      },
    });
    expect(socket.sent).toEqual([]);

    vi.advanceTimersByTime(200);
    expect(socket.sent).toEqual([]);

    socket.bufferedAmount = 0;
    vi.advanceTimersByTime(50);
    expect(socket.sent).toHaveLength(1);
    const [released] = socket.sent;
    expect(released?.events).toEqual([]);
    expect(released?.evicted).toBe(5);
    expect(released?.missed).toEqual({ fromSeq: 10, toSeq: 13, count: 4 });
    expect(released?.capture?.totalEvicted).toBe(5);
    expect(released?.state).toBeUndefined();
    expect(released?.changes?.connections.map((item) => [item.id, item.counters.bytesIn])).toEqual([
      ['a', 5],
      ['d', 9],
    ]);
    expect(released?.changes?.removed).toEqual({
      servers: ['old-server'],
      clients: [],
      connections: ['b', 'c'],
    });

    vi.advanceTimersByTime(500);
    expect(socket.sent).toHaveLength(1);
    sender.close();
  });

  it('keeps the latest whole state, with only the changes after it', () => {
    vi.useFakeTimers();
    const socket = new FakeSocket();
    const sender = new BatchSender(socket, { bufferedLimit: LIMIT, retryMs: 1000 });
    socket.bufferedAmount = LIMIT * 2;
    sender.push({ events: [], evicted: 0, changes: changes({ connections: [connection('x')] }) });
    sender.push({
      events: [],
      evicted: 0,
      state: { servers: [], clients: [], connections: [connection('y')] },
    });
    sender.push({ events: [], evicted: 0, changes: changes({ connections: [connection('z')] }) });
    socket.bufferedAmount = 0;
    // The batch that arrives after draining carries everything held, and its own events.
    sender.push({ events: [dataEvent(40, 'z')], evicted: 1 });
    expect(socket.sent).toHaveLength(1);
    const [released] = socket.sent;
    expect(released?.state?.connections.map((item) => item.id)).toEqual(['y']);
    expect(released?.changes?.connections.map((item) => item.id)).toEqual(['z']);
    expect(released?.events.map((event) => event.seq)).toEqual([40]);
    expect(released?.missed).toBeUndefined();
    expect(released?.evicted).toBe(1);

    vi.advanceTimersByTime(5000);
    expect(socket.sent).toHaveLength(1);
    sender.close();
  });

  it('carries changed addresses, and keeps the latest ones for a held tab', () => {
    vi.useFakeTimers();
    const socket = new FakeSocket();
    const sender = new BatchSender(socket, { bufferedLimit: LIMIT, retryMs: 50 });
    const wifi = { hostname: 'lab-pc', platform: 'linux', addresses: [] };
    sender.push({ events: [], evicted: 0, system: wifi });
    expect(socket.sent).toEqual([{ events: [], evicted: 0, system: wifi }]);

    socket.bufferedAmount = LIMIT + 1;
    const cable = { ...wifi, hostname: 'lab-pc-cable' };
    sender.push({ events: [], evicted: 0, system: cable });
    sender.push({ events: [dataEvent(1, 'c')], evicted: 0 });
    socket.bufferedAmount = 0;
    vi.advanceTimersByTime(50);
    expect(socket.sent[1]).toEqual({
      events: [],
      evicted: 0,
      system: cable,
      missed: { fromSeq: 1, toSeq: 1, count: 1 },
    });
    sender.close();
  });

  it('sends nothing to a socket that is no longer open', () => {
    const socket = new FakeSocket();
    socket.readyState = 3;
    const sender = new BatchSender(socket);
    sender.push({ events: [dataEvent(1, 'c')], evicted: 0 });
    expect(socket.sent).toEqual([]);
    sender.close();
  });

  it.each([1, 2, 3, 42, 1234])(
    'leaves a tab slow at random showing exactly what the engine holds (seed %i)',
    (seed) => {
      vi.useFakeTimers();
      const random = seededRandom(seed);
      const engine = new SimulatedEngine(random);
      const socket = new FakeSocket();
      const sender = new BatchSender(socket, { bufferedLimit: LIMIT, retryMs: 50 });
      sender.push(engine.firstBatch());
      for (let round = 0; round < 300; round++) {
        // Runs of slow and fast, as a tab behind a busy main thread.
        if (random() < 0.15) socket.bufferedAmount = socket.bufferedAmount > 0 ? 0 : LIMIT + 1;
        sender.push(engine.nextBatch());
        if (random() < 0.1) vi.advanceTimersByTime(50);
      }
      socket.bufferedAmount = 0;
      vi.advanceTimersByTime(50);

      const tab = new TabView();
      for (const batch of socket.sent) tab.apply(batch);
      expect([...tab.connections.values()]).toEqual([...engine.connections.values()]);
      expect([...tab.servers.keys()]).toEqual([...engine.servers.keys()]);
      // Shown + reported = produced, and the reported ranges hold only events not shown.
      expect(tab.seqs.length + tab.missedCount).toBe(engine.produced);
      expect(tab.missedCount).toBeGreaterThan(0);
      for (const seq of tab.seqs) expect(tab.missedSeqs.has(seq)).toBe(false);
      expect(tab.missedSeqs.size).toBe(tab.missedCount);
      sender.close();
    },
  );
});
