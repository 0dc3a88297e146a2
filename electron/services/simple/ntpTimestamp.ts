/**
 * Time as NTP (RFC 5905) and the time protocol (RFC 868) count it: seconds since 1900-01-01
 * 00:00 UTC in 32 bits, NTP adding 32 bits of fraction. 32 bits of seconds run out on
 * 2036-02-07; RFC 4330 §3 reads a value with its top bit clear as the next era (2036–2104).
 */

/** Seconds from 1900-01-01 (NTP's epoch) to 1970-01-01 (Unix's). */
export const NTP_UNIX_OFFSET_SECONDS = 2_208_988_800;
const TWO_TO_32 = 2 ** 32;
const TOP_BIT = 2 ** 31;

export interface NtpTimestamp {
  /** Whole seconds since the epoch of the era, 0 to 2³² − 1. */
  seconds: number;
  /** Fraction of a second in units of 2⁻³² s. */
  fraction: number;
}

export const ZERO_TIMESTAMP: Readonly<NtpTimestamp> = { seconds: 0, fraction: 0 };

/** The 32-bit seconds field for a Unix time in milliseconds (wrapping at the era's end). */
export function ntpSecondsFromUnixMs(unixMs: number): number {
  return (Math.floor(unixMs / 1000) + NTP_UNIX_OFFSET_SECONDS) % TWO_TO_32;
}

export function ntpTimestampFromUnixMs(unixMs: number): NtpTimestamp {
  const wholeMs = Math.floor(unixMs / 1000) * 1000;
  const fraction = Math.floor(((unixMs - wholeMs) / 1000) * TWO_TO_32);
  return {
    seconds: ntpSecondsFromUnixMs(unixMs),
    fraction: Math.min(Math.max(fraction, 0), TWO_TO_32 - 1),
  };
}

/** Unix milliseconds for a 32-bit seconds count, in the era RFC 4330 §3 picks. */
export function unixMsFromNtpSeconds(seconds: number): number {
  const sinceEpoch = seconds >= TOP_BIT ? seconds : seconds + TWO_TO_32;
  return (sinceEpoch - NTP_UNIX_OFFSET_SECONDS) * 1000;
}

export function unixMsFromNtpTimestamp(timestamp: NtpTimestamp): number {
  return unixMsFromNtpSeconds(timestamp.seconds) + (timestamp.fraction / TWO_TO_32) * 1000;
}

export function isZeroTimestamp(timestamp: NtpTimestamp): boolean {
  return timestamp.seconds === 0 && timestamp.fraction === 0;
}

/** ISO 8601 in UTC with microseconds: finer than `Date` shows, as coarse as a PC's clock is. */
export function formatNtpTimestamp(timestamp: NtpTimestamp): string {
  const seconds = unixMsFromNtpSeconds(timestamp.seconds);
  const whole = new Date(seconds).toISOString().slice(0, 19);
  const microseconds = Math.floor((timestamp.fraction * 1_000_000) / TWO_TO_32);
  return `${whole}.${String(microseconds).padStart(6, '0')}Z`;
}
