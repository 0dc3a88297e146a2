/**
 * The teaching layer of the http service: one explanation per line of each request and
 * response ("GET /index.html HTTP/1.1 — the client asks for /index.html", "200 OK — here it
 * is"), the body summarised. Keys live in shared/i18n under `services.http.lines`.
 */
import type { EventAnnotation, LineNote } from '../../../shared/contract/events';
import { declaredFraming, MessageScanner } from './messageScanner';
import type { BodyFraming, MessageHead, MessagePart } from './messageScanner';

const KEYS = 'services.http.lines';
/** Notes per captured event; a long head gets one more note saying how many were left out. */
export const MAX_NOTES_PER_EVENT = 60;
const SHOWN_LINE_CHARS = 200;

/** Header names with their own explanation (lower case → i18n key). */
const HEADER_KEYS: Readonly<Record<string, string>> = {
  host: 'host',
  'user-agent': 'userAgent',
  accept: 'accept',
  'accept-language': 'acceptLanguage',
  'accept-encoding': 'acceptEncoding',
  connection: 'connection',
  'keep-alive': 'keepAlive',
  'content-type': 'contentType',
  'content-length': 'contentLength',
  'transfer-encoding': 'transferEncoding',
  expect: 'expect',
  date: 'date',
  server: 'server',
  'last-modified': 'lastModified',
  location: 'location',
  allow: 'allow',
  'cache-control': 'cacheControl',
  cookie: 'cookie',
  'set-cookie': 'setCookie',
  referer: 'referer',
  origin: 'origin',
  'if-modified-since': 'ifModifiedSince',
  range: 'range',
  authorization: 'authorization',
  'content-security-policy': 'contentSecurityPolicy',
  'x-content-type-options': 'contentTypeOptions',
};

const STATUS_KEYS = new Set([
  100, 200, 204, 301, 304, 400, 403, 404, 405, 408, 413, 431, 500, 501, 505,
]);
const METHOD_KEYS: Readonly<Record<string, string>> = { GET: 'get', HEAD: 'head', POST: 'post' };

function shown(text: string): string {
  return text.length > SHOWN_LINE_CHARS ? `${text.slice(0, SHOWN_LINE_CHARS)}…` : text;
}

function requestLineNote(text: string): LineNote {
  const match = /^([A-Za-z]+) (\S+) (HTTP\/\d\.\d)$/.exec(text);
  if (match === null) return { text: shown(text), key: `${KEYS}.request.malformed` };
  const [, method = '', target = '', version = ''] = match;
  const key = METHOD_KEYS[method.toUpperCase()] ?? 'other';
  return {
    text: shown(text),
    key: `${KEYS}.request.${key}`,
    params: { method, target: shown(target), version },
  };
}

function statusOf(start: string): number | undefined {
  const match = /^HTTP\/\d\.\d (\d{3})\b/.exec(start);
  return match === null ? undefined : Number(match[1]);
}

function statusLineNote(text: string): LineNote {
  const status = statusOf(text);
  if (status === undefined) return { text: shown(text), key: `${KEYS}.status.malformed` };
  const key = STATUS_KEYS.has(status) ? `s${status}` : `class${Math.floor(status / 100)}`;
  return { text: shown(text), key: `${KEYS}.status.${key}`, params: { status } };
}

function headerNote(text: string, name: string): LineNote {
  const key = HEADER_KEYS[name];
  if (key !== undefined) return { text: shown(text), key: `${KEYS}.headers.${key}` };
  if (name === '') return { text: shown(text), key: `${KEYS}.headers.malformed` };
  return { text: shown(text), key: `${KEYS}.headers.other`, params: { name } };
}

function partNote(part: MessagePart, role: 'request' | 'response'): LineNote {
  switch (part.kind) {
    case 'start':
      return role === 'request' ? requestLineNote(part.text) : statusLineNote(part.text);
    case 'header':
      return headerNote(part.text, part.name);
    case 'endOfHead':
      return { text: '', key: `${KEYS}.endOfHead` };
    case 'body':
      return { text: part.preview, key: `${KEYS}.body`, params: { bytes: part.bytes } };
    case 'chunkSize':
      return { text: part.text, key: `${KEYS}.chunkSize`, params: { bytes: part.size } };
    case 'lastChunk':
      return { text: part.text, key: `${KEYS}.lastChunk` };
  }
}

/** Body bytes split across several parts of one event read best as one note. */
function mergeBodies(notes: LineNote[]): LineNote[] {
  const merged: LineNote[] = [];
  for (const note of notes) {
    const previous = merged.at(-1);
    if (note.key === `${KEYS}.body` && previous?.key === `${KEYS}.body`) {
      const bytes = Number(previous.params?.bytes ?? 0) + Number(note.params?.bytes ?? 0);
      merged[merged.length - 1] = { ...previous, params: { bytes } };
    } else {
      merged.push(note);
    }
  }
  return merged;
}

function bounded(notes: LineNote[]): LineNote[] {
  if (notes.length <= MAX_NOTES_PER_EVENT) return notes;
  const kept = notes.slice(0, MAX_NOTES_PER_EVENT - 1);
  const count = notes.length - kept.length;
  return [...kept, { text: '…', key: `${KEYS}.moreLines`, params: { count } }];
}

/** Explains one HTTP conversation, both directions, keeping what each needs to follow along. */
export class HttpConversationNotes {
  /** Methods of requests still waiting for their response: a HEAD response has no body. */
  readonly #pending: string[] = [];
  readonly #request = new MessageScanner((head) => this.#requestFraming(head));
  readonly #response = new MessageScanner((head) => this.#responseFraming(head));

  describe(direction: 'in' | 'out', data: Uint8Array): EventAnnotation {
    const role = direction === 'in' ? 'request' : 'response';
    const parts = (direction === 'in' ? this.#request : this.#response).scan(data);
    const lines = bounded(mergeBodies(parts.map((part) => partNote(part, role))));
    return { protocol: 'http', role, lines };
  }

  #requestFraming(head: MessageHead): BodyFraming {
    this.#pending.push(head.start.split(' ')[0]?.toUpperCase() ?? '');
    return declaredFraming(head) ?? { kind: 'none' };
  }

  #responseFraming(head: MessageHead): BodyFraming {
    const status = statusOf(head.start) ?? 0;
    // 1xx answers come before the real one (RFC 9110 §15.2): the request is still waiting.
    if (status >= 100 && status < 200) return { kind: 'none' };
    const method = this.#pending.shift();
    if (method === 'HEAD' || status === 204 || status === 304) return { kind: 'none' };
    return declaredFraming(head) ?? { kind: 'untilClose' };
  }
}
