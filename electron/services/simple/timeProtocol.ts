/**
 * The time protocol's one message (RFC 868): the seconds since 1900-01-01 00:00 UTC as a 32-bit
 * unsigned number, most significant byte first.
 */
import { ntpSecondsFromUnixMs, unixMsFromNtpSeconds } from './ntpTimestamp';

export const TIME_MESSAGE_BYTES = 4;

export function encodeTimeMessage(unixMs: number): Uint8Array {
  const message = new Uint8Array(TIME_MESSAGE_BYTES);
  new DataView(message.buffer).setUint32(0, ntpSecondsFromUnixMs(unixMs));
  return message;
}

/** The seconds and the Unix milliseconds they mean; undefined unless exactly 4 bytes. */
export function decodeTimeMessage(
  message: Uint8Array,
): { seconds: number; unixMs: number } | undefined {
  if (message.byteLength !== TIME_MESSAGE_BYTES) return undefined;
  const seconds = new DataView(message.buffer, message.byteOffset, 4).getUint32(0);
  return { seconds, unixMs: unixMsFromNtpSeconds(seconds) };
}
