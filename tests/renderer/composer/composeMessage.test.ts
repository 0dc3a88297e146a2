import { describe, expect, it } from 'vitest';
import { composeMessage } from '../../../renderer/src/composer/composeMessage';
import { EMPTY_DRAFT } from '../../../renderer/src/composer/types';
import type { ComposerDraft } from '../../../renderer/src/composer/types';

function compose(change: Partial<ComposerDraft>) {
  return composeMessage({ ...EMPTY_DRAFT, ...change });
}

function hexOf(change: Partial<ComposerDraft>): string {
  const result = compose(change);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return Array.from(result.value, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('composeMessage', () => {
  it('adds the chosen line ending after the text', () => {
    expect(hexOf({ text: 'hi', lineEnding: 'none' })).toBe('6869');
    expect(hexOf({ text: 'hi', lineEnding: 'lf' })).toBe('68690a');
    expect(hexOf({ text: 'hi', lineEnding: 'crlf' })).toBe('68690d0a');
    expect(hexOf({ text: '', lineEnding: 'crlf' })).toBe('0d0a');
  });

  it('encodes text, escapes and the line ending in the chosen encoding', () => {
    expect(hexOf({ text: 'año', encoding: 'iso-8859-1', lineEnding: 'crlf' })).toBe('61f16f0d0a');
    expect(hexOf({ text: 'año', encoding: 'utf-8', lineEnding: 'crlf' })).toBe('61c3b16f0d0a');
    // In UTF-16LE the escaped tab and the CRLF are two bytes each.
    expect(hexOf({ text: 'A\\t', encoding: 'utf-16le', lineEnding: 'crlf' })).toBe(
      '410009000d000a00',
    );
  });

  it('puts \\xHH bytes on the wire as they are, whatever the encoding', () => {
    expect(hexOf({ text: '\\xC3\\xB1', encoding: 'ascii', lineEnding: 'none' })).toBe('c3b1');
    expect(hexOf({ text: 'A\\xFF', encoding: 'utf-16le', lineEnding: 'none' })).toBe('4100ff');
  });

  it('sends hex exactly as written: no line ending and no encoding', () => {
    expect(
      hexOf({ mode: 'hex', text: '48 6f 0D 0a', lineEnding: 'crlf', encoding: 'utf-16le' }),
    ).toBe('486f0d0a');
  });

  it('names an unrepresentable character and its position in what was typed', () => {
    expect(compose({ text: 'precio: 5 €', encoding: 'iso-8859-1' })).toEqual({
      ok: false,
      problem: {
        key: 'composer.problems.notInLatin1',
        params: { character: '“€” (U+20AC)', position: 11 },
      },
    });
    // Escapes are two typed characters each, so ñ is the 6th character typed, not the 4th.
    expect(compose({ text: '\\r\\nañ', encoding: 'ascii' })).toEqual({
      ok: false,
      problem: {
        key: 'composer.problems.notInAscii',
        params: { character: '“ñ” (U+00F1)', position: 6 },
      },
    });
    expect(compose({ text: '\\x41ñ', encoding: 'ascii' })).toEqual({
      ok: false,
      problem: {
        key: 'composer.problems.notInAscii',
        params: { character: '“ñ” (U+00F1)', position: 5 },
      },
    });
  });

  it('passes on the escape and hex problems', () => {
    const escape = compose({ text: '\\x4' });
    expect(escape.ok ? undefined : escape.problem.key).toBe('composer.problems.escapeByte');
    const hex = compose({ mode: 'hex', text: 'ABC' });
    expect(hex.ok ? undefined : hex.problem.key).toBe('composer.problems.hexOddDigits');
  });
});
