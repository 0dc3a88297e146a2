/**
 * Backslash escapes in text mode, as in C, netcat's `-e`-style tools and Packet Sender:
 * `\r` `\n` `\t` `\\` are characters (encoded like the rest of the text), `\xHH` is one raw
 * byte put on the wire as it is, whatever the encoding, so a student can write bytes that no
 * keyboard types (`\x00`, `\x1b`) or build UTF-8 by hand (`\xC3\xB1` is ñ).
 */
import { parsed, refused } from './types';
import type { Parsed } from './types';

/** Positions count characters from 1, as a student counts them (an emoji is one). */
export type TextSegment =
  | { kind: 'text'; text: string; position: number }
  | { kind: 'byte'; value: number; position: number };

const CHARACTER_ESCAPES: Readonly<Record<string, string>> = {
  r: '\r',
  n: '\n',
  t: '\t',
  '\\': '\\',
};

const HEX_DIGIT = /^[0-9a-fA-F]$/;

export function parseEscapes(text: string): Parsed<TextSegment[]> {
  const characters = [...text];
  const segments: TextSegment[] = [];
  let pending = '';
  let pendingPosition = 1;

  function addText(piece: string, position: number): void {
    if (pending === '') pendingPosition = position;
    pending += piece;
  }

  function flushText(): void {
    if (pending !== '') segments.push({ kind: 'text', text: pending, position: pendingPosition });
    pending = '';
  }

  for (let index = 0; index < characters.length; index++) {
    const character = characters[index] as string;
    const position = index + 1;
    if (character !== '\\') {
      addText(character, position);
      continue;
    }
    const escape = characters[index + 1];
    if (escape === undefined) return refused('composer.problems.escapeTrailing', { position });
    const replacement = CHARACTER_ESCAPES[escape];
    if (replacement !== undefined) {
      addText(replacement, position);
      index += 1;
      continue;
    }
    if (escape !== 'x') {
      return refused('composer.problems.escapeUnknown', { escape: `\\${escape}`, position });
    }
    const following = characters.slice(index + 2, index + 4);
    const firstNonHex = following.findIndex((digit) => !HEX_DIGIT.test(digit));
    const digits = (firstNonHex === -1 ? following : following.slice(0, firstNonHex)).join('');
    if (digits.length < 2) {
      return refused('composer.problems.escapeByte', { escape: `\\x${digits}`, position });
    }
    flushText();
    segments.push({ kind: 'byte', value: Number.parseInt(digits, 16), position });
    index += 3;
  }
  flushText();
  return parsed(segments);
}
