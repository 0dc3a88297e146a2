/**
 * What the RFCs say the services must produce, written out here from the RFC text rather than
 * taken from the server's code, so a wrong server cannot pass by agreeing with itself.
 */

/** RFC 868 / RFC 5905: seconds from 1900-01-01 to 1970-01-01. */
export const SECONDS_1900_TO_1970 = 2_208_988_800;

/** RFC 864: 72 printable characters per line, each line starting one character later. */
export function chargenStream(bytes: number): string {
  let printable = '';
  for (let code = 0x20; code <= 0x7e; code++) printable += String.fromCharCode(code);
  const twice = printable + printable;
  let stream = '';
  for (let line = 0; stream.length < bytes; line++) {
    const start = line % printable.length;
    stream += `${twice.slice(start, start + 72)}\r\n`;
  }
  return stream.slice(0, bytes);
}

/** The date a daytime line means, if it is the RFC 5322 / IMF-fixdate form in GMT. */
export function daytimeDate(text: string): number | undefined {
  const match =
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT\r\n$/.exec(
      text,
    );
  return match === null ? undefined : Date.parse(text.trim());
}

/** RFC 868's 4 bytes as Unix milliseconds (this era: 1968–2036). */
export function timeMessageMs(bytes: Uint8Array): number {
  const seconds = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  return (seconds - SECONDS_1900_TO_1970) * 1000;
}

/** RFC 865 recommends ASCII printing characters, space, CR and LF; and under 512 characters. */
export function isQuote(text: string): boolean {
  return text.length > 2 && text.length < 512 && /^[\x20-\x7e\r\n]+\r\n$/.test(text);
}
