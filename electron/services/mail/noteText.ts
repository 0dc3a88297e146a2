import type { LineNote } from '../../../shared/contract/events';

/** What a note shows of a line: enough to recognise it, never a whole megabyte. */
const SHOWN_CHARS = 200;

export function shown(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

/**
 * Notes kept per captured event, as the http notes keep (issue 12): 64 KiB of empty lines once
 * made 65,536 notes, 3.7 MB of JSON for one event. The rest are counted in one more note.
 */
export const MAX_NOTES_PER_EVENT = 60;

export function boundedNotes(notes: LineNote[]): LineNote[] {
  if (notes.length <= MAX_NOTES_PER_EVENT) return notes;
  const kept = notes.slice(0, MAX_NOTES_PER_EVENT - 1);
  const count = notes.length - kept.length;
  return [...kept, { text: '…', key: 'services.mail.moreLines', params: { count } }];
}
