import { describe, expect, it } from 'vitest';
import { parseHex } from '../../../renderer/src/composer/hex';

function bytesOf(text: string): number[] {
  const result = parseHex(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return [...result.value];
}

describe('parseHex', () => {
  it('reads pairs with spaces, colons, 0x prefixes or nothing between them', () => {
    const hola = [0x48, 0x6f, 0x6c, 0x61];
    expect(bytesOf('48 6F 6C 61')).toEqual(hola);
    expect(bytesOf('48:6f:6c:61')).toEqual(hola);
    expect(bytesOf('0x48 0x6F 0X6c 0x61')).toEqual(hola);
    expect(bytesOf('486F6C61')).toEqual(hola);
    expect(bytesOf('0x486F 6C61')).toEqual(hola);
    expect(bytesOf('  48\n6f\t6c  61 ')).toEqual(hola);
  });

  it('returns no bytes for nothing but separators', () => {
    expect(bytesOf('')).toEqual([]);
    expect(bytesOf(' : ')).toEqual([]);
  });

  it('refuses an odd number of digits in a group, naming the group and its position', () => {
    expect(parseHex('48 6')).toEqual({
      ok: false,
      problem: { key: 'composer.problems.hexOddDigits', params: { group: '6', position: 4 } },
    });
    expect(parseHex('0x486 F')).toEqual({
      ok: false,
      problem: { key: 'composer.problems.hexOddDigits', params: { group: '0x486', position: 1 } },
    });
  });

  it('refuses a character that is not a hex digit, naming it and its position', () => {
    expect(parseHex('48 6G')).toEqual({
      ok: false,
      problem: {
        key: 'composer.problems.hexNotDigit',
        params: { character: '“G” (U+0047)', position: 5 },
      },
    });
    expect(parseHex('41,42')).toEqual({
      ok: false,
      problem: {
        key: 'composer.problems.hexNotDigit',
        params: { character: '“,” (U+002C)', position: 3 },
      },
    });
  });

  it('refuses a 0x prefix with no digits after it', () => {
    expect(parseHex('41 0x')).toEqual({
      ok: false,
      problem: { key: 'composer.problems.hexPrefixAlone', params: { position: 4 } },
    });
  });
});
