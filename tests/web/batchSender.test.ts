import { afterEach, describe, expect, it, vi } from 'vitest';
import { BatchSender } from '../../electron/web/batchSender';
import type { BatchSocket } from '../../electron/web/batchSender';
import type { EngineState, EventBatch, PuertoEvent } from '../../shared/contract';
import { decodeWire } from '../../shared/contract/wireCodec';

/** A socket whose send buffer the test fills and drains by hand. */
class FakeSocket implements BatchSocket {
  bufferedAmount = 0;
  readyState = 1;
  readonly sent: EventBatch[] = [];
  send(data: string): void {
    const message = decodeWire(data) as { type: string; batch: EventBatch };
    expect(message.type).toBe('batch');
    this.sent.push(message.batch);
  }
}

function state(servers: number): EngineState {
  return {
    servers: Array.from({ length: servers }, () => ({}) as never),
    clients: [],
    connections: [],
  };
}

function event(seq: number): PuertoEvent {
  return { kind: 'listening', seq, time: seq, proto: 'tcp' };
}

const LIMIT = 1000;

afterEach(() => {
  vi.useRealTimers();
});

describe('BatchSender', () => {
  it('sends every batch while the socket keeps up', () => {
    const socket = new FakeSocket();
    const sender = new BatchSender(socket, { bufferedLimit: LIMIT });
    sender.push({ events: [event(1)], evicted: 0, state: state(1) });
    sender.push({ events: [event(2)], evicted: 0 });
    expect(socket.sent.map((batch) => batch.events.map((item) => item.seq))).toEqual([[1], [2]]);
    expect(socket.sent[0]?.state).toEqual(state(1));
    expect(socket.sent[1]?.state).toBeUndefined();
    sender.close();
  });

  it('drops batches while the buffer is over the limit, then sends the latest state', () => {
    vi.useFakeTimers();
    const socket = new FakeSocket();
    const sender = new BatchSender(socket, { bufferedLimit: LIMIT, retryMs: 50 });
    socket.bufferedAmount = LIMIT + 1;
    sender.push({ events: [event(1)], evicted: 2, state: state(1) });
    sender.push({ events: [event(2)], evicted: 3, state: state(2) });
    sender.push({ events: [event(3)], evicted: 0 });
    expect(socket.sent).toEqual([]);

    vi.advanceTimersByTime(200);
    expect(socket.sent).toEqual([]);

    socket.bufferedAmount = 0;
    vi.advanceTimersByTime(50);
    expect(socket.sent).toEqual([{ events: [], evicted: 5, state: state(2) }]);

    vi.advanceTimersByTime(500);
    expect(socket.sent).toHaveLength(1);
    sender.close();
  });

  it('attaches the held state to the next batch when one arrives after draining', () => {
    vi.useFakeTimers();
    const socket = new FakeSocket();
    const sender = new BatchSender(socket, { bufferedLimit: LIMIT, retryMs: 1000 });
    socket.bufferedAmount = LIMIT * 2;
    sender.push({ events: [event(1)], evicted: 0, state: state(3) });
    socket.bufferedAmount = 0;
    sender.push({ events: [event(2)], evicted: 1 });
    expect(socket.sent).toEqual([{ events: [event(2)], evicted: 1, state: state(3) }]);

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
    sender.push({ events: [event(1)], evicted: 0 });
    socket.bufferedAmount = 0;
    vi.advanceTimersByTime(50);
    expect(socket.sent[1]).toEqual({ events: [], evicted: 0, system: cable });
    sender.close();
  });

  it('sends nothing to a socket that is no longer open', () => {
    const socket = new FakeSocket();
    socket.readyState = 3;
    const sender = new BatchSender(socket);
    sender.push({ events: [event(1)], evicted: 0 });
    expect(socket.sent).toEqual([]);
    sender.close();
  });
});
