/**
 * The classic hex dump (as `hexdump -C` and Wireshark print it): an offset, sixteen bytes in
 * hex split into two groups of eight, and the same bytes as ASCII with anything unprintable
 * shown as '.'. Rows are made one at a time, so a 64 KiB payload costs only the rows on screen.
 */
export const BYTES_PER_ROW = 16;

export interface HexDumpRow {
  /** Offset of the row's first byte, in hex. */
  offset: string;
  /** Always the width of a full row, so the ASCII column lines up on the last row too. */
  hex: string;
  ascii: string;
}

const HEX_DIGITS = Array.from({ length: 256 }, (_, value) => value.toString(16).padStart(2, '0'));

/** Printable ASCII is 0x20 (space) to 0x7e (~); everything else would vanish or move the text. */
export function asciiFor(value: number): string {
  return value >= 0x20 && value <= 0x7e ? String.fromCharCode(value) : '.';
}

export function hexDumpRowCount(length: number): number {
  return Math.ceil(length / BYTES_PER_ROW);
}

/** Offsets get at least four digits, more when the payload needs them (≥ 64 KiB). */
export function offsetWidth(length: number): number {
  return Math.max(4, Math.max(0, length - 1).toString(16).length);
}

export function hexDumpRow(bytes: Uint8Array, rowIndex: number): HexDumpRow {
  const start = rowIndex * BYTES_PER_ROW;
  const cells: string[] = [];
  let ascii = '';
  for (let column = 0; column < BYTES_PER_ROW; column++) {
    const value = bytes[start + column];
    cells.push(value === undefined ? '  ' : (HEX_DIGITS[value] ?? '??'));
    if (value !== undefined) ascii += asciiFor(value);
  }
  const half = BYTES_PER_ROW / 2;
  return {
    offset: start.toString(16).padStart(offsetWidth(bytes.byteLength), '0'),
    hex: `${cells.slice(0, half).join(' ')}  ${cells.slice(half).join(' ')}`,
    ascii,
  };
}

export function hexDump(bytes: Uint8Array): HexDumpRow[] {
  return Array.from({ length: hexDumpRowCount(bytes.byteLength) }, (_, row) =>
    hexDumpRow(bytes, row),
  );
}

/** Bytes as spaced hex pairs, for a bubble or a search hint: `68 6f 6c 61 0a`. */
export function formatHexBytes(bytes: Uint8Array, maxBytes = Number.POSITIVE_INFINITY): string {
  const shown = bytes.subarray(0, Math.min(bytes.byteLength, maxBytes));
  const pairs = Array.from(shown, (value) => HEX_DIGITS[value] ?? '??').join(' ');
  return shown.byteLength < bytes.byteLength ? `${pairs} …` : pairs;
}
