/**
 * Bytes and endpoints written as text, the way capture files carry them. Plain TypeScript (no
 * Node `Buffer`), so the renderer and the hosts write and read the same files.
 */
import type { Endpoint } from '../contract/model';

const HEX_DIGITS = '0123456789abcdef';

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += HEX_DIGITS[byte >> 4]! + HEX_DIGITS[byte & 0x0f]!;
  return hex;
}

/** Null when `hex` is not whole pairs of hexadecimal digits. */
export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** The payload as UTF-8 text; bytes that are not UTF-8 become U+FFFD (the hex stays exact). */
export function bytesToText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
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
