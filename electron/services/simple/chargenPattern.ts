/**
 * The character generator pattern of RFC 864: the 95 printable ASCII characters (space to
 * tilde) in a ring; each line shows 72 of them followed by CR LF, and the next line starts one
 * character later. After 95 lines the pattern repeats, so one cycle is 95 × 74 bytes.
 */
const FIRST_PRINTABLE = 0x20;
const PRINTABLE_COUNT = 95;
const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;

export const CHARGEN_LINE_CHARACTERS = 72;
export const CHARGEN_LINE_BYTES = CHARGEN_LINE_CHARACTERS + 2;
export const CHARGEN_CYCLE_BYTES = PRINTABLE_COUNT * CHARGEN_LINE_BYTES;
/** RFC 864 (UDP): "a random number (between 0 and 512) of characters". */
export const CHARGEN_MAX_DATAGRAM_CHARACTERS = 512;

/** Line `index` of the pattern (0 starts with a space), without its CR LF. */
export function chargenLine(index: number): string {
  let line = '';
  for (let column = 0; column < CHARGEN_LINE_CHARACTERS; column++) {
    line += String.fromCharCode(FIRST_PRINTABLE + ((index + column) % PRINTABLE_COUNT));
  }
  return line;
}

function buildCycle(): Uint8Array {
  const cycle = new Uint8Array(CHARGEN_CYCLE_BYTES);
  for (let index = 0; index < PRINTABLE_COUNT; index++) {
    const start = index * CHARGEN_LINE_BYTES;
    for (let column = 0; column < CHARGEN_LINE_CHARACTERS; column++) {
      cycle[start + column] = FIRST_PRINTABLE + ((index + column) % PRINTABLE_COUNT);
    }
    cycle[start + CHARGEN_LINE_CHARACTERS] = CARRIAGE_RETURN;
    cycle[start + CHARGEN_LINE_CHARACTERS + 1] = LINE_FEED;
  }
  return cycle;
}

/** One whole cycle: sent again and again, the stream continues the pattern seamlessly. */
export const CHARGEN_CYCLE: Uint8Array = buildCycle();

/** `length` bytes of the endless stream, starting `offset` bytes into it. */
export function chargenBytes(offset: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let start = offset % CHARGEN_CYCLE_BYTES;
  let filled = 0;
  while (filled < length) {
    const piece = CHARGEN_CYCLE.subarray(start, start + (length - filled));
    bytes.set(piece, filled);
    filled += piece.byteLength;
    start = 0;
  }
  return bytes;
}
