/**
 * Text search over captured events that stays cheap with 100,000 of them: the payload is never
 * decoded into strings, the query is encoded once and matched against the bytes. Letters match
 * regardless of case for ASCII (a–z); other letters (ñ, é) match as typed.
 */
import type { PuertoEvent } from '../../../shared/contract';
import { formatEndpointPair } from '../format/endpoint';
import { annotationSearchText } from './contentText';

export interface SearchQuery {
  /** The query as typed, lower-cased, for the endpoint text. */
  text: string;
  /** Whether the query could be part of an address and port at all (digits, dots, colons). */
  mayBeEndpoint: boolean;
  /** The query as UTF-8 bytes, lower-cased for ASCII. */
  textBytes: Uint8Array;
  /** The bytes the query spells in hex (`0d 0a`, `0x48 0x49`, `cafe`), when it spells any. */
  hexBytes: Uint8Array | null;
}

const encoder = new TextEncoder();
/** What `formatEndpointPair` writes: IPv4 and IPv6 addresses, ports, brackets, the arrow. */
const ENDPOINT_CHARACTERS = /^[0-9a-f.:[\]%↔\s]+$/;
const HEX_QUERY = /^(?:(?:0x)?[0-9a-f]{2}[\s:,-]*)+$/i;

/** `0d 0a`, `0x0d,0x0a`, `0d:0a` and `0d0a` all mean the bytes 0x0d 0x0a. */
export function parseHexQuery(input: string): Uint8Array | null {
  const trimmed = input.trim();
  if (!HEX_QUERY.test(trimmed)) return null;
  const digits = trimmed.replace(/0x/gi, '').replace(/[\s:,-]/g, '');
  if (digits.length === 0 || digits.length % 2 !== 0) return null;
  const bytes = new Uint8Array(digits.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(digits.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

export function parseSearch(input: string): SearchQuery | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const text = trimmed.toLowerCase();
  return {
    text,
    mayBeEndpoint: ENDPOINT_CHARACTERS.test(text),
    // Only A–Z fold: "AÑO" must still find the bytes of "AÑO", whose Ñ differs from ñ.
    textBytes: encoder.encode(trimmed.replace(/[A-Z]/g, (letter) => letter.toLowerCase())),
    hexBytes: parseHexQuery(text),
  };
}

const isLowerAscii = (value: number) => value >= 0x61 && value <= 0x7a;
const lowerAscii = (value: number) => (value >= 0x41 && value <= 0x5a ? value + 0x20 : value);

/** Where `value` (or, folding case, its capital) next occurs from `from`; -1 when nowhere. */
function nextCandidate(haystack: Uint8Array, value: number, from: number, foldCase: boolean) {
  const exact = haystack.indexOf(value, from);
  if (!foldCase || !isLowerAscii(value)) return exact;
  const capital = haystack.indexOf(value - 0x20, from);
  if (exact === -1) return capital;
  return capital === -1 ? exact : Math.min(exact, capital);
}

/**
 * Whether `needle` occurs in `haystack`; with `foldCase`, A–Z in the haystack count as a–z
 * (the needle is already lower case). Candidates are found with the native `indexOf`.
 */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array, foldCase: boolean) {
  const first = needle[0];
  if (first === undefined) return true;
  const last = haystack.byteLength - needle.byteLength;
  let start = nextCandidate(haystack, first, 0, foldCase);
  while (start !== -1 && start <= last) {
    let offset = 1;
    while (offset < needle.byteLength) {
      const candidate = haystack[start + offset] as number;
      if ((foldCase ? lowerAscii(candidate) : candidate) !== needle[offset]) break;
      offset++;
    }
    if (offset === needle.byteLength) return true;
    start = nextCandidate(haystack, first, start + 1, foldCase);
  }
  return false;
}

/** Endpoint text, made once per event and kept while the event lives. */
const endpointTexts = new WeakMap<PuertoEvent, string>();

function endpointText(event: PuertoEvent): string {
  let text = endpointTexts.get(event);
  if (text === undefined) {
    text = formatEndpointPair(event.local, event.remote).toLowerCase();
    endpointTexts.set(event, text);
  }
  return text;
}

/**
 * Searches the payload (as text and as hex bytes), what the Content column shows of a binary
 * message a service understood (a DNS name), the endpoints, and an error's code.
 */
export function eventMatchesSearch(event: PuertoEvent, query: SearchQuery): boolean {
  if (event.kind === 'data-in' || event.kind === 'data-out') {
    if (containsBytes(event.payload, query.textBytes, true)) return true;
    if (query.hexBytes !== null && containsBytes(event.payload, query.hexBytes, false)) return true;
    if (event.annotation !== undefined && annotationSearchText(event)?.includes(query.text)) {
      return true;
    }
  }
  if (event.kind === 'error' && event.error.code.toLowerCase().includes(query.text)) return true;
  return query.mayBeEndpoint && endpointText(event).includes(query.text);
}
