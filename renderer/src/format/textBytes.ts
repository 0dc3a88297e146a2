const encoder = new TextEncoder();

/** What the student typed, as the UTF-8 bytes that go on the wire (`ñ` is two bytes). */
export function textToBytes(text: string, endWithNewline: boolean): Uint8Array<ArrayBuffer> {
  return encoder.encode(endWithNewline ? `${text}\n` : text);
}
