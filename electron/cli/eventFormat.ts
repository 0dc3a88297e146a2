/**
 * How `puerto serve` prints an event: one readable line (both endpoints, an arrow for the
 * direction, the event's label in the user's language) or, with `--json`, one JSON object for
 * scripts. The JSON field names are the contract's, never translated.
 */
import { Buffer } from 'node:buffer';
import type { Endpoint, PuertoEvent } from '../../shared/contract';
import { explainError, translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import { bytesToText, bytesToTextStart, endpointToText } from '../../shared/capture/bytesText';
import { eventToLine, lineHead } from '../../shared/capture/captureLine';

/** Longest text preview on a text line; the JSON line carries the whole captured payload. */
const PREVIEW_CHARS = 60;

/** Node's native encoder, on the payload's own memory (no copy). */
function nodeHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/**
 * `address:port`, with IPv6 addresses in brackets as in URLs (RFC 3986 §3.2.2); `*` when the
 * address is not known yet (a server that failed before binding).
 */
export const formatEndpoint: (endpoint: Endpoint) => string = endpointToText;

/** "HH:MM:SS." of the last second formatted: a flood prints thousands of lines a second. */
let lastSecond = Number.NaN;
let lastSecondText = '';

export function clockTime(time: number): string {
  const second = Math.floor(time / 1000);
  if (second !== lastSecond) {
    const date = new Date(second * 1000);
    const two = (value: number) => String(value).padStart(2, '0');
    lastSecond = second;
    lastSecondText = `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.`;
  }
  return lastSecondText + String(Math.floor(time) % 1000).padStart(3, '0');
}

/** Remembers what `compute` gives for each language and key. */
function memoPerLocale<Key, Value>(
  compute: (locale: Locale, key: Key) => Value,
): (locale: Locale, key: Key) => Value {
  const cache = new Map<Locale, Map<Key, Value>>();
  return (locale, key) => {
    let values = cache.get(locale);
    if (values === undefined) {
      values = new Map();
      cache.set(locale, values);
    }
    let value = values.get(key);
    if (value === undefined) {
      value = compute(locale, key);
      values.set(key, value);
    }
    return value;
  };
}

/**
 * Translations used on every line, looked up once per language and key: `translate` finds
 * and fills its template each call, which showed in profiles of a 50,000-datagram/s flood.
 */
const phrase = memoPerLocale<string, string>((locale, key) => translate(locale, key));

/** Each kind's label, without building its key for every line. */
const kindLabel = memoPerLocale<PuertoEvent['kind'], string>((locale, kind) =>
  phrase(locale, `events.${kind}.label`),
);

/** A one-parameter phrase's template split around its parameter (null if it has another shape). */
const splitPhrase = memoPerLocale<string, readonly string[] | null>((locale, key) => {
  const parts = phrase(locale, key).split(/\{\w+\}/);
  return parts.length === 2 ? parts : null;
});

function phraseWith(locale: Locale, key: string, name: string, value: number): string {
  const parts = splitPhrase(locale, key);
  return parts === null
    ? translate(locale, key, { [name]: value })
    : `${parts[0]}${value}${parts[1]}`;
}

/** An endpoint object is shared by every event of its conversation: format it once. */
const endpointTexts = new WeakMap<Endpoint, string>();

function endpointText(endpoint: Endpoint): string {
  let text = endpointTexts.get(endpoint);
  if (text === undefined) {
    text = formatEndpoint(endpoint);
    endpointTexts.set(endpoint, text);
  }
  return text;
}

/** The payload as text; bytes that are not UTF-8 become U+FFFD rather than failing. */
export const payloadText: (payload: Uint8Array) => string = bytesToText;

/**
 * A quoted, escaped preview: JSON string escapes make \n and control bytes visible. Only the
 * bytes the preview can show are decoded, never the whole captured payload.
 */
export function previewText(payload: Uint8Array): string {
  const { text, clipped } = bytesToTextStart(payload, PREVIEW_CHARS);
  return JSON.stringify(clipped ? `${text}…` : text);
}

function arrowOf(event: PuertoEvent): string {
  switch (event.kind) {
    case 'data-in':
    case 'accepted':
    case 'waiting':
      return '←';
    case 'data-out':
    case 'connecting':
    case 'connected':
    case 'ready':
      return '→';
    default:
      return '↔';
  }
}

function endpointsOf(event: PuertoEvent): string {
  const { local, remote } = event;
  if (local !== undefined && remote !== undefined) {
    return `${endpointText(local)} ${arrowOf(event)} ${endpointText(remote)}`;
  }
  const one = local ?? remote;
  return one === undefined ? '-' : endpointText(one);
}

function detailsOf(event: PuertoEvent, locale: Locale): string[] {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(locale, key, params);
  switch (event.kind) {
    case 'data-in':
    case 'data-out': {
      const bytes = phraseWith(locale, 'cli.event.bytes', 'bytes', event.bytes);
      const details = [bytes, previewText(event.payload)];
      if (event.truncated) {
        details.push(
          phraseWith(locale, 'cli.event.truncated', 'captured', event.payload.byteLength),
        );
      }
      return details;
    }
    case 'half-closed':
    case 'closed':
      return [t('cli.event.closedBy', { side: t(`events.side.${event.by}`) })];
    case 'flow':
      return [
        event.state === 'paused'
          ? t('cli.event.paused', { buffered: event.buffered })
          : t('cli.event.flowing'),
      ];
    case 'waiting':
      return [t('events.waiting.detail')];
    case 'ready':
      return [t('events.ready.detail')];
    case 'error':
      return [`${explainError(locale, event.error).title}`];
    default:
      return [];
  }
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** The line saying how many event lines the output could not take, in the user's language. */
export function skippedLinesNotice(count: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return translate(locale, 'cli.event.skipped', { count: format.format(count) });
}

const PROTOCOL_NAMES = { tcp: 'TCP', udp: 'UDP' } as const;

export function formatEventLine(event: PuertoEvent, locale: Locale): string {
  const head = `${clockTime(event.time)} ${PROTOCOL_NAMES[event.proto]} ${endpointsOf(event)} ${kindLabel(locale, event.kind)}`;
  const details = detailsOf(event, locale);
  return details.length === 0 ? head : `${head} ${details.join(' ')}`;
}

/**
 * Every line has the same core fields, so `jq` filters need no guards: `local` and `remote`
 * are `"address:port"` strings (IPv6 in brackets) or null, `bytes` is 0 for non-data events.
 */
export function eventToJson(event: PuertoEvent): Record<string, unknown> {
  // The capture file's line is the one definition of these fields; the CLI names the payload
  // text `preview` and leaves out what only the file needs (exact timestamp, annotation).
  const {
    text,
    timestamp: _timestamp,
    annotation: _annotation,
    ...line
  } = eventToLine(event, nodeHex);
  return text === undefined ? line : { ...line, preview: text };
}

/**
 * `JSON.stringify(eventToJson(event))`, built without scanning the payload's hex for characters
 * to escape (hex digits have none): the longest field of a data line is then written once.
 */
export function formatEventJson(event: PuertoEvent): string {
  if (event.kind !== 'data-in' && event.kind !== 'data-out') {
    return JSON.stringify(eventToJson(event));
  }
  const { timestamp: _timestamp, ...head } = lineHead(event);
  const start = JSON.stringify(head).slice(0, -1);
  const hex = nodeHex(event.payload);
  const preview = JSON.stringify(bytesToText(event.payload));
  return `${start},"hex":"${hex}","truncated":${event.truncated},"preview":${preview}}`;
}
