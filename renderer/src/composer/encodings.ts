/**
 * Text to bytes in the four encodings a lab compares. `TextEncoder` only speaks UTF-8, and
 * silently turns what it cannot encode into U+FFFD; here every encoder refuses instead and says
 * which character, because that refusal is the lesson ("€ does not exist in ISO-8859-1").
 */
import type { TextEncodingName } from './types';

export type Encoded =
  | { ok: true; bytes: number[] }
  /** `index` counts characters (code points) from 0 within the text given. */
  | { ok: false; character: string; index: number };

function isSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

/** RFC 3629: 1 to 4 bytes per code point; lone surrogates are not characters and are refused. */
function utf8(codePoint: number, bytes: number[]): boolean {
  if (isSurrogate(codePoint)) return false;
  if (codePoint < 0x80) {
    bytes.push(codePoint);
  } else if (codePoint < 0x800) {
    bytes.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f));
  } else if (codePoint < 0x10000) {
    bytes.push(
      0xe0 | (codePoint >> 12),
      0x80 | ((codePoint >> 6) & 0x3f),
      0x80 | (codePoint & 0x3f),
    );
  } else {
    bytes.push(
      0xf0 | (codePoint >> 18),
      0x80 | ((codePoint >> 12) & 0x3f),
      0x80 | ((codePoint >> 6) & 0x3f),
      0x80 | (codePoint & 0x3f),
    );
  }
  return true;
}

/** ISO-8859-1 is exactly the first 256 code points of Unicode, one byte each. */
function latin1(codePoint: number, bytes: number[]): boolean {
  if (codePoint > 0xff) return false;
  bytes.push(codePoint);
  return true;
}

/** ASCII is 7 bits: 128 characters, no accents, no ñ, no €. */
function ascii(codePoint: number, bytes: number[]): boolean {
  if (codePoint > 0x7f) return false;
  bytes.push(codePoint);
  return true;
}

/** RFC 2781: 16-bit units, least significant byte first; beyond U+FFFF a surrogate pair. */
function utf16le(codePoint: number, bytes: number[]): boolean {
  if (isSurrogate(codePoint)) return false;
  const pushUnit = (unit: number) => bytes.push(unit & 0xff, unit >> 8);
  if (codePoint < 0x10000) {
    pushUnit(codePoint);
  } else {
    const offset = codePoint - 0x10000;
    pushUnit(0xd800 | (offset >> 10));
    pushUnit(0xdc00 | (offset & 0x3ff));
  }
  return true;
}

const ENCODERS: Readonly<
  Record<TextEncodingName, (codePoint: number, bytes: number[]) => boolean>
> = {
  'utf-8': utf8,
  'iso-8859-1': latin1,
  ascii,
  'utf-16le': utf16le,
};

/** Appends the encoded text to `bytes`, or reports the first character it cannot encode. */
export function encodeText(
  text: string,
  encoding: TextEncodingName,
  bytes: number[] = [],
): Encoded {
  const encode = ENCODERS[encoding];
  let index = 0;
  for (const character of text) {
    if (!encode(character.codePointAt(0) ?? 0, bytes)) return { ok: false, character, index };
    index += 1;
  }
  return { ok: true, bytes };
}
