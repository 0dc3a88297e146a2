/**
 * The 48-byte NTP header (RFC 4330 §4, RFC 5905 §7.3) as plain fields and back, with no
 * socket anywhere: the SNTP server and the inspector both read packets through here.
 */
import type { NtpTimestamp } from './ntpTimestamp';

export const NTP_HEADER_BYTES = 48;
export const NTP_MODE_CLIENT = 3;
export const NTP_MODE_SERVER = 4;

export interface NtpPacket {
  /** 0 no warning, 1 and 2 a leap second today, 3 clock not synchronised. */
  leap: number;
  version: number;
  mode: number;
  stratum: number;
  /** log2 of the poll interval in seconds (signed). */
  poll: number;
  /** log2 of the clock's precision in seconds (signed, e.g. −10 ≈ 1 ms). */
  precision: number;
  /** Seconds (16.16 fixed point on the wire; the delay may be negative). */
  rootDelay: number;
  rootDispersion: number;
  /** 4 bytes: ASCII for stratum 0 and 1 ('LOCL', 'GPS'), an IPv4 address above. */
  referenceId: Uint8Array;
  referenceTime: NtpTimestamp;
  originTime: NtpTimestamp;
  receiveTime: NtpTimestamp;
  transmitTime: NtpTimestamp;
}

const SHORT_FORMAT_UNITS = 65_536;

function readTimestamp(view: DataView, offset: number): NtpTimestamp {
  return { seconds: view.getUint32(offset), fraction: view.getUint32(offset + 4) };
}

function writeTimestamp(view: DataView, offset: number, timestamp: NtpTimestamp): void {
  view.setUint32(offset, timestamp.seconds);
  view.setUint32(offset + 4, timestamp.fraction);
}

/** The header's fields; undefined when fewer than 48 bytes came. Extensions are ignored. */
export function parseNtpPacket(bytes: Uint8Array): NtpPacket | undefined {
  if (bytes.byteLength < NTP_HEADER_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, NTP_HEADER_BYTES);
  const first = view.getUint8(0);
  return {
    leap: first >> 6,
    version: (first >> 3) & 0b111,
    mode: first & 0b111,
    stratum: view.getUint8(1),
    poll: view.getInt8(2),
    precision: view.getInt8(3),
    rootDelay: view.getInt32(4) / SHORT_FORMAT_UNITS,
    rootDispersion: view.getUint32(8) / SHORT_FORMAT_UNITS,
    referenceId: bytes.slice(12, 16),
    referenceTime: readTimestamp(view, 16),
    originTime: readTimestamp(view, 24),
    receiveTime: readTimestamp(view, 32),
    transmitTime: readTimestamp(view, 40),
  };
}

export function encodeNtpPacket(packet: NtpPacket): Uint8Array {
  const bytes = new Uint8Array(NTP_HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint8(
    0,
    ((packet.leap & 0b11) << 6) | ((packet.version & 0b111) << 3) | (packet.mode & 0b111),
  );
  view.setUint8(1, packet.stratum);
  view.setInt8(2, packet.poll);
  view.setInt8(3, packet.precision);
  view.setInt32(4, Math.round(packet.rootDelay * SHORT_FORMAT_UNITS));
  view.setUint32(8, Math.round(packet.rootDispersion * SHORT_FORMAT_UNITS));
  bytes.set(packet.referenceId.subarray(0, 4), 12);
  writeTimestamp(view, 16, packet.referenceTime);
  writeTimestamp(view, 24, packet.originTime);
  writeTimestamp(view, 32, packet.receiveTime);
  writeTimestamp(view, 40, packet.transmitTime);
  return bytes;
}
