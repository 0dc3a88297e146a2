/**
 * Follows an SMTP conversation from both sides, the way the server reads it: command lines,
 * then after `354` the message text up to the line with only a dot (RFC 5321 §4.1.1.4), then
 * commands again; after `STARTTLS` and its `220`, only encrypted bytes. Used twice per
 * session: by the line-length guard in front of smtp-server, and by the inspector's notes.
 */

export type SmtpInputPart =
  /** A complete command line; `raw` keeps its own terminator. */
  | { kind: 'command'; text: string; raw: Uint8Array }
  /** A command line longer than the limit, dropped (its bytes counted, CRLF included). */
  | { kind: 'overlong'; bytes: number }
  /** Message text after 354, dot-stuffed as sent, up to the CRLF before the final dot. */
  | { kind: 'data'; raw: Uint8Array }
  /** The rest of the terminating `.CRLF`. */
  | { kind: 'dataEnd'; raw: Uint8Array }
  /** Bytes read in a mode where lines are not ours to judge (TLS; text sent before 354). */
  | { kind: 'passthrough'; raw: Uint8Array; encrypted: boolean };

type Mode = 'command' | 'awaitingData' | 'data' | 'tls';

const LINE_FEED = 0x0a;
/** CR LF . CR LF: the end of the message text. */
const END_OF_DATA = [0x0d, 0x0a, 0x2e, 0x0d, 0x0a];
/** For each prefix of END_OF_DATA, the longest proper prefix that is also its suffix (KMP). */
const FALLBACK = [0, 0, 0, 1, 2];
/** The message text starts at the beginning of a line, as if a CRLF had just been read. */
const AT_LINE_START = 2;
/** A reply line longer than this is not followed further (only its code matters). */
const MAX_REPLY_LINE = 4096;

const decoder = new TextDecoder('utf-8', { fatal: false });

function stepEndOfData(state: number, byte: number): number {
  let matched = state;
  while (matched > 0 && END_OF_DATA[matched] !== byte) matched = FALLBACK[matched - 1] ?? 0;
  return END_OF_DATA[matched] === byte ? matched + 1 : matched;
}

function lineText(raw: Uint8Array): string {
  return decoder.decode(raw).replace(/\r?\n$/, '');
}

export interface ReplyLine {
  text: string;
  code: number | undefined;
  /** `250-…` continues a multi-line reply; `250 …` ends it. */
  final: boolean;
}

export function readReplyLine(text: string): ReplyLine {
  const match = /^(\d{3})([ -]|$)/.exec(text);
  if (match === null) return { text, code: undefined, final: true };
  return { text, code: Number(match[1]), final: match[2] !== '-' };
}

export class SmtpDialogue {
  readonly #maxLineBytes: number;
  #mode: Mode = 'command';
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;
  #discarding = false;
  #endState = AT_LINE_START;
  /** The text after DATA already ended before the server said 354 (a client that did not wait). */
  #endedEarly = false;
  #startTlsAsked = false;
  #replyRest = '';

  constructor(maxLineBytes: number) {
    this.#maxLineBytes = maxLineBytes;
  }

  get mode(): Mode {
    return this.#mode;
  }

