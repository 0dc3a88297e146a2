/**
 * Line notes for the inspector: each line of a text message with the explanation that applies
 * to it. A long message (a chargen chunk holds 95 lines) gets a bounded number of notes.
 */
import type { EventAnnotation, LineNote } from '../../../shared/contract/events';

/** The i18n area of the simple services. */
export const SIMPLE_KEYS = 'services.simple';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** The message's lines without their CR LF; an empty message is one empty line. */
export function splitLines(data: Uint8Array): string[] {
  const lines = decoder.decode(data).split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** How much of a message its notes repeat (see SimpleServiceOptions). */
export interface NoteLimits {
  notesPerMessage: number;
  noteCharacters: number;
}

function clip(line: string, characters: number): string {
  return line.length > characters ? `${line.slice(0, Math.max(1, characters - 1))}…` : line;
}

/** One note per line (within `limits`), all with the same explanation `key`. */
export function lineNotes(
  data: Uint8Array,
  key: string,
  limits: NoteLimits,
  params?: LineNote['params'],
): LineNote[] {
  const lines = splitLines(data);
  const shown = Math.max(1, limits.notesPerMessage);
  const notes: LineNote[] = lines.slice(0, shown).map((line) => {
    const text = clip(line, limits.noteCharacters);
    return params === undefined ? { text, key } : { text, key, params };
  });
  if (lines.length > shown) {
    notes.push({
      text: '…',
      key: `${SIMPLE_KEYS}.moreLines`,
      params: { count: lines.length - shown },
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
