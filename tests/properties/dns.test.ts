/**
 * Property-based tests of the DNS service's parsers (issue 12): the bounded walk, the responder
 * and the inspector's notes, fed random bytes and hostile shapes (compression-pointer chains
 * and loops, over-long names, floods of tiny records, absurd counts, TCP streams cut anywhere).
 * Nothing may throw, every input is handled in bounded time, and a note stays small whatever
 * the message.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DnsAnnotations } from '../../electron/services/dns/dnsAnnotations';
import { withLengthPrefix } from '../../electron/services/dns/lengthPrefixFramer';
import { DEFAULT_DNS_WALK_LIMITS, walkDnsMessage } from '../../electron/services/dns/messageWalk';
import { respond } from '../../electron/services/dns/responder';
import type { ResponderOptions } from '../../electron/services/dns/responder';
import { buildZone } from '../../electron/services/dns/zone';
import { LAB_ZONE_RECORDS } from '../../shared/catalogue/labZone';
import {
  check,
  concatBytes,
  jsonLength,
  MAX_MS_PER_INPUT,
  printSlowest,
  randomBytes,
  splitAt,
  standInSession,
  timed,
} from './propertySupport';

afterAll(() => printSlowest('dns'));

const zone = buildZone('lab.example', LAB_ZONE_RECORDS);
const UDP: ResponderOptions = { transport: 'udp', maxUdpPayload: 1232 };
const TCP: ResponderOptions = { transport: 'tcp', maxUdpPayload: 1232 };
const MAX_DATAGRAM = 65_507;
const FORMERR = 1;
/**
 * A note explains at most 32 records of at most 256 characters each (docs/SECURITY.md); 64 KiB
 * of JSON is several times what that needs, and a sixtieth of the 4 MB one datagram once left.
 */
const MAX_NOTE_CHARS = 64 * 1024;
/** A TCP segment is explained as at most 32 messages, each bounded like a datagram. */
const MAX_SEGMENT_NOTE_CHARS = 32 * MAX_NOTE_CHARS;

function header(counts: readonly number[], flags = 0x0100): Uint8Array {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt16BE(0x4242, 0);
  bytes.writeUInt16BE(flags, 2);
  counts.forEach((count, index) => bytes.writeUInt16BE(count & 0xffff, 4 + index * 2));
  return bytes;
}

/** A pointer, a label, a root byte, or the fixed fields that follow a name. */
const piece: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.integer({ min: 0, max: 0x3fff }).map((target) => Uint8Array.of(0xc0 | (target >> 8), target)),
  fc.integer({ min: 0, max: 600 }).map((target) => Uint8Array.of(0xc0 | (target >> 8), target)),
  fc.uint8Array({ maxLength: 63 }).map((label) => Uint8Array.from([label.byteLength, ...label])),
  fc.constant(Uint8Array.of(0)),
  fc
    .tuple(fc.integer({ min: 0, max: 65_535 }), fc.integer({ min: 0, max: 40 }))
    .map(([type, dataLength]) =>
      Uint8Array.of(type >> 8, type, 0, 1, 0, 0, 0, 60, dataLength >> 8, dataLength),
    ),
  fc.uint8Array({ maxLength: 16 }),
);

/** A header whose counts may be anything, then names, pointers and fields in any order. */
const structuredMessage: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(65_535)), {
      minLength: 4,
      maxLength: 4,
    }),
    fc.boolean(),
    fc.array(piece, { maxLength: 120 }),
    fc.integer({ min: 1, max: 200 }),
  )
  .map(([counts, response, pieces, repeat]) => {
    const body = concatBytes(pieces);
    const copies = Math.max(1, Math.min(repeat, Math.floor(MAX_DATAGRAM / (body.byteLength + 1))));
    return concatBytes([
      header(counts, response ? 0x8180 : 0x0100),
      ...Array.from({ length: copies }, () => body),
    ]);
  });

/**
 * The attack of issue 12: a NULL record whose data is a chain of `links` pointers, each to the
 * one before, then `followers` records whose owner names all point at the end of the chain.
 */