  /** Splits what the client sent, in order; a partial command line waits for its end. */
  incoming(chunk: Uint8Array): SmtpInputPart[] {
    const parts: SmtpInputPart[] = [];
    let start = 0;
    while (start < chunk.byteLength) {
      if (this.#mode === 'command') start = this.#readCommand(chunk, start, parts);
      else if (this.#mode === 'data') start = this.#readData(chunk, start, parts);
      else {
        if (this.#mode === 'awaitingData') this.#followEndOfData(chunk.subarray(start));
        const encrypted = this.#mode === 'tls';
        parts.push({ kind: 'passthrough', raw: chunk.subarray(start), encrypted });
        start = chunk.byteLength;
      }
    }
    return parts;
  }

  /** Reads the server's replies: 354 opens the message text, 220 after STARTTLS opens TLS. */
  outgoing(chunk: Uint8Array): ReplyLine[] {
    if (this.#mode === 'tls') return [];
    const lines = (this.#replyRest + decoder.decode(chunk)).split('\n');
    const rest = lines.pop() ?? '';
    this.#replyRest = rest.length > MAX_REPLY_LINE ? '' : rest;
    const replies = lines.map((line) => readReplyLine(line.replace(/\r$/, '')));
    for (const reply of replies) if (reply.final) this.#onFinalReply(reply.code);
    return replies;
  }

  #onFinalReply(code: number | undefined): void {
    if (this.#mode === 'awaitingData') {
      this.#mode = code === 354 && !this.#endedEarly ? 'data' : 'command';
      if (this.#mode === 'command') this.#endState = AT_LINE_START;
    } else if (this.#startTlsAsked) {
      this.#startTlsAsked = false;
      if (code === 220) this.#mode = 'tls';
    }
  }

  #readCommand(chunk: Uint8Array, start: number, parts: SmtpInputPart[]): number {
    const newline = chunk.indexOf(LINE_FEED, start);
    const end = newline === -1 ? chunk.byteLength : newline + 1;
    const piece = chunk.subarray(start, end);
    if (this.#discarding || this.#pendingBytes + piece.byteLength > this.#maxLineBytes) {
      this.#discard(piece);
    } else {
      this.#pending.push(piece.slice());
      this.#pendingBytes += piece.byteLength;
      // A line that already fills the limit cannot end within it once its LF arrives.
      if (newline === -1 && this.#pendingBytes >= this.#maxLineBytes)
        this.#discard(new Uint8Array());
    }
    if (newline !== -1) parts.push(this.#takeLine());
    return end;
  }

  #discard(piece: Uint8Array): void {
    this.#discarding = true;
    this.#pendingBytes += piece.byteLength;
    this.#pending = [];
  }

  #takeLine(): SmtpInputPart {
    const bytes = this.#pendingBytes;
    const pieces = this.#pending;
    const discarded = this.#discarding;
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#discarding = false;
    if (discarded) return { kind: 'overlong', bytes };
    const raw = pieces.length === 1 ? (pieces[0] as Uint8Array) : concat(pieces, bytes);
    const text = lineText(raw);
    const verb = text.trim().toUpperCase();
    if (verb === 'DATA') {
      this.#mode = 'awaitingData';
      this.#endState = AT_LINE_START;
      this.#endedEarly = false;
    } else if (verb === 'STARTTLS') {
      this.#startTlsAsked = true;
    }
    return { kind: 'command', text, raw };
  }

  #readData(chunk: Uint8Array, start: number, parts: SmtpInputPart[]): number {
    for (let index = start; index < chunk.byteLength; index++) {
      this.#endState = stepEndOfData(this.#endState, chunk[index] as number);
      if (this.#endState === END_OF_DATA.length) {
        // The final ".CRLF" (3 bytes) may have begun in an earlier chunk.
        const dotAt = Math.max(start, index - 2);
        if (dotAt > start) parts.push({ kind: 'data', raw: chunk.subarray(start, dotAt) });
        parts.push({ kind: 'dataEnd', raw: chunk.subarray(dotAt, index + 1) });
        this.#mode = 'command';
        this.#endState = AT_LINE_START;
        return index + 1;
      }
    }
    parts.push({ kind: 'data', raw: chunk.subarray(start) });
    return chunk.byteLength;
  }

  #followEndOfData(bytes: Uint8Array): void {
    for (const byte of bytes) {
      this.#endState = stepEndOfData(this.#endState, byte);
      if (this.#endState === END_OF_DATA.length) {
        this.#endedEarly = true;
        this.#endState = AT_LINE_START;
      }
    }
  }
}

function concat(pieces: Uint8Array[], bytes: number): Uint8Array {
  const joined = new Uint8Array(bytes);
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.byteLength;
  }
  return joined;
}
