import { describe, expect, it } from 'vitest';
import {
  asciiFor,
  formatHexBytes,
  hexDump,
  hexDumpRow,
  hexDumpRowCount,
} from '../../../renderer/src/inspector/hexDump';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('hex dump', () => {
  it('writes 16 bytes a row: offset, two groups of eight, and the ASCII', () => {
    const rows = hexDump(bytesOf('GET / HTTP/1.0\r\nHost: lab\r\n\r\n'));
    expect(rows).toEqual([
      {
        offset: '0000',
        hex: '47 45 54 20 2f 20 48 54  54 50 2f 31 2e 30 0d 0a',
        ascii: 'GET / HTTP/1.0..',
      },
      {
        offset: '0010',
        hex: '48 6f 73 74 3a 20 6c 61  62 0d 0a 0d 0a         ',
        ascii: 'Host: lab....',
      },
    ]);
  });

  it('keeps the last row as wide as a full one, so the ASCII column lines up', () => {
    const rows = hexDump(new Uint8Array([0x41, 0x42, 0x43]));
    const full = hexDumpRow(new Uint8Array(16), 0);
    expect(rows[0]?.hex.length).toBe(full.hex.length);
    expect(rows[0]?.ascii).toBe('ABC');
  });

  it('shows every byte outside printable ASCII as a dot, and Latin letters byte by byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, value) => value);
    const ascii = hexDump(all)
      .map((row) => row.ascii)
      .join('');
    expect(ascii).toHaveLength(256);
    expect(ascii.slice(0, 32)).toBe('.'.repeat(32));
    expect(ascii.slice(32, 127)).toBe(String.fromCharCode(...all.slice(32, 127)));
    expect(ascii.slice(127)).toBe('.'.repeat(129));
    // "ñ" is two UTF-8 bytes (c3 b1), neither printable ASCII.
    expect(hexDump(bytesOf('año'))[0]).toMatchObject({
      hex: expect.stringMatching(/^61 c3 b1 6f/),
      ascii: 'a..o',
    });
    expect(asciiFor(0x7e)).toBe('~');
    expect(asciiFor(0x7f)).toBe('.');
  });

  it('counts rows and widens the offset only when the payload needs it', () => {
    expect(hexDumpRowCount(0)).toBe(0);
    expect(hexDumpRowCount(16)).toBe(1);
    expect(hexDumpRowCount(17)).toBe(2);
    expect(hexDump(new Uint8Array(0))).toEqual([]);
    const large = new Uint8Array(70_000);
    expect(hexDumpRow(large, 0).offset).toBe('00000');
    expect(hexDumpRow(large, hexDumpRowCount(large.length) - 1).offset).toBe('11160');
  });

  it('spells bytes as spaced pairs, marking where it stopped', () => {
    expect(formatHexBytes(new Uint8Array([0xde, 0xad, 0xbe, 0xef]))).toBe('de ad be ef');
    expect(formatHexBytes(new Uint8Array([1, 2, 3, 4]), 2)).toBe('01 02 …');
  });
});
