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

/**
 * Translations used on every line, looked up once per language and key: `translate` finds
 * and fills its template each call, which showed in profiles of a 50,000-datagram/s flood.
 */
const phrases = new Map<Locale, Map<string, string>>();

function phrase(locale: Locale, key: string): string {
  let texts = phrases.get(locale);
  if (texts === undefined) {
    texts = new Map();
    phrases.set(locale, texts);
  }
  let text = texts.get(key);
  if (text === undefined) {
    text = translate(locale, key);
    texts.set(key, text);
  }
  return text;
}

/** A one-parameter phrase's template split around its parameter, once per language and key. */
const splitPhrases = new Map<string, readonly [string, string] | null>();

function phraseWith(locale: Locale, key: string, name: string, value: number): string {
  const id = `${locale}\u0000${key}`;
  let parts = splitPhrases.get(id);
  if (parts === undefined) {
    const [before, after, extra] = phrase(locale, key).split(`{${name}}`);
    parts =
      before !== undefined && after !== undefined && extra === undefined ? [before, after] : null;
    splitPhrases.set(id, parts);
  }
  return parts === null ? translate(locale, key, { [name]: value }) : parts[0] + value + parts[1];
}

/** Each kind's label, looked up without building its key for every line. */
const kindLabels = new Map<Locale, Map<PuertoEvent['kind'], string>>();

function kindLabel(locale: Locale, kind: PuertoEvent['kind']): string {
  let labels = kindLabels.get(locale);
  if (labels === undefined) {
    labels = new Map();
    kindLabels.set(locale, labels);
  }
  let label = labels.get(kind);
  if (label === undefined) {
    label = phrase(locale, `events.${kind}.label`);
    labels.set(kind, label);
  }
  return label;
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
