/** The NTP timestamp arithmetic, the header codec and the SNTP reply builder, fed plain bytes. */
import { describe, expect, it } from 'vitest';
import {
  encodeNtpPacket,
  NTP_HEADER_BYTES,
  parseNtpPacket,
} from '../../../electron/services/simple/ntpPacket';
import {
  formatNtpTimestamp,
  ntpTimestampFromUnixMs,
  unixMsFromNtpSeconds,
  unixMsFromNtpTimestamp,
} from '../../../electron/services/simple/ntpTimestamp';
import { buildSntpReply, classifySntpMessage } from '../../../electron/services/simple/sntpReply';
import { SECONDS_1900_TO_1970 } from './expectations';

/** A request as chrony sends it: LI 0, VN 4, mode 3, poll 6, a transmit timestamp. */
function clientRequest(version = 4, mode = 3, bytes = NTP_HEADER_BYTES): Uint8Array {
  const request = new Uint8Array(Math.max(bytes, NTP_HEADER_BYTES));
  const view = new DataView(request.buffer);
  view.setUint8(0, (version << 3) | mode);
  view.setInt8(2, 6);
  view.setInt8(3, -20);
  view.setUint32(40, 0xe1234567);
  view.setUint32(44, 0x00c0ffee);
  return request.subarray(0, bytes);
}

describe('NTP timestamps', () => {
  it('counts seconds from 1900 and the fraction in units of 2^-32 s', () => {
    expect(ntpTimestampFromUnixMs(0)).toEqual({ seconds: SECONDS_1900_TO_1970, fraction: 0 });
    const halfSecond = ntpTimestampFromUnixMs(1_700_000_000_500);
    expect(halfSecond.seconds).toBe(1_700_000_000 + SECONDS_1900_TO_1970);
    expect(halfSecond.fraction).toBe(2 ** 31);
    const withMicroseconds = ntpTimestampFromUnixMs(1_700_000_000_000.25);
    expect(withMicroseconds.fraction).toBe(Math.floor(0.00025 * 2 ** 32));
  });

  it('wraps on 2036-02-07 and reads the next era as RFC 4330 §3 says', () => {
    const eraEnd = Date.UTC(2036, 1, 7, 6, 28, 16);
    expect(ntpTimestampFromUnixMs(eraEnd).seconds).toBe(0);
    expect(ntpTimestampFromUnixMs(eraEnd - 1000).seconds).toBe(2 ** 32 - 1);
    expect(unixMsFromNtpSeconds(0)).toBe(eraEnd);
    expect(unixMsFromNtpSeconds(2 ** 32 - 1)).toBe(eraEnd - 1000);
    expect(unixMsFromNtpSeconds(2 ** 31)).toBe(Date.UTC(1968, 0, 20, 3, 14, 8));
  });

  it('goes back and forth to within a microsecond and prints microseconds', () => {
    const time = Date.UTC(2025, 0, 14, 10, 0, 0, 123) + 0.4567;
    const timestamp = ntpTimestampFromUnixMs(time);
    expect(Math.abs(unixMsFromNtpTimestamp(timestamp) - time)).toBeLessThan(0.001);
    expect(formatNtpTimestamp(timestamp)).toBe('2025-01-14T10:00:00.123456Z');
  });
});

describe('NTP header codec', () => {
  it('reads every field of a header and writes the same bytes back', () => {
    const bytes = new Uint8Array(NTP_HEADER_BYTES).map((_, index) => (index * 37 + 11) % 256);
    const packet = parseNtpPacket(bytes);
    expect(packet).toBeDefined();
    expect(packet?.leap).toBe(bytes[0]! >> 6);
    expect(packet?.version).toBe((bytes[0]! >> 3) & 7);
    expect(packet?.mode).toBe(bytes[0]! & 7);
    expect(packet?.stratum).toBe(bytes[1]);
    expect(packet?.poll).toBe(new Int8Array([bytes[2]!])[0]);
    expect([...encodeNtpPacket(packet!)]).toEqual([...bytes]);
  });

  it('refuses fewer than 48 bytes and ignores what follows the header', () => {
    expect(parseNtpPacket(new Uint8Array(47))).toBeUndefined();
    const withMac = clientRequest(4, 3, 68);
    expect(parseNtpPacket(withMac)?.transmitTime).toEqual({
      seconds: 0xe1234567,
      fraction: 0x00c0ffee,
    });
  });
});

describe('SNTP server rules', () => {
  it.each([
    [clientRequest(4, 3, 47), 'short'],
    [clientRequest(0, 3), 'version'],
    [clientRequest(5, 3), 'version'],
    [clientRequest(4, 4), 'mode'],
    [clientRequest(4, 1), 'mode'],
    [clientRequest(4, 5), 'mode'],
  ])('drops a message it must not answer (%#: %s)', (message, reason) => {
    expect(classifySntpMessage(message)).toMatchObject({ kind: 'ignored', reason });
  });

  it.each([1, 2, 3, 4])('answers a version %i client request', (version) => {
    expect(classifySntpMessage(clientRequest(version, 3)).kind).toBe('request');
    expect(classifySntpMessage(clientRequest(version, 3, 68)).kind).toBe('request');
  });

  it('builds the answer: mode 4, the version and poll copied, origin = request transmit', () => {
    const verdict = classifySntpMessage(clientRequest(3, 3));
    if (verdict.kind !== 'request') throw new Error('expected a request');
    const receiveMs = Date.UTC(2025, 5, 1, 12, 0, 0, 250);
    const reply = buildSntpReply(verdict.request, { receiveMs, transmitMs: receiveMs + 2 });
    const view = new DataView(reply.buffer, reply.byteOffset, reply.byteLength);

    expect(reply.byteLength).toBe(48);
    expect(view.getUint8(0)).toBe((0 << 6) | (3 << 3) | 4);
    expect(view.getUint8(1)).toBe(1);
    expect(view.getInt8(2)).toBe(6);
    expect(view.getInt8(3)).toBe(-10);
    expect(view.getUint32(4)).toBe(0);
    expect(new TextDecoder().decode(reply.subarray(12, 16))).toBe('LOCL');
    const expectedSeconds = Math.floor(receiveMs / 1000) + SECONDS_1900_TO_1970;
    expect(view.getUint32(16)).toBe(expectedSeconds);
    expect(view.getUint32(20)).toBe(0);
    expect(view.getUint32(24)).toBe(0xe1234567);
    expect(view.getUint32(28)).toBe(0x00c0ffee);
    expect(view.getUint32(32)).toBe(expectedSeconds);
    expect(view.getUint32(36)).toBe(Math.floor(0.25 * 2 ** 32));
    expect(view.getUint32(40)).toBe(expectedSeconds);
    expect(view.getUint32(44)).toBe(Math.floor(0.252 * 2 ** 32));
  });

  it('never lets the transmit time come before the receive time', () => {
    const verdict = classifySntpMessage(clientRequest());
    if (verdict.kind !== 'request') throw new Error('expected a request');
    const reply = buildSntpReply(verdict.request, { receiveMs: 5_000.9, transmitMs: 5_000.1 });
    const view = new DataView(reply.buffer);
    expect(view.getUint32(40)).toBe(view.getUint32(32));
    expect(view.getUint32(44)).toBe(view.getUint32(36));
  });
});
