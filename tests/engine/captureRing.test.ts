import { describe, expect, it } from 'vitest';
import type { DataEvent, PuertoEvent } from '../../shared/contract/events';
import { CaptureRing } from '../../electron/engine/captureRing';

let seq = 0;
function lifecycle(): PuertoEvent {
  seq += 1;
  return { kind: 'listening', seq, time: seq, proto: 'tcp' };
}
function data(bytes: number): DataEvent {
  seq += 1;
  return {
    kind: 'data-in',
    seq,
    time: seq,
    proto: 'tcp',
    bytes,
    payload: new Uint8Array(bytes).fill(seq % 256),
    truncated: false,
  };
}

describe('CaptureRing', () => {
  it('pages events after a sequence number, oldest first, within a limit', () => {
    const ring = new CaptureRing({ limit: 10, payloadCapTotal: 1_000 });
    const pushed = Array.from({ length: 6 }, () => lifecycle());
    pushed.forEach((event) => ring.push(event));
    const page = ring.page(pushed[1]!.seq, 3);
    expect(page.events.map((event) => event.seq)).toEqual(
      pushed.slice(2, 5).map((event) => event.seq),
    );
    expect(page.firstSeq).toBe(pushed[0]!.seq);
    expect(page.lastSeq).toBe(pushed[5]!.seq);
    expect(ring.page(pushed[5]!.seq, 10).events).toEqual([]);
  });

  it('evicts the oldest events beyond its limit and counts them', () => {
    const ring = new CaptureRing({ limit: 3, payloadCapTotal: 1_000 });
    const pushed = Array.from({ length: 8 }, () => lifecycle());
    const evicted = pushed.map((event) => ring.push(event));
    expect(evicted.reduce((sum, count) => sum + count, 0)).toBe(5);
    const page = ring.page(0, 100);
    expect(page.events.map((event) => event.seq)).toEqual(
      pushed.slice(5).map((event) => event.seq),
    );
    expect(page.totalEvicted).toBe(5);
    expect(ring.size).toBe(3);
  });

  it('drops the oldest payloads first when the total payload budget is exceeded, keeping bytes exact', () => {
    const ring = new CaptureRing({ limit: 100, payloadCapTotal: 250 });
    const pushed = [data(100), data(100), data(100)];
    pushed.forEach((event) => ring.push(event));
    const events = ring.page(0, 10).events as DataEvent[];
    expect(events.map((event) => event.payload.byteLength)).toEqual([0, 100, 100]);
    expect(events.map((event) => event.bytes)).toEqual([100, 100, 100]);
    expect(events.map((event) => event.truncated)).toEqual([true, false, false]);
    expect(ring.payloadBytes).toBe(200);
    expect(pushed[0]!.payload.byteLength).toBe(100);
  });

  it('truncates the newest payload when it alone exceeds the budget', () => {
    const ring = new CaptureRing({ limit: 100, payloadCapTotal: 64 });
    ring.push(data(100));
    const [event] = ring.page(0, 1).events as DataEvent[];
    expect(event!.payload.byteLength).toBe(64);
    expect(event!.bytes).toBe(100);
    expect(event!.truncated).toBe(true);
  });

  it('keeps the payload budget right across evictions', () => {
    const ring = new CaptureRing({ limit: 2, payloadCapTotal: 150 });
    for (let index = 0; index < 5; index++) ring.push(data(100));
    expect(ring.payloadBytes).toBeLessThanOrEqual(150);
    const events = ring.page(0, 10).events as DataEvent[];
    expect(events.at(-1)!.payload.byteLength).toBe(100);
  });

  it('clears everything and still pages by sequence afterwards', () => {
    const ring = new CaptureRing({ limit: 10, payloadCapTotal: 1_000 });
    ring.push(lifecycle());
    ring.push(data(10));
    expect(ring.clear()).toBe(2);
    expect(ring.page(0, 10)).toEqual({ events: [], firstSeq: 0, lastSeq: 0, totalEvicted: 0 });
    const next = lifecycle();
    ring.push(next);
    expect(ring.page(0, 10).events).toEqual([next]);
  });
});
