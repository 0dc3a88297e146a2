/**
 * The composer's vocabulary. A draft has the same fields a saved snippet has, so a snippet is
 * just a named draft (shared/contract/workspace.ts).
 */
import type { Snippet } from '../../../shared/contract';
import type { MessageSchema } from '../../../shared/i18n';

export type ComposerDraft = Pick<Snippet, 'mode' | 'text' | 'lineEnding' | 'encoding'>;
export type ComposerMode = ComposerDraft['mode'];
export type LineEnding = ComposerDraft['lineEnding'];
export type TextEncodingName = ComposerDraft['encoding'];

export const COMPOSER_MODES: readonly ComposerMode[] = ['text', 'hex'];
export const LINE_ENDINGS: readonly LineEnding[] = ['none', 'lf', 'crlf'];
export const TEXT_ENCODINGS: readonly TextEncodingName[] = [
  'utf-8',
  'iso-8859-1',
  'ascii',
  'utf-16le',
];

/** Every dotted path to a text in a catalogue section, so a mistyped key fails the type check. */
type TextPaths<Section> = {
  [Key in keyof Section & string]: Section[Key] extends string
    ? Key
    : `${Key}.${TextPaths<Section[Key]>}`;
}[keyof Section & string];

export type ComposerTextKey = `composer.${TextPaths<MessageSchema['composer']>}`;

/** Why the composer refuses something: an i18n key under `composer.` and its parameters. */
export interface ComposerProblem {
  key: ComposerTextKey;
  params: Record<string, string | number>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ComposerProblem };

export function parsed<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function refused(
  key: ComposerProblem['key'],
  params: ComposerProblem['params'] = {},
): Parsed<never> {
  return { ok: false, problem: { key, params } };
}

/** A student names characters by how they look; invisible ones get their Unicode number. */
export function describeCharacter(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  const number = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const invisible =
    codePoint <= 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0xa0) ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff);
  return invisible ? number : `“${character}” (${number})`;
}

/** i18n keys cannot hold a hyphen comfortably, so each encoding has a plain key name. */
export const ENCODING_KEYS: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'utf8',
  'iso-8859-1': 'latin1',
  ascii: 'ascii',
  'utf-16le': 'utf16le',
};

export const EMPTY_DRAFT: Readonly<ComposerDraft> = {
  mode: 'text',
  text: '',
  // Line-based servers (and `nc`) act on a complete line, so a line break is the usual choice.
  lineEnding: 'lf',
  encoding: 'utf-8',
};