function pointerChain(links: number, followers: number): Uint8Array {
  const question = Uint8Array.of(1, 0x61, 0, 0, 1, 0, 1);
  const chainStart = 12 + question.byteLength + 12;
  const chain = Buffer.alloc(links * 2);
  for (let link = 0; link < links; link++) {
    const target = link === 0 ? 12 : chainStart + (link - 1) * 2;
    chain.writeUInt16BE(0xc000 | target, link * 2);
  }
  const holder = Buffer.from([0xc0, 12, 0, 10, 0, 1, 0, 0, 0, 0, 0, 0]);
  holder.writeUInt16BE(chain.byteLength, 10);
  const last = chainStart + (links - 1) * 2;
  const follower = Uint8Array.of(0xc0 | (last >> 8), last, 0, 10, 0, 1, 0, 0, 0, 0, 0, 0);
  return concatBytes([
    header([1, 1 + followers, 0, 0]),
    question,
    holder,
    chain,
    ...Array.from({ length: followers }, () => follower),
  ]);
}

const chains = fc
  // Pointers reach 14 bits: the whole chain lies below offset 16,383.
  .tuple(fc.integer({ min: 1, max: 8_150 }), fc.integer({ min: 0, max: 4_000 }))
  .filter(([links, followers]) => 31 + links * 2 + followers * 12 <= MAX_DATAGRAM)
  .map(([links, followers]) => ({ links, followers, bytes: pointerChain(links, followers) }));

/** Names of 63-byte labels, as many as fit, each record's name pointing at the last one. */
const longNames = fc.integer({ min: 1, max: 1_000 }).map((labels) => {
  const label = Uint8Array.from([63, ...new Uint8Array(63).fill(0x61)]);
  return concatBytes([
    header([1, 0, 0, 0]),
    ...Array.from({ length: labels }, () => label),
    Uint8Array.of(0, 0, 1, 0, 1),
  ]);
});

const anyMessage = fc.oneof(
  randomBytes(),
  structuredMessage,
  chains.map((chain) => chain.bytes),
  longNames,
);

describe('the bounded walk over a DNS message', () => {
  it('never throws, stays within its limits, and takes bounded time', () => {
    check(
      fc.property(anyMessage, (bytes) => {
        const { result: walk, ms } = timed('walk', () => walkDnsMessage(bytes));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        expect(walk.records.length).toBeLessThanOrEqual(DEFAULT_DNS_WALK_LIMITS.maxRecords);
        let previousEnd = bytes.byteLength < 12 ? 0 : 12;
        for (const record of walk.records) {
          expect(record.end).toBeGreaterThan(previousEnd);
          expect(record.end).toBeLessThanOrEqual(bytes.byteLength);
          previousEnd = record.end;
        }
        expect(walk.end).toBe(previousEnd);
      }),
    );
  });

  it('refuses every long pointer chain as a loop, however many names follow it', () => {
    check(
      fc.property(chains, ({ links, followers, bytes }) => {
        const { result: walk, ms } = timed('chain', () => walkDnsMessage(bytes));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        if (followers > 0 && links >= DEFAULT_DNS_WALK_LIMITS.maxPointerHops) {
          expect(walk.refusal).toBe('pointerLoop');
        }
      }),
    );
  });

  it('refuses a name longer than 255 bytes', () => {
    check(
      fc.property(longNames, (bytes) => {
        const walk = walkDnsMessage(bytes);
        // 4 labels of 63 make 256 bytes with their lengths, one byte more than the root allows.
        if (bytes.byteLength - 12 - 5 > 255) expect(walk.refusal).toBe('nameTooLong');
        else expect(walk.refusal).toBeUndefined();
      }),
    );
  });
});

