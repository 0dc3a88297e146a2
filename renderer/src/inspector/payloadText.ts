/**
 * Payload bytes as text a student can read. Control characters are what they most need to see
 * (did my message end with CR LF?), so none of them vanish: the detail pane and the
 * conversation write them as the composer's escapes (`\r`, `\n`, `\t`, `\xHH`), so what a
 * student types is what they see; the one-line table preview uses symbols that common fonts
 * have (the Unicode "control pictures" like ␍ are missing from the DejaVu fonts of Linux PCs).
 */
const lenient = new TextDecoder('utf-8');

// eslint-disable-next-line no-control-regex -- control characters are exactly what to match
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what to match
const CONTROLS = /[\u0000-\u001f\u007f]/g;

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const PREVIEW_SYMBOLS: Readonly<Record<string, string>> = {
  '\n': '↵',
  '\r': '⏎',
  '\t': '⇥',
  '\0': '∅',
};

export const PREVIEW_CHARS = 160;

/** The escape the composer understands for one control character. */
export function escapeFor(char: string): string {
  return ESCAPES[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** One line for the event table: controls as symbols, cut after `maxChars` characters. */
export function previewText(bytes: Uint8Array, maxChars = PREVIEW_CHARS): string {
  // UTF-8 needs at most four bytes per character: decode no more than could be shown.
  const text = lenient.decode(bytes.subarray(0, maxChars * 4));
  const visible = text.replace(CONTROLS, (char) => PREVIEW_SYMBOLS[char] ?? '·');
  const characters = [...visible];
  const cut = characters.length > maxChars || bytes.byteLength > maxChars * 4;
  return cut ? `${characters.slice(0, maxChars).join('')}…` : visible;
}

export interface TextSegment {
  text: string;
  /** An escape standing for a control character, drawn apart from the ordinary text. */
  control: boolean;
  /** A line feed: the text continues on a new line after it. */
  lineBreak?: boolean;
}

/** The text in runs of ordinary characters and escapes, for a view that styles the escapes. */
export function visibleSegments(bytes: Uint8Array): TextSegment[] {
  const segments: TextSegment[] = [];
  let run = '';
  for (const char of lenient.decode(bytes)) {
    if (!CONTROL.test(char)) {
      run += char;
      continue;
    }
    if (run !== '') segments.push({ text: run, control: false });
    run = '';
    const segment: TextSegment = { text: escapeFor(char), control: true };
    if (char === '\n') segment.lineBreak = true;
    segments.push(segment);
  }
  if (run !== '') segments.push({ text: run, control: false });
  return segments;
}

/** The same text on one line, escapes inline: for places that cannot style them (SVG labels). */
export function escapedText(bytes: Uint8Array): string {
  return lenient.decode(bytes).replace(CONTROLS, escapeFor);
}

/**
 * Whether the bytes are better shown as hex: not valid UTF-8, or carrying control bytes other
 * than the line endings and tabs that text protocols use.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  for (const value of bytes) {
    const isTextControl = value === 0x0a || value === 0x0d || value === 0x09;
    if ((value < 0x20 && !isTextControl) || value === 0x7f) return true;
  }
  try {
    // Streaming: a character cut in half at the end (a truncated capture) is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return false;
  } catch {
    return true;
  }
}
