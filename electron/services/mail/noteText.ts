/** What a note shows of a line: enough to recognise it, never a whole megabyte. */
const SHOWN_CHARS = 200;

export function shown(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}