/** A query for `name` and a numeric type, built by hand: dns-packet wants a type's name. */
function questionFor(name: string, type: number): Uint8Array {
  const labels = name.split('.').filter((label) => label !== '');
  const question = Buffer.alloc(12 + labels.join('.').length + 2 + 5);
  question.writeUInt16BE(9, 0);
  question.writeUInt16BE(0x0100, 2);
  question.writeUInt16BE(1, 4);
  let offset = 12;
  for (const label of labels) {
    question[offset] = label.length;
    question.write(label, offset + 1, 'latin1');
    offset += label.length + 1;
  }
  question.writeUInt16BE(type, offset + 1);
  question.writeUInt16BE(1, offset + 3);
  return question;
}

describe('the responder', () => {
  it('never throws, answers in bounded time, and never sends more than it may', () => {
    check(
      fc.property(anyMessage, fc.boolean(), (bytes, overTcp) => {
        const options = overTcp ? TCP : UDP;
        const { result: response, ms } = timed('respond', () => respond(zone, bytes, options));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        const walk = walkDnsMessage(bytes);
        const isQuery = bytes.byteLength >= 12 && (bytes[2]! & 0x80) === 0;
        if (isQuery && walk.refusal !== undefined) expect(response.verdict).toBe('refused');
        if (response.verdict !== 'answered') {
          expect(response.reply).toBeUndefined();
          return;
        }
        const reply = Buffer.from(response.reply ?? []);
        expect(reply.byteLength).toBeLessThanOrEqual(overTcp ? 65_535 : UDP.maxUdpPayload);
        expect(reply.readUInt16BE(0)).toBe(Buffer.from(bytes).readUInt16BE(0));
        expect(reply[2]! & 0x80).toBe(0x80);
        // A readable but wrong query is answered with no more bytes than it sent.
        if ((reply[3]! & 0xf) === FORMERR) {
          expect(reply.byteLength).toBeLessThanOrEqual(bytes.byteLength);
        }
      }),
    );
  });

  it('answers well-formed queries for any name, of any type, with the question copied', () => {
    const names = fc.oneof(
      fc.constantFrom('lab.example', 'www.lab.example', 'nowhere.lab.example', 'example.org'),
      fc.domain(),
    );
    check(
      fc.property(names, fc.integer({ min: 1, max: 65_535 }), (name, type) => {
        const query = questionFor(name, type);
        const { result: response, ms } = timed('query', () => respond(zone, query, UDP));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        expect(response.verdict).toBe('answered');
        expect(Buffer.from(response.reply ?? []).readUInt16BE(4)).toBe(1);
      }),
    );
  });
});

describe('the inspector notes', () => {
  it('explain any datagram, either way, in bounded time and size', () => {
    check(
      fc.property(anyMessage, fc.constantFrom('in', 'out'), (bytes, direction) => {
        const notes = new DnsAnnotations();
        const session = standInSession('udp');
        const { result: note, ms } = timed('udp note', () =>
          notes.describe(session, direction as 'in' | 'out', bytes),
        );
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        expect(jsonLength(note, 'udp note')).toBeLessThanOrEqual(MAX_NOTE_CHARS);
      }),
    );
  });

  it('explain a TCP stream cut anywhere, in bounded time and size per segment', () => {
    const stream = fc
      .array(anyMessage, { minLength: 1, maxLength: 40 })
      .map((messages) =>
        concatBytes(messages.map((message) => withLengthPrefix(message.subarray(0, 65_535)))),
      );
    check(
      fc.property(stream, fc.array(fc.nat(), { maxLength: 30 }), (bytes, cuts) => {
        const notes = new DnsAnnotations();
        const session = standInSession('tcp');
        for (const segment of splitAt(bytes.subarray(0, 65_536 * 4), cuts)) {
          const { result: note, ms } = timed('tcp note', () =>
            new DnsAnnotations().describe(session, 'in', segment),
          );
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
          expect(jsonLength(note, 'tcp note')).toBeLessThanOrEqual(MAX_SEGMENT_NOTE_CHARS);
          expect(() => notes.describe(session, 'in', segment)).not.toThrow();
        }
      }),
      0.5,
    );
  });
});
