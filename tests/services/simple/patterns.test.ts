/** The text and bytes the simple services produce, checked without any socket. */
import { describe, expect, it } from 'vitest';
import {
  CHARGEN_CYCLE,
  CHARGEN_CYCLE_BYTES,
  chargenBytes,
  chargenLine,
} from '../../../electron/services/simple/chargenPattern';
import { daytimeText } from '../../../electron/services/simple/daytime';
import { quoteText } from '../../../electron/services/simple/qotd';
import { QUOTES } from '../../../electron/services/simple/quotes';
import { lineNotes } from '../../../electron/services/simple/textNotes';
import {
  decodeTimeMessage,
  encodeTimeMessage,
} from '../../../electron/services/simple/timeProtocol';
import { chargenStream, daytimeDate, isQuote, SECONDS_1900_TO_1970 } from './expectations';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('chargen pattern', () => {
  it('is RFC 864’s rotating 72-character lines, 95 lines per cycle', () => {
    expect(CHARGEN_CYCLE_BYTES).toBe(95 * 74);
    expect(latin1(CHARGEN_CYCLE)).toBe(chargenStream(CHARGEN_CYCLE_BYTES));
    expect(chargenLine(0).slice(0, 4)).toBe(' !"#');
    expect(chargenLine(94).slice(0, 3)).toBe('~ !');
    expect(chargenLine(95)).toBe(chargenLine(0));
  });

  it('continues the stream from any offset, across the end of a cycle', () => {
    const stream = chargenStream(3 * CHARGEN_CYCLE_BYTES);
    for (const [offset, length] of [
      [0, 0],
      [10, 512],
      [CHARGEN_CYCLE_BYTES - 100, 512],
      [CHARGEN_CYCLE_BYTES * 2 + 7, 40],
      [5, CHARGEN_CYCLE_BYTES + 10],
    ] as const) {
      const start = offset % CHARGEN_CYCLE_BYTES;
      expect(latin1(chargenBytes(offset, length))).toBe(stream.slice(start, start + length));
    }
  });
});

describe('time message (RFC 868)', () => {
  it('is 4 big-endian bytes of seconds since 1900', () => {
    const unixMs = Date.UTC(2025, 0, 1, 0, 0, 0, 999);
    const message = encodeTimeMessage(unixMs);
    const seconds = Date.UTC(2025, 0, 1) / 1000 + SECONDS_1900_TO_1970;
    expect([...message]).toEqual([
      seconds >>> 24,
      (seconds >>> 16) & 255,
      (seconds >>> 8) & 255,
      seconds & 255,
    ]);
    expect(decodeTimeMessage(message)).toEqual({ seconds, unixMs: Date.UTC(2025, 0, 1) });
    expect(decodeTimeMessage(new Uint8Array(5))).toBeUndefined();
  });

  it('wraps after 2036 and still decodes to the right date', () => {
    const after = Date.UTC(2040, 0, 1);
    expect(decodeTimeMessage(encodeTimeMessage(after))?.unixMs).toBe(after);
  });
});

describe('daytime and qotd text', () => {
  it('writes the date in the form SMTP and HTTP use, in GMT, ending in CR LF', () => {
    const time = Date.UTC(2025, 6, 4, 9, 5, 7, 800);
    expect(daytimeText(time)).toBe('Fri, 04 Jul 2025 09:05:07 GMT\r\n');
    expect(daytimeDate(daytimeText(time))).toBe(Date.UTC(2025, 6, 4, 9, 5, 7));
  });

  it('holds quotes in both languages, each plain ASCII and under 512 characters', () => {
    expect(QUOTES.length).toBeGreaterThanOrEqual(6);
    for (const quote of QUOTES) expect(isQuote(quoteText(quote)), quote).toBe(true);
    expect(QUOTES.some((quote) => /\b(el|la|es|un)\b/.test(quote))).toBe(true);
    expect(QUOTES.some((quote) => /\b(the|is|a)\b/.test(quote))).toBe(true);
    expect(quoteText('x'.repeat(2_000)).length).toBe(511);
  });
});

describe('line notes', () => {
  it('splits on LF, drops CR, keeps an empty message as one empty line', () => {
    const texts = (text: string) =>
      lineNotes(new TextEncoder().encode(text), 'some.key', {
        notesPerMessage: 8,
        noteCharacters: 160,
      }).map((note) => note.text);
    expect(texts('one\r\ntwo\nthree')).toEqual(['one', 'two', 'three']);
    expect(texts('')).toEqual(['']);
    expect(texts('\n\n')).toEqual(['', '']);
  });

  it('notes a bounded number of lines, each cut to a bounded length, and sums up the rest', () => {
    const bytes = new TextEncoder().encode(`a\nb\n${'c'.repeat(50)}\nd\ne\n`);
    const notes = lineNotes(bytes, 'some.key', { notesPerMessage: 3, noteCharacters: 10 });
    expect(notes.map((note) => note.text)).toEqual(['a', 'b', `${'c'.repeat(9)}…`, '…']);
    expect(notes.at(-1)).toEqual({
      text: '…',
      key: 'services.simple.moreLines',
      params: { count: 2 },
    });
  });
});
