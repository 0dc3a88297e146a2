/**
 * Bytes and endpoints written as text, the way capture files carry them. Plain TypeScript (no
 * Node `Buffer`), so the renderer and the hosts write and read the same files.
 */
import type { Endpoint } from '../contract/model';

const HEX_DIGITS = '0123456789abcdef';

/** The ASCII codes of each byte's two hex digits, so encoding costs two table reads a byte. */
const HIGH_DIGIT = new Uint8Array(256);
const LOW_DIGIT = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
  HIGH_DIGIT[byte] = HEX_DIGITS.charCodeAt(byte >> 4);
  LOW_DIGIT[byte] = HEX_DIGITS.charCodeAt(byte & 0x0f);
}

/** Each ASCII code's value as a hex digit, or -1 (either case, as RFC 4648 §8 allows). */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let value = 0; value < 16; value++) {
  DIGIT_VALUE[HEX_DIGITS.charCodeAt(value)] = value;
  DIGIT_VALUE[HEX_DIGITS.toUpperCase().charCodeAt(value)] = value;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Lower-case hex. The digits go into bytes first and become a string in one decoder call:
 * adding two characters a byte to a string is ten times slower on a 64 KiB payload (issue 10).
 */
export function bytesToHex(bytes: Uint8Array): string {
  const digits = new Uint8Array(bytes.length * 2);
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    digits[index * 2] = HIGH_DIGIT[byte]!;
    digits[index * 2 + 1] = LOW_DIGIT[byte]!;
  }
  return utf8.decode(digits);
}

function digitValue(hex: string, index: number): number {
  const code = hex.charCodeAt(index);
  return code < 128 ? DIGIT_VALUE[code]! : -1;
}

/** Null when `hex` is not whole pairs of hexadecimal digits. */
export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (hex.length % 2 !== 0) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    const high = digitValue(hex, index * 2);
    const low = digitValue(hex, index * 2 + 1);
    if (high < 0 || low < 0) return null;
    bytes[index] = (high << 4) | low;
  }
  return bytes;
}

/** The payload as UTF-8 text; bytes that are not UTF-8 become U+FFFD (the hex stays exact). */
export function bytesToText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/**
 * The first `maxChars` UTF-16 units of the payload's text, decoding only the bytes they can
 * come from: a character takes at most 4 bytes, so 4 × (maxChars + 1) bytes hold more than
 * `maxChars` whole characters before any character the cut could split. `clipped` says the
 * whole text is longer. A 60-character preview never decodes a 64 KiB payload (issue 10).
 */
export function bytesToTextStart(
  bytes: Uint8Array,
  maxChars: number,
): { text: string; clipped: boolean } {
  const decoded = utf8.decode(bytes.subarray(0, 4 * (maxChars + 1)));
  return decoded.length > maxChars
    ? { text: decoded.slice(0, maxChars), clipped: true }
    : { text: decoded, clipped: false };
}

/**
 * `address:port`, IPv6 in brackets (RFC 3986 §3.2.2), `*` for an address not known yet: the
 * same text `puerto serve --json` prints, so its output can be imported too.
 */
export function endpointToText(endpoint: Endpoint): string {
  const address = endpoint.address === '' ? '*' : endpoint.address;
  return address.includes(':') ? `[${address}]:${endpoint.port}` : `${address}:${endpoint.port}`;
}

export function textToEndpoint(text: string): Endpoint | null {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(text);
  if (match === null) return null;
  const port = Number(match[3]);
  if (port > 65535) return null;
  const address = match[1] ?? match[2] ?? '';
  return { address: address === '*' ? '' : address, port };
}
