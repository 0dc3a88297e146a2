/**
 * Just enough of three icon formats to check what the generator wrote, read from the bytes
 * rather than trusted from the tool that wrote them.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface Size {
  width: number;
  height: number;
}

/** The IHDR chunk always comes first, right after the 8-byte signature (PNG spec §5.6). */
export function pngSize(bytes: Buffer): Size {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The ICO directory's square sizes; a stored 0 means 256 (one byte cannot hold it). */
export function icoSizes(bytes: Buffer): number[] {
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an ICO');
  const count = bytes.readUInt16LE(4);
  const sizes: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const entry = 6 + index * 16;
    const width = bytes.readUInt8(entry) || 256;
    const height = bytes.readUInt8(entry + 1) || 256;
    if (width !== height) throw new Error(`ICO entry ${index} is not square`);
    sizes.push(width);
  }
  return sizes;
}

export interface IcnsEntry {
  type: string;
  data: Buffer;
}

/** An ICNS file is 'icns' + total length, then (type, length including this header, data). */
export function icnsEntries(bytes: Buffer): IcnsEntry[] {
  if (bytes.toString('latin1', 0, 4) !== 'icns') throw new Error('not an ICNS');
  if (bytes.readUInt32BE(4) !== bytes.length) throw new Error('ICNS length does not match');
  const entries: IcnsEntry[] = [];
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset + 4);
    if (length < 8) throw new Error(`ICNS entry at ${offset} is too short`);
    entries.push({
      type: bytes.toString('latin1', offset, offset + 4),
      data: bytes.subarray(offset + 8, offset + length),
    });
    offset += length;
  }
  return entries;
}
