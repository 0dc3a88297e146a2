import { describe, expect, it } from 'vitest';
import { decodeJsonLine, encodeJsonLine } from '../../shared/contract/jsonLineCodec';

describe('JSON line codec', () => {
  it('carries bytes through JSON exactly, at any depth, on one line', () => {
    const bytes = new Uint8Array(256).map((_, index) => index);
    const value = { batch: { events: [{ payload: bytes, bytes: 256 }], empty: new Uint8Array() } };
    const line = encodeJsonLine(value);
    expect(line).not.toContain('\n');
    const decoded = decodeJsonLine(line) as typeof value;
    expect(decoded.batch.events[0]?.payload).toBeInstanceOf(Uint8Array);
    expect(Array.from(decoded.batch.events[0]?.payload ?? [])).toEqual(Array.from(bytes));
    expect(decoded.batch.empty).toEqual(new Uint8Array());
  });

  it('carries payloads larger than one String.fromCharCode chunk', () => {
    const big = new Uint8Array(200_000).map((_, index) => (index * 7) % 256);
    const decoded = decodeJsonLine(encodeJsonLine({ big })) as { big: Uint8Array };
    expect(decoded.big.length).toBe(big.length);
    expect(decoded.big[199_999]).toBe(big[199_999]);
  });

  it('leaves ordinary objects alone', () => {
    const value = { $bytes: 5, other: { a: 'b' }, list: [1, 'two', null] };
    expect(decodeJsonLine(encodeJsonLine(value))).toEqual(value);
  });
});
