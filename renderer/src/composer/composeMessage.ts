/**
 * The composer's one job in pure form: what the student wrote, in its mode, line ending and
 * encoding, becomes the exact bytes that go on the wire, or the reason it cannot.
 */
import { encodeText } from './encodings';
import { parseEscapes } from './escapes';
import { parseHex } from './hex';
import { describeCharacter, parsed, refused } from './types';
import type { ComposerDraft, ComposerTextKey, LineEnding, Parsed, TextEncodingName } from './types';

export const LINE_ENDING_TEXT: Readonly<Record<LineEnding, string>> = {
  none: '',
  lf: '\n',
  crlf: '\r\n',
};

/** ASCII and Latin-1 cannot write every character; UTF-8 and UTF-16 refuse only lone surrogates. */
const UNREPRESENTABLE_KEY = {
  ascii: 'composer.problems.notInAscii',
  'iso-8859-1': 'composer.problems.notInLatin1',
  'utf-8': 'composer.problems.loneSurrogate',
  'utf-16le': 'composer.problems.loneSurrogate',
} as const satisfies Record<TextEncodingName, ComposerTextKey>;

function composeText(draft: ComposerDraft): Parsed<Uint8Array<ArrayBuffer>> {
  const segments = parseEscapes(draft.text);
  if (!segments.ok) return segments;
  const bytes: number[] = [];
  for (const segment of segments.value) {
    if (segment.kind === 'byte') {
      bytes.push(segment.value);
      continue;
    }
    const encoded = encodeText(segment.text, draft.encoding, bytes);
    if (!encoded.ok) {
      return refused(UNREPRESENTABLE_KEY[draft.encoding], {
        character: describeCharacter(encoded.character),
        position: positionOf(draft.text, segment.position, encoded.index),
      });
    }
  }
  // The line ending is text too: in UTF-16LE a CRLF is four bytes (0D 00 0A 00).
  encodeText(LINE_ENDING_TEXT[draft.lineEnding], draft.encoding, bytes);
  return parsed(Uint8Array.from(bytes));
}

/**
 * Where in what the student typed the refused character is. Escapes make a segment shorter
 * than its source (`\n` is two typed characters), so walk the source rather than add offsets.
 */
function positionOf(typed: string, segmentPosition: number, indexInSegment: number): number {
  const characters = [...typed];
  let position = segmentPosition;
  for (let remaining = indexInSegment; remaining > 0; remaining--) {
    position += characters[position - 1] === '\\' ? 2 : 1;
  }
  return position;
}

/** Hex mode sends exactly the bytes written: no encoding and no line ending apply. */
export function composeMessage(draft: ComposerDraft): Parsed<Uint8Array<ArrayBuffer>> {
  return draft.mode === 'hex' ? parseHex(draft.text) : composeText(draft);
}
