import { describe, expect, it } from 'vitest';
import type { DataEvent, EventBatch, PuertoEvent, ServerMessage } from '../../shared/contract';
import { decodeWire, encodeWire } from '../../shared/contract/wireCodec';

function dataEvent(seq: number, payload: Uint8Array): DataEvent {
  return {
    kind: seq % 2 === 0 ? 'data-in' : 'data-out',
    seq,
    time: 1_767_225_600_000 + seq * 0.137,
    proto: 'tcp',
    serverId: 'server-1',
    connectionId: `connection-${seq % 7}`,
    local: { address: '::1', port: 7 },
    remote: { address: '::1', port: 50_000 + seq },
    bytes: payload.length,
    payload,
    truncated: false,
  };
}

function roundTrip<T>(value: T): T {
  return decodeWire(encodeWire(value)) as T;
}

/** Plain arrays of numbers, so a Buffer and a Uint8Array with the same bytes compare equal. */
function bytesOf(value: Uint8Array | undefined): number[] {
  return Array.from(value ?? []);
}

describe('wire codec', () => {
  it('carries a batch of events with their payloads byte for byte', () => {
    const events: PuertoEvent[] = Array.from({ length: 50 }, (_, index) =>
      dataEvent(
        index + 1,
        new Uint8Array(index % 5).map((_, byte) => (index * 31 + byte) % 256),
      ),
    );
    events.push({ kind: 'closed', seq: 51, time: 2.5, proto: 'tcp', by: 'reset' });
    const message: ServerMessage = { type: 'batch', batch: { events, evicted: 3 } };
    const decoded = roundTrip(message);
    if (decoded.type !== 'batch') throw new Error('not a batch');
    expect(decoded.batch.events).toHaveLength(51);
    decoded.batch.events.forEach((event, index) => {
      const sent = events[index] as PuertoEvent;
      if (sent.kind === 'data-in' || sent.kind === 'data-out') {
        const received = event as DataEvent;
        expect(received.payload).toBeInstanceOf(Uint8Array);
        expect(bytesOf(received.payload)).toEqual(bytesOf(sent.payload));
        expect({ ...received, payload: null }).toEqual({ ...sent, payload: null });
      } else {
        expect(event).toEqual(sent);
      }
    });
    expect(decoded.batch.evicted).toBe(3);
  });

  it('carries nested annotations, unicode, empty arrays and numbers as they were', () => {
    const event: DataEvent = {
      ...dataEvent(9, new TextEncoder().encode('¿Qué tal? 👋\r\n')),
      annotation: {
        protocol: 'smtp',
        role: 'request',
        lines: [
          {
            text: 'HELO ñandú.example',
            key: 'services.smtp.helo',
            params: { host: 'ñandú', n: 2 },
          },
        ],
        fields: [{ label: 'services.dns.fields.id', value: '0x1a2b', children: [] }],
      },
    };
    const batch: EventBatch = {
      events: [event],
      evicted: 0,
      changes: {
        servers: [],
        clients: [],
        connections: [],
        removed: { servers: [], clients: [], connections: ['connection-3'] },
      },
      missed: { fromSeq: 1, toSeq: 8, count: 8 },
    };
    const decoded = roundTrip({ batch, big: 2 ** 53 - 1, negative: -40_000, fraction: 0.1 });
    expect(decoded.big).toBe(2 ** 53 - 1);
    expect(decoded.negative).toBe(-40_000);
    expect(decoded.fraction).toBe(0.1);
    expect(decoded.batch.changes).toEqual(batch.changes);
    expect(decoded.batch.missed).toEqual(batch.missed);
    const received = decoded.batch.events[0] as DataEvent;
    expect(received.annotation).toEqual(event.annotation);
    expect(received.time).toBe(event.time);
    expect(new TextDecoder().decode(received.payload)).toBe('¿Qué tal? 👋\r\n');
  });

  it('carries empty and large payloads', () => {
    const large = new Uint8Array(1024 * 1024 + 3).map((_, index) => (index * 7) % 256);
    const decoded = roundTrip({ empty: new Uint8Array(), large, list: [] });
    expect(decoded.empty).toBeInstanceOf(Uint8Array);
    expect(decoded.empty.length).toBe(0);
    expect(decoded.large.length).toBe(large.length);
    expect(decoded.large[large.length - 1]).toBe(large[large.length - 1]);
    expect(decoded.large[12_345]).toBe(large[12_345]);
    expect(decoded.list).toEqual([]);
  });

  it('is much smaller than JSON for many small events', () => {
    const events = Array.from({ length: 2000 }, (_, index) =>
      dataEvent(index, new Uint8Array([0x68, 0x0a])),
    );
    const frame = encodeWire({ type: 'batch', batch: { events, evicted: 0 } });
    // JSON with base64 took about 300 bytes per such event; records leave about 90.
    expect(frame.byteLength / events.length).toBeLessThan(150);
  });

  it('decodes payloads as copies, so a held payload does not keep its frame alive', () => {
    const frame = encodeWire({ payload: new Uint8Array([1, 2, 3]), filler: 'x'.repeat(10_000) });
    const decoded = decodeWire(frame) as { payload: Uint8Array };
    expect(decoded.payload.buffer.byteLength).toBeLessThan(frame.byteLength);
  });

  it('gives plain Uint8Array bytes even when the frame is a Node Buffer', () => {
    const frame = Buffer.from(encodeWire({ payload: new Uint8Array([7, 8]) }));
    const decoded = decodeWire(frame) as { payload: Uint8Array };
    expect(Object.getPrototypeOf(decoded.payload)).toBe(Uint8Array.prototype);
    expect([...decoded.payload]).toEqual([7, 8]);
  });

  it('decodes each frame on its own, in any order, from an ArrayBuffer too', () => {
    const first = encodeWire({ type: 'result', id: 1, result: { ok: true, value: { a: 1 } } });
    const second = encodeWire({ type: 'result', id: 2, result: { ok: true, value: { a: 2 } } });
    const secondAlone = new Uint8Array(second).buffer;
    expect(decodeWire(secondAlone)).toEqual({
      type: 'result',
      id: 2,
      result: { ok: true, value: { a: 2 } },
    });
    expect(decodeWire(first)).toMatchObject({ id: 1, result: { value: { a: 1 } } });
  });

  it('throws on bytes that are not a whole message', () => {
    const frame = encodeWire({ type: 'invoke', id: 4, command: 'getState', request: {} });
    expect(() => decodeWire(frame.subarray(0, frame.length - 3))).toThrow();
    expect(() => decodeWire(new Uint8Array([0xd9]))).toThrow();
    expect(() => decodeWire(new Uint8Array([...frame, 0x01]))).toThrow();
  });
});
