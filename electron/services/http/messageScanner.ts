/**
 * Follows one direction of an HTTP/1.1 conversation byte by byte, whatever the chunking, and
 * says what each piece is: the start line, a header, the empty line, body bytes (RFC 9112 §2,
 * §6). Only for explaining: node:http does the real parsing, this never decides anything.
 */

export type MessagePart =
  | { kind: 'start'; text: string }
  | { kind: 'header'; text: string; name: string }
  | { kind: 'endOfHead' }
  | { kind: 'body'; bytes: number; preview: string }
  | { kind: 'chunkSize'; text: string; size: number }
  | { kind: 'lastChunk'; text: string };

/** How the body of the message whose head just ended is delimited (RFC 9112 §6.3). */
export type BodyFraming =
  | { kind: 'none' }
  | { kind: 'length'; bytes: number }
  | { kind: 'chunked' }
  | { kind: 'untilClose' };

export interface MessageHead {
  start: string;
  headers: ReadonlyMap<string, string>;
}

type State =
  | { kind: 'start' }
  | { kind: 'headers' }
  | { kind: 'body'; remaining: number }
  | { kind: 'chunkSize' }
  | { kind: 'chunkData'; remaining: number }
  | { kind: 'chunkEnd' }
  | { kind: 'trailers' }
  | { kind: 'untilClose' };

/** A line longer than this is still followed, but only its beginning is kept for showing. */
const KEPT_LINE_CHARS = 1_024;
const PREVIEW_CHARS = 80;
const LINE_FEED = 0x0a;

function lineText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/\r?\n$/, '');
}

/** The beginning of a body as one readable line. */
export function bodyPreview(bytes: Uint8Array): string {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 4 * PREVIEW_CHARS),
  );
  // eslint-disable-next-line no-control-regex -- control characters become visible dots
  const text = head.toString('utf8').replace(/[\u0000-\u001f\u007f\ufffd]/g, '·');
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

export class MessageScanner {
  #state: State = { kind: 'start' };
  #line: Uint8Array[] = [];
  #lineBytes = 0;
  #head: { start: string; headers: Map<string, string> } = { start: '', headers: new Map() };
  readonly #framing: (head: MessageHead) => BodyFraming;

  /** `framing` decides, once a head is complete, how its body ends. */
  constructor(framing: (head: MessageHead) => BodyFraming) {
    this.#framing = framing;
  }

  scan(data: Uint8Array): MessagePart[] {
    const parts: MessagePart[] = [];
    let offset = 0;
    while (offset < data.byteLength) {
      const state = this.#state;
      if (state.kind === 'body' || state.kind === 'chunkData' || state.kind === 'untilClose') {
        const take =
          state.kind === 'untilClose'
            ? data.byteLength - offset
            : Math.min(state.remaining, data.byteLength - offset);
        const bytes = data.subarray(offset, offset + take);
        parts.push({ kind: 'body', bytes: take, preview: bodyPreview(bytes) });
        offset += take;
        if (state.kind !== 'untilClose') {
          state.remaining -= take;
          if (state.remaining === 0) {
            this.#state = state.kind === 'body' ? { kind: 'start' } : { kind: 'chunkEnd' };
          }
        }
        continue;
      }
      const newline = data.indexOf(LINE_FEED, offset);
      const end = newline === -1 ? data.byteLength : newline + 1;
      this.#keep(data.subarray(offset, end));
      offset = end;
      if (newline !== -1) this.#onLine(this.#takeLine(), parts);
    }
    return parts;
  }

  #keep(piece: Uint8Array): void {
    const room = KEPT_LINE_CHARS - this.#lineBytes;
    if (room <= 0) return;
    const kept = piece.subarray(0, room).slice();
    this.#line.push(kept);
    this.#lineBytes += kept.byteLength;
  }

  #takeLine(): string {
    const text = lineText(Buffer.concat(this.#line));
    this.#line = [];
    this.#lineBytes = 0;
    return text;
  }

  #onLine(text: string, parts: MessagePart[]): void {
    const state = this.#state;
    switch (state.kind) {
      case 'start':
        // RFC 9112 §2.2: empty lines before a request line are ignored.
        if (text === '') return;
        this.#head = { start: text, headers: new Map() };
        parts.push({ kind: 'start', text });
        this.#state = { kind: 'headers' };
        return;
      case 'headers':
        if (text === '') {
          parts.push({ kind: 'endOfHead' });
          this.#state = this.#bodyState(this.#framing(this.#head));
          return;
        }
        this.#addHeader(text, parts);
        return;
      case 'chunkSize': {
        const size = Number.parseInt(text.split(';')[0]?.trim() ?? '', 16);
        if (!Number.isFinite(size) || size < 0) {
          this.#state = { kind: 'untilClose' };
          return;
        }
        if (size === 0) {
          parts.push({ kind: 'lastChunk', text });
          this.#state = { kind: 'trailers' };
          return;
        }
        parts.push({ kind: 'chunkSize', text, size });
        this.#state = { kind: 'chunkData', remaining: size };
        return;
      }
      case 'chunkEnd':
        this.#state = { kind: 'chunkSize' };
        return;
      case 'trailers':
        if (text === '') {
          parts.push({ kind: 'endOfHead' });
          this.#state = { kind: 'start' };
        } else {
          this.#addHeader(text, parts);
        }
        return;
      default:
        return;
    }
  }

  #addHeader(text: string, parts: MessagePart[]): void {
    const colon = text.indexOf(':');
    const name = colon === -1 ? '' : text.slice(0, colon).trim().toLowerCase();
    if (name !== '') this.#head.headers.set(name, text.slice(colon + 1).trim());
    parts.push({ kind: 'header', text, name });
  }

  #bodyState(framing: BodyFraming): State {
    switch (framing.kind) {
      case 'length':
        return framing.bytes > 0 ? { kind: 'body', remaining: framing.bytes } : { kind: 'start' };
      case 'chunked':
        return { kind: 'chunkSize' };
      case 'untilClose':
        return { kind: 'untilClose' };
      default:
        return { kind: 'start' };
    }
  }
}

/** The framing both directions share: chunked wins over a length (RFC 9112 §6.3 item 3). */
export function declaredFraming(head: MessageHead): BodyFraming | undefined {
  const transfer = head.headers.get('transfer-encoding')?.toLowerCase() ?? '';
  if (transfer.split(',').some((coding) => coding.trim() === 'chunked')) return { kind: 'chunked' };
  const length = head.headers.get('content-length');
  if (length !== undefined && /^\d+$/.test(length)) {
    return { kind: 'length', bytes: Number(length) };
  }
  return undefined;
}
