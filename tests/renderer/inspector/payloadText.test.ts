import { describe, expect, it } from 'vitest';
import {
  escapedText,
  looksBinary,
  previewText,
  visibleSegments,
} from '../../../renderer/src/inspector/payloadText';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('payload text', () => {
  it('previews one line with symbols for the control characters', () => {
    expect(previewText(bytesOf('hola\r\n\tñ\u0000\u0007'))).toBe('hola⏎↵⇥ñ∅·');
    expect(previewText(bytesOf('abcdef'), 3)).toBe('abc…');
    expect(previewText(new Uint8Array(5000).fill(0x61), 10)).toBe('aaaaaaaaaa…');
  });

  it('writes control characters as the composer’s escapes, breaking the line after \\n', () => {
    expect(visibleSegments(bytesOf('EHLO lab\r\nQUIT\r\n'))).toEqual([
      { text: 'EHLO lab', control: false },
      { text: '\\r', control: true },
      { text: '\\n', control: true, lineBreak: true },
      { text: 'QUIT', control: false },
      { text: '\\r', control: true },
      { text: '\\n', control: true, lineBreak: true },
    ]);
    expect(escapedText(bytesOf('a\tb\u0000\u001b'))).toBe('a\\tb\\x00\\x1b');
  });

  it('tells text from binary', () => {
    expect(looksBinary(bytesOf('GET / HTTP/1.0\r\n\tñandú\n'))).toBe(false);
    expect(looksBinary(new Uint8Array([0xde, 0xad, 0xbe, 0xef]))).toBe(true);
    expect(looksBinary(new Uint8Array([0x41, 0x00, 0x42]))).toBe(true);
    expect(looksBinary(new Uint8Array([0x41, 0xff]))).toBe(true);
    // A capture cut in the middle of "ñ" (c3 b1) is still text.
    expect(looksBinary(new Uint8Array([0x61, 0xc3]))).toBe(false);
  });
});
