/**
 * Property-based tests of the sntp and time services' parsers (issue 12): datagrams of any size
 * and content, and 48-byte headers with every field at any value (leap, version, mode, poll and
 * precision exponents, timestamps far from now). Nothing throws, every datagram is classified
 * and explained in bounded time and size, and only a client request is ever answered, with a
 * 48-byte server message that copies its transmit time.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNtpPacket } from '../../electron/services/simple/ntpPacket';
import { DEFAULT_SIMPLE_OPTIONS } from '../../electron/services/simple/options';
import { sntpService } from '../../electron/services/simple/sntp';
import { buildSntpReply, classifySntpMessage } from '../../electron/services/simple/sntpReply';
import { decodeTimeMessage } from '../../electron/services/simple/timeProtocol';
import {
  check,
  concatBytes,
  jsonLength,
  MAX_MS_PER_INPUT,
  printSlowest,
  randomBytes,
  standInSession,
  timed,
} from './propertySupport';

afterAll(() => printSlowest('ntp'));

/** Thirteen header fields with a meaning each: a few hundred characters, never more. */
const MAX_NOTE_CHARS = 4 * 1024;
const NOW_MS = Date.UTC(2026, 11, 4, 12, 0, 0);

/** A 48-byte header with every byte chosen, then perhaps extension fields or garbage. */
const header = fc
  .tuple(
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 7 }),
    fc.integer({ min: 0, max: 7 }),
    fc.uint8Array({ minLength: 47, maxLength: 47 }),
    fc.uint8Array({ maxLength: 200 }),
  )
  .map(([leap, version, mode, rest, tail]) =>
    concatBytes([Uint8Array.of((leap << 6) | (version << 3) | mode), rest, tail]),
  );

const anyDatagram = fc.oneof(randomBytes(), header);

describe('the SNTP server', () => {
  it('classifies any datagram in bounded time, answering only client requests', () => {
    check(
      fc.property(anyDatagram, (bytes) => {
        const { result: verdict, ms } = timed('classify', () => classifySntpMessage(bytes));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        const mode = (bytes[0] ?? 0) & 7;
        const version = ((bytes[0] ?? 0) >> 3) & 7;
        const isRequest = bytes.byteLength >= 48 && mode === 3 && version >= 1 && version <= 4;
        expect(verdict.kind).toBe(isRequest ? 'request' : 'ignored');
        if (verdict.kind !== 'request') return;
        const reply = buildSntpReply(verdict.request, { receiveMs: NOW_MS, transmitMs: NOW_MS });
        expect(reply.byteLength).toBe(48);
        expect(reply[0]! & 7).toBe(4);
        expect(Buffer.from(reply.subarray(24, 32))).toEqual(Buffer.from(bytes.subarray(40, 48)));
      }),
    );
  });

  it('explains any datagram, either way, in bounded time and size', () => {
    const instance = sntpService({ ...DEFAULT_SIMPLE_OPTIONS, clock: () => NOW_MS }).create({
      name: 'sntp',
    });
    const session = standInSession('udp');
    check(
      fc.property(anyDatagram, fc.constantFrom('in', 'out'), (bytes, direction) => {
        const { result: note, ms } = timed('note', () =>
          instance.describe?.(session, direction as 'in' | 'out', bytes),
        );
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        expect(jsonLength(note, 'note')).toBeLessThanOrEqual(MAX_NOTE_CHARS);
        if (bytes.byteLength >= 48) expect(parseNtpPacket(bytes)).toBeDefined();
      }),
    );
  });
});

describe('the time protocol', () => {
  it('reads exactly four bytes as a time, and nothing else', () => {
    check(
      fc.property(anyDatagram, (bytes) => {
        const decoded = decodeTimeMessage(bytes);
        if (bytes.byteLength !== 4) {
          expect(decoded).toBeUndefined();
          return;
        }
        expect(decoded?.seconds).toBe(Buffer.from(bytes).readUInt32BE(0));
        expect(Number.isFinite(decoded?.unixMs)).toBe(true);
      }),
    );
  });
});
