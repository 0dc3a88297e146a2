/**
 * Payloads for comparing encoders with a reference: random bytes, and text mixed with every
 * kind of broken UTF-8 (cut sequences, overlong forms, encoded surrogates, bytes never valid),
 * from a seeded generator so a failure can be repeated.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  // mulberry32
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES: readonly number[][] = [
  [...new TextEncoder().encode('hola, "mundo"\\ ñá€😀\r\n\t')],
  [0xe2, 0x82], // cut three-byte sequence
  [0xf0, 0x9f, 0x98], // cut four-byte sequence
  [0xc0, 0x80], // overlong NUL
  [0xed, 0xa0, 0x80], // encoded surrogate
  [0xff, 0xfe, 0x80, 0xbf], // never valid
  [0xef, 0xbb, 0xbf], // byte order mark
  [0x00, 0x07, 0x1b, 0x7f], // control characters
];

export function randomPayload(random: () => number, maxLength: number): Uint8Array {
  const length = Math.floor(random() * (maxLength + 1));
  const bytes: number[] = [];
  const anyBytes = random() < 0.3;
  while (bytes.length < length) {
    if (anyBytes) bytes.push(Math.floor(random() * 256));
    else bytes.push(...PIECES[Math.floor(random() * PIECES.length)]!);
  }
  return Uint8Array.from(bytes.slice(0, length));
}
