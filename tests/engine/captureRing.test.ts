import { describe, expect, it } from 'vitest';
import type { DataEvent, EventAnnotation, PuertoEvent } from '../../shared/contract/events';
import { CaptureRing } from '../../electron/engine/captureRing';

let seq = 0;
function lifecycle(): PuertoEvent {
  seq += 1;
  return { kind: 'listening', seq, time: seq + 0.25, proto: 'tcp', serverId: 'server-1' };
}
function data(bytes: number, annotation?: EventAnnotation): DataEvent {
  seq += 1;
  return {
    kind: 'data-in',
    seq,
    time: seq,
    proto: 'tcp',
    connectionId: 'connection-1',
    local: { address: '127.0.0.1', port: 7 },
    remote: { address: '::1', port: 40_000 },
    bytes,
    payload: new Uint8Array(bytes).map((_, index) => (seq + index) % 256),
    truncated: false,
    ...(annotation === undefined ? {} : { annotation }),
  };
}

const roomy = 1024 * 1024;

describe('CaptureRing', () => {
  it('gives back every event as it was pushed, payload and notes included', () => {
    const ring = new CaptureRing({ limit: 100, budgetBytes: roomy });
    const annotation: EventAnnotation = {
      protocol: 'smtp',
      role: 'request',
      lines: [{ text: 'HELO ñandú', key: 'services.mail.smtp.helo', params: { count: 3 } }],
      fields: [{ label: 'id', value: '7', children: [{ label: 'qr', value: 'query' }] }],
    };
    const pushed = [lifecycle(), data(300, annotation), data(0)];
    pushed.forEach((event) => ring.push(event));
    const page = ring.page(0, 10);
    expect(page.events).toEqual(pushed);
    const payload = (page.events[1] as DataEvent).payload;
    expect(payload.constructor).toBe(Uint8Array);
    expect(payload.byteLength).toBe(payload.buffer.byteLength);
  });

  it('pages events after a sequence number, oldest first, within a limit', () => {
    const ring = new CaptureRing({ limit: 10, budgetBytes: roomy });
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
    const ring = new CaptureRing({ limit: 3, budgetBytes: roomy });
    const pushed = Array.from({ length: 8 }, () => lifecycle());
    const evicted = pushed.map((event) => ring.push(event)).reduce((sum, count) => sum + count);
    const page = ring.page(0, 100);
    expect(ring.size).toBeLessThanOrEqual(3);
    expect(ring.size + evicted).toBe(8);
    expect(page.totalEvicted).toBe(evicted);
    expect(page.events.map((event) => event.seq)).toEqual(
      pushed.slice(8 - ring.size).map((event) => event.seq),
    );
  });

  it('holds a flood within its byte budget, evicting the oldest and counting every event', () => {
    const budget = 256 * 1024;
    const ring = new CaptureRing({ limit: 1_000_000, budgetBytes: budget });
    let evicted = 0;
    for (let index = 0; index < 20_000; index++) evicted += ring.push(data(64));
    expect(ring.budgetBytes).toBeLessThanOrEqual(budget);
    expect(ring.heldBytes).toBeLessThanOrEqual(ring.budgetBytes);
    expect(ring.heldBytes).toBeGreaterThan(ring.budgetBytes * 0.8);
    expect(evicted).toBeGreaterThan(0);
    expect(ring.size + evicted).toBe(20_000);
    const page = ring.page(0, 1_000_000);
    expect(page.events).toHaveLength(ring.size);
    expect(page.events.at(-1)!.seq).toBe(seq);
    expect(
      page.events.every(
        (event, index) => index === 0 || event.seq === page.events[index - 1]!.seq + 1,
      ),
    ).toBe(true);
  });

  it('keeps an event whose notes alone outgrow a chunk, without the notes', () => {
    const ring = new CaptureRing({ limit: 100, budgetBytes: 64 * 1024 });
    const huge: EventAnnotation = {
      protocol: 'dns',
      fields: Array.from({ length: 2_000 }, (_, index) => ({
        label: `name-${index}`,
        value: 'x'.repeat(20),
      })),
    };
    ring.push(data(100, huge));
    const [event] = ring.page(0, 1).events as DataEvent[];
    expect(event!.annotation).toBeUndefined();
    expect(event!.bytes).toBe(100);
  });

  it('clears everything and still pages by sequence afterwards', () => {
    const ring = new CaptureRing({ limit: 10, budgetBytes: roomy });
    ring.push(lifecycle());
    ring.push(data(10));
    expect(ring.clear()).toBe(2);
    expect(ring.heldBytes).toBe(0);
    expect(ring.page(0, 10)).toEqual({ events: [], firstSeq: 0, lastSeq: 0, totalEvicted: 0 });
    const next = lifecycle();
    ring.push(next);
    expect(ring.page(0, 10).events).toEqual([next]);
  });
});
