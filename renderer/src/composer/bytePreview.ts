/** The first bytes of a payload as hex pairs, the way a packet capture shows them. */
export const PREVIEW_BYTES = 16;

export function hexPreview(bytes: Uint8Array, limit = PREVIEW_BYTES): string {
  const shown = Array.from(bytes.subarray(0, limit), (byte) =>
    byte.toString(16).toUpperCase().padStart(2, '0'),
  ).join(' ');
  return bytes.byteLength > limit ? `${shown} …` : shown;
}
