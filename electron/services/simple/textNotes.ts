/**
 * Line notes for the inspector: each line of a text message with the explanation that applies
 * to it. A long message (a chargen chunk holds 95 lines) gets a bounded number of notes.
 */
import type { EventAnnotation, LineNote } from '../../../shared/contract/events';

/** The i18n area of the simple services. */
export const SIMPLE_KEYS = 'services.simple';

const decoder = new TextDecoder('utf-8', { fatal: false });
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** A UTF-8 character takes at most four bytes. */
const MAX_BYTES_PER_CHARACTER = 4;

/** How much of a message its notes repeat (see SimpleServiceOptions). */
export interface NoteLimits {
  notesPerMessage: number;
  noteCharacters: number;
}

/**
 * One line's text, decoded from no more bytes than the note can show: a 64 KiB chunk of one
 * long line costs a 160-character string, never a 64 KiB one kept alive by a slice of it.
 */
function lineText(data: Uint8Array, start: number, end: number, characters: number): string {
  const contentEnd = end > start && data[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
  const readable = Math.min(contentEnd, start + characters * MAX_BYTES_PER_CHARACTER);
  const text = decoder.decode(data.subarray(start, readable));
  if (text.length > characters) return `${text.slice(0, Math.max(1, characters - 1))}…`;
  return readable < contentEnd ? `${text.slice(0, Math.max(1, text.length - 1))}…` : text;
}

/**
 * One note per line (within `limits`), all with the same explanation `key`. Lines are found by
 * scanning bytes; only the lines shown are decoded, and only as far as a note shows them.
 */
export function lineNotes(
  data: Uint8Array,
  key: string,
  limits: NoteLimits,
  params?: LineNote['params'],
): LineNote[] {
  const shown = Math.max(1, limits.notesPerMessage);
  const notes: LineNote[] = [];
  let start = 0;
  let lines = 0;
  while (start < data.byteLength || lines === 0) {
    const feed = data.indexOf(LINE_FEED, start);
    const end = feed === -1 ? data.byteLength : feed;
    if (lines < shown) {
      const text = lineText(data, start, end, limits.noteCharacters);
      notes.push(params === undefined ? { text, key } : { text, key, params });
    }
    lines += 1;
    if (feed === -1) break;
    start = feed + 1;
  }
  if (lines > shown) {
    notes.push({
      text: '…',
      key: `${SIMPLE_KEYS}.moreLines`,
      params: { count: lines - shown },
    });
  }
  return notes;
}

/**
 * What the client sent to a service that answers without listening (daytime, qotd, chargen,
 * time): on UDP the datagram is the request, whatever it holds; on TCP the bytes are ignored.
 */
export function describeIgnoredRequest(
  service: string,
  protocol: 'tcp' | 'udp',
  data: Uint8Array,
  limits: NoteLimits,
): EventAnnotation {
  const key = `${SIMPLE_KEYS}.${service}.${protocol === 'udp' ? 'request' : 'ignored'}`;
  return { protocol: service, role: 'request', lines: lineNotes(data, key, limits) };
}

/** A text answer (daytime, qotd), explained line by line, worded for TCP or UDP. */
export function describeTextAnswer(
  service: string,
  protocol: 'tcp' | 'udp',
  data: Uint8Array,
  limits: NoteLimits,
): EventAnnotation {
  const key = `${SIMPLE_KEYS}.${service}.${protocol === 'udp' ? 'responseUdp' : 'responseTcp'}`;
  return { protocol: service, role: 'response', lines: lineNotes(data, key, limits) };
}
