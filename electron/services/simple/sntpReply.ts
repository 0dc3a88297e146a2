/**
 * The SNTP server's rules (RFC 4330 §5), as pure functions: which requests get an answer, and
 * the answer itself. Nothing here reads a clock; the caller passes the times.
 */
import type { NtpPacket } from './ntpPacket';
import { encodeNtpPacket, NTP_MODE_CLIENT, NTP_MODE_SERVER, parseNtpPacket } from './ntpPacket';
import { ntpTimestampFromUnixMs } from './ntpTimestamp';

/** Why a message got no answer: RFC 4330 §5 has the server drop anything but a client request. */
export type SntpIgnoredReason = 'short' | 'version' | 'mode';

export type SntpVerdict =
  | { kind: 'request'; request: NtpPacket }
  | { kind: 'ignored'; reason: SntpIgnoredReason; packet?: NtpPacket };

/** NTP versions 1 to 4 share the header; version 0 had no mode field, 5 to 7 do not exist. */
const OLDEST_VERSION = 1;
const NEWEST_VERSION = 4;

export function classifySntpMessage(bytes: Uint8Array): SntpVerdict {
  const packet = parseNtpPacket(bytes);
  if (packet === undefined) return { kind: 'ignored', reason: 'short' };
  if (packet.version < OLDEST_VERSION || packet.version > NEWEST_VERSION) {
    return { kind: 'ignored', reason: 'version', packet };
  }
  if (packet.mode !== NTP_MODE_CLIENT) return { kind: 'ignored', reason: 'mode', packet };
  return { kind: 'request', request: packet };
}

/** Who the server says it is. */
export interface SntpServerIdentity {
  stratum: number;
  referenceId: Uint8Array;
  /** log2 seconds. */
  precision: number;
  /** Seconds: the error the server admits to towards its reference. */
  rootDispersion: number;
}

/**
 * A lab PC trusts its own clock: stratum 1 with the reference 'LOCL' (an uncalibrated local
 * clock), millisecond precision (Date.now()), and a millisecond of admitted error.
 */
export const LAB_SNTP_IDENTITY: Readonly<SntpServerIdentity> = {
  stratum: 1,
  referenceId: new TextEncoder().encode('LOCL'),
  precision: -10,
  rootDispersion: 2 ** -10,
};

export interface SntpTimes {
  /** When the request arrived (Unix milliseconds, with a fraction). */
  receiveMs: number;
  /** When the answer leaves. */
  transmitMs: number;
}

/** The answer to a client request, field by field as RFC 4330 §5 lists them. */
export function buildSntpReply(
  request: NtpPacket,
  times: SntpTimes,
  identity: SntpServerIdentity = LAB_SNTP_IDENTITY,
): Uint8Array {
  // The local clock is its own reference, so it was "last set" at the current second.
  const referenceMs = Math.floor(times.receiveMs / 1000) * 1000;
  return encodeNtpPacket({
    leap: 0,
    version: request.version,
    mode: NTP_MODE_SERVER,
    stratum: identity.stratum,
    poll: request.poll,
    precision: identity.precision,
    rootDelay: 0,
    rootDispersion: identity.rootDispersion,
    referenceId: identity.referenceId,
    referenceTime: ntpTimestampFromUnixMs(referenceMs),
    // The client pairs its request and this answer by this copy (RFC 4330 §5).
    originTime: request.transmitTime,
    receiveTime: ntpTimestampFromUnixMs(times.receiveMs),
    // Random sub-millisecond bits must not make the answer leave before the request came.
    transmitTime: ntpTimestampFromUnixMs(Math.max(times.transmitMs, times.receiveMs)),
  });
}
