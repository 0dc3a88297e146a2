import { describe, expect, it } from 'vitest';
import { encodeText } from '../../../renderer/src/composer/encodings';
import type { TextEncodingName } from '../../../renderer/src/composer/types';

function bytesOf(text: string, encoding: TextEncodingName): number[] {
  const result = encodeText(text, encoding);
  if (!result.ok) throw new Error(`refused ${result.character}`);
  return result.bytes;
}

describe('encodeText', () => {
  it('writes UTF-8 like the platform encoder for every width (1 to 4 bytes)', () => {
    const sample = 'A ñ € 😀 \u07ff \uffff';
    expect(bytesOf(sample, 'utf-8')).toEqual([...new TextEncoder().encode(sample)]);
    expect(bytesOf('ñ', 'utf-8')).toEqual([0xc3, 0xb1]);
    expect(bytesOf('€', 'utf-8')).toEqual([0xe2, 0x82, 0xac]);
    expect(bytesOf('😀', 'utf-8')).toEqual([0xf0, 0x9f, 0x98, 0x80]);
  });

  it('writes ISO-8859-1 as one byte per character and refuses the euro sign', () => {
    expect(bytesOf('Año ÿ', 'iso-8859-1')).toEqual([0x41, 0xf1, 0x6f, 0x20, 0xff]);
    expect(encodeText('10 €', 'iso-8859-1')).toEqual({ ok: false, character: '€', index: 3 });
  });

  it('writes ASCII and refuses ñ, naming it by its index in characters', () => {
    expect(bytesOf('GET /\r\n', 'ascii')).toEqual([0x47, 0x45, 0x54, 0x20, 0x2f, 0x0d, 0x0a]);
    expect(encodeText('😀 año', 'ascii')).toEqual({ ok: false, character: '😀', index: 0 });
    expect(encodeText('año', 'ascii')).toEqual({ ok: false, character: 'ñ', index: 1 });
  });

  it('writes UTF-16LE low byte first, with a surrogate pair beyond U+FFFF', () => {
    expect(bytesOf('A', 'utf-16le')).toEqual([0x41, 0x00]);
    expect(bytesOf('€', 'utf-16le')).toEqual([0xac, 0x20]);
    expect(bytesOf('😀', 'utf-16le')).toEqual([0x3d, 0xd8, 0x00, 0xde]);
  });

  it('refuses a lone surrogate in the Unicode encodings instead of replacing it', () => {
    expect(encodeText('a\ud800b', 'utf-8')).toEqual({ ok: false, character: '\ud800', index: 1 });
    expect(encodeText('\udc00', 'utf-16le')).toEqual({ ok: false, character: '\udc00', index: 0 });
  });

  it('appends to the bytes it is given', () => {
    const bytes = [0x01];
    encodeText('B', 'ascii', bytes);
    expect(bytes).toEqual([0x01, 0x42]);
  });
});
