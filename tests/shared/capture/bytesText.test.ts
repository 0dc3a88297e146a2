import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bytesToHex,
  bytesToText,
  bytesToTextStart,
  hexToBytes,
} from '../../../shared/capture/bytesText';
import { randomPayload, seededRandom } from './randomPayloads';

const reference = new TextDecoder();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bytesToHex and hexToBytes', () => {
  it('write the same hex as Buffer for random payloads, and read it back exactly', () => {
    const random = seededRandom(10);
    for (let round = 0; round < 300; round++) {
      const payload = randomPayload(random, round < 290 ? 300 : 70_000);
      const hex = bytesToHex(payload);
      expect(hex).toBe(Buffer.from(payload).toString('hex'));
      expect(Buffer.from(hexToBytes(hex)!).equals(payload)).toBe(true);
    }
    expect(bytesToHex(Uint8Array.from({ length: 256 }, (_, index) => index))).toBe(
      Buffer.from(Array.from({ length: 256 }, (_, index) => index)).toString('hex'),
    );
  });

  it('encodes a view with its own offset, not the whole buffer under it', () => {
    const whole = Uint8Array.of(1, 2, 3, 4, 5);
    expect(bytesToHex(whole.subarray(1, 3))).toBe('0203');
  });

  it('reads either case and refuses anything but whole pairs of hex digits', () => {
    expect(hexToBytes('00ffAbcD')).toEqual(Uint8Array.of(0x00, 0xff, 0xab, 0xcd));
    expect(hexToBytes('')).toEqual(new Uint8Array(0));
    for (const bad of ['a', 'abc', 'zz', '0g', ' 0', '0x', 'é0', '١٢', '+1']) {
      expect(hexToBytes(bad), bad).toBeNull();
    }
  });
});

describe('bytesToText and bytesToTextStart', () => {
  it('decode like TextDecoder, broken UTF-8 included', () => {
    const random = seededRandom(20);
    for (let round = 0; round < 300; round++) {
      const payload = randomPayload(random, 400);
      const whole = reference.decode(payload);
      expect(bytesToText(payload)).toBe(whole);
      const maxChars = Math.floor(random() * 80);
      expect(bytesToTextStart(payload, maxChars)).toEqual({
        text: whole.slice(0, maxChars),
        clipped: whole.length > maxChars,
      });
    }
  });

  it('decodes only the bytes the start can come from, never the whole payload', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const payload = new Uint8Array(64 * 1024).fill(0x61);
    expect(bytesToTextStart(payload, 60)).toEqual({ text: 'a'.repeat(60), clipped: true });
    const decoded = decode.mock.calls.map(([input]) => (input as Uint8Array).byteLength);
    expect(decoded).toEqual([4 * 61]);
  });
});
