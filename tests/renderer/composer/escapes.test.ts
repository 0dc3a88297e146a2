import { describe, expect, it } from 'vitest';
import { parseEscapes } from '../../../renderer/src/composer/escapes';

describe('parseEscapes', () => {
  it('keeps plain text as one segment', () => {
    expect(parseEscapes('hola, ñandú')).toEqual({
      ok: true,
      value: [{ kind: 'text', text: 'hola, ñandú', position: 1 }],
    });
  });

  it('turns \\r \\n \\t and \\\\ into the characters they name', () => {
    const result = parseEscapes('a\\rb\\nc\\td\\\\e');
    expect(result).toEqual({
      ok: true,
      value: [{ kind: 'text', text: 'a\rb\nc\td\\e', position: 1 }],
    });
  });

  it('turns \\xHH into a raw byte between text segments, in either case', () => {
    expect(parseEscapes('GET\\x20/\\xc3\\xB1')).toEqual({
      ok: true,
      value: [
        { kind: 'text', text: 'GET', position: 1 },
        { kind: 'byte', value: 0x20, position: 4 },
        { kind: 'text', text: '/', position: 8 },
        { kind: 'byte', value: 0xc3, position: 9 },
        { kind: 'byte', value: 0xb1, position: 13 },
      ],
    });
  });

  it('counts positions in characters, so an emoji before an escape counts once', () => {
    const result = parseEscapes('😀\\x41');
    expect(result.ok && result.value[1]).toEqual({ kind: 'byte', value: 0x41, position: 2 });
  });

  it('refuses \\x with fewer than two hex digits, naming what was written and where', () => {
    expect(parseEscapes('ab\\x4')).toEqual({
      ok: false,
      problem: { key: 'composer.problems.escapeByte', params: { escape: '\\x4', position: 3 } },
    });
    expect(parseEscapes('\\x4g')).toEqual({
      ok: false,
      problem: { key: 'composer.problems.escapeByte', params: { escape: '\\x4', position: 1 } },
    });
    expect(parseEscapes('\\xg1')).toEqual({
      ok: false,
      problem: { key: 'composer.problems.escapeByte', params: { escape: '\\x', position: 1 } },
    });
  });

  it('refuses an unknown escape and a backslash at the very end', () => {
    expect(parseEscapes('C:\\dir')).toEqual({
      ok: false,
      problem: { key: 'composer.problems.escapeUnknown', params: { escape: '\\d', position: 3 } },
    });
    expect(parseEscapes('fin\\')).toEqual({
      ok: false,
      problem: { key: 'composer.problems.escapeTrailing', params: { position: 4 } },
    });
  });

  it('reads an escaped backslash before a letter as a backslash, not as an escape', () => {
    expect(parseEscapes('\\\\n')).toEqual({
      ok: true,
      value: [{ kind: 'text', text: '\\n', position: 1 }],
    });
  });
});
