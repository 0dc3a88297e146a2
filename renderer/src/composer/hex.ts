/**
 * Hex mode: the student writes the bytes themselves. Pairs of digits, optionally separated by
 * spaces or colons (as Wireshark and `xxd` print them) and optionally prefixed `0x` (as C
 * writes them): `48 6F`, `48:6f`, `0x48 0x6F` and `486F` are all the same two bytes.
 */
import { describeCharacter, parsed, refused } from './types';
import type { Parsed } from './types';

const SEPARATOR = /^[\s:]$/;
const HEX_DIGIT = /^[0-9a-fA-F]$/;

export function parseHex(text: string): Parsed<Uint8Array<ArrayBuffer>> {
  const characters = [...text];
  const bytes: number[] = [];
  let index = 0;
  while (index < characters.length) {
    if (SEPARATOR.test(characters[index] as string)) {
      index += 1;
      continue;
    }
    const groupStart = index;
    if (characters[index] === '0' && /^[xX]$/.test(characters[index + 1] ?? '')) index += 2;
    let digits = '';
    while (index < characters.length && !SEPARATOR.test(characters[index] as string)) {
      const character = characters[index] as string;
      if (!HEX_DIGIT.test(character)) {
        return refused('composer.problems.hexNotDigit', {
          character: describeCharacter(character),
          position: index + 1,
        });
      }
      digits += character;
      index += 1;
    }
    const group = characters.slice(groupStart, index).join('');
    if (digits === '') {
      return refused('composer.problems.hexPrefixAlone', { position: groupStart + 1 });
    }
    if (digits.length % 2 === 1) {
      return refused('composer.problems.hexOddDigits', { group, position: groupStart + 1 });
    }
    for (let pair = 0; pair < digits.length; pair += 2) {
      bytes.push(Number.parseInt(digits.slice(pair, pair + 2), 16));
    }
  }
  return parsed(Uint8Array.from(bytes));
}
