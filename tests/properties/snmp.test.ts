/**
 * Property-based tests of the SNMP service's BER reader, its screening and its notes (issue 12),
 * fed random bytes, valid messages with bytes flipped or cut, nesting of any depth, floods of
 * tiny values and lengths that claim gigabytes. The reader refuses with BerError (never another
 * error), every datagram is handled in bounded time, and a note stays small.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { BerNode } from '../../electron/services/snmp/ber';
import {
  BerError,
  BerLimitError,
  DEFAULT_BER_LIMITS,
  readBer,
  writeBer,
} from '../../electron/services/snmp/ber';
import type { SnmpEnvironment } from '../../electron/services/snmp';
import { createSnmpBehaviour } from '../../electron/services/snmp/snmpBehaviour';
import { DEFAULT_MAX_VARBINDS, screenRequest } from '../../electron/services/snmp/screening';
import { message } from '../services/snmp/messages';
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

afterAll(() => printSlowest('snmp'));

/** 32 bindings explained, each value at most 256 characters, plus the header fields. */
const MAX_NOTE_CHARS = 64 * 1024;
const VERDICTS = [
  'accepted',
  'malformed',
  'unsupportedVersion',
  'wrongCommunity',
  'unexpectedPdu',
  'tooDeep',
  'tooManyValues',
  'tooManyVarbinds',
];

const environment: SnmpEnvironment = {
  interfaces: () => [],
  hostname: () => 'aula-07',
  systemDescription: () => 'Puerto lab agent (property test)',
};

/** What `readBer` does with `bytes`: the value, or the BerError it refused with. */
function tryRead(bytes: Uint8Array): BerNode | BerError {
  try {
    return readBer(bytes);
  } catch (refusal) {
    if (refusal instanceof BerError) return refusal;
    throw refusal;
  }
}

const PRIMITIVE_TAGS = [0x02, 0x04, 0x05, 0x06, 0x40, 0x41, 0x42, 0x43, 0x44, 0x46, 0x80, 0x81];
const CONSTRUCTED_TAGS = [0x30, 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8];

/** Any BER tree that writeBer can write: SNMP's tags and a few others. */
const { tree } = fc.letrec<{ tree: BerNode }>((self) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(
        fc.oneof(fc.constantFrom(...PRIMITIVE_TAGS), fc.integer({ min: 0, max: 0x1e })),
        fc.uint8Array({ maxLength: 300 }),
      )
      .map(([tag, contents]): BerNode => ({ tag, contents })),
    fc
      .tuple(fc.constantFrom(...CONSTRUCTED_TAGS), fc.array(self('tree'), { maxLength: 6 }))
      .map(([tag, children]): BerNode => ({ tag, contents: new Uint8Array(), children })),
  ),
}));

/** SNMP requests as a manager could send them: any version, PDU, community and bindings. */
const request = fc
  .record({
    version: fc.constantFrom(0, 1, 1, 1, 2, 3),
    community: fc.constantFrom('public', 'public', 'private', ''),
    tag: fc.constantFrom(...CONSTRUCTED_TAGS.slice(1)),
    requestId: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    errorStatus: fc.integer({ min: 0, max: 300 }),
    errorIndex: fc.integer({ min: 0, max: 300 }),
    bindings: fc.array(
      fc.tuple(
        fc
          .array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 1, maxLength: 20 })
          .map((arcs) => `1.3.${arcs.join('.')}`),
        fc.option(tree, { nil: undefined }),
      ),
      { maxLength: 200 },
    ),
  })
  .map((parts) => message(parts as never));

/** A valid request with some bytes changed, cut short, or with garbage after it. */
const damaged = fc
  .tuple(
    request,
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
    fc.nat(),
    fc.uint8Array({ maxLength: 8 }),
  )
  .map(([bytes, flips, cut, tail]) => {
    const copy = Uint8Array.from(bytes);
    for (const [position, value] of flips) copy[position % copy.byteLength] = value;
    return cut % 3 === 0
      ? copy.subarray(0, cut % (copy.byteLength + 1))
      : concatBytes([copy, tail]);
  });

/** Constructed values inside each other, `depth` of them, around one NULL. */
function nested(depth: number): Uint8Array {
  // Lengths from the inside out: each level holds the one inside it and that one's header.
  const lengths: number[] = [];
  let inner = 2;
  for (let level = 0; level < depth; level++) {
    lengths.push(inner);
    inner += inner < 0x80 ? 2 : 5;
  }
  const bytes = new Uint8Array(inner);
  let offset = 0;
  for (const length of lengths.reverse()) {
    const field =
      length < 0x80 ? [length] : [0x83, length >> 16, (length >> 8) & 0xff, length & 0xff];
    bytes.set([0x30, ...field], offset);
    offset += 1 + field.length;
  }
  bytes.set([0x05, 0x00], offset);
  return bytes;
}

/** A length field claiming up to 4 GiB in front of a few bytes. */
const hugeLength = fc
  .tuple(
    fc.constantFrom(0x30, 0x04, 0x02, 0xa0),
    fc.integer({ min: 1, max: 4 }),
    fc.uint8Array({ minLength: 4, maxLength: 4 }),
    fc.uint8Array({ maxLength: 64 }),
  )
  .map(([tag, count, length, rest]) =>
    Uint8Array.from([tag, 0x80 | count, ...length.subarray(0, count), ...rest]),
  );

const anyDatagram = fc.oneof(
  randomBytes(),
  damaged,
  request,
  hugeLength,
  fc.integer({ min: 0, max: 2_000 }).map(nested),
);

describe('the BER reader', () => {
  it('reads or refuses any bytes with a BerError, in bounded time', () => {
    check(
      fc.property(anyDatagram, (bytes) => {
        const { result, ms } = timed('readBer', () => tryRead(bytes));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        if (!(result instanceof BerError))
          expect(writeBer(result).byteLength).toBe(bytes.byteLength);
      }),
    );
  });

  it('gives back exactly the bytes of any tree it reads within its limits', () => {
    check(
      fc.property(tree, (node) => {
        const bytes = writeBer(node);
        const read = tryRead(bytes);
        if (read instanceof BerLimitError) return;
        expect(read).not.toBeInstanceOf(BerError);
        expect(Buffer.from(writeBer(read as BerNode)).equals(Buffer.from(bytes))).toBe(true);
      }),
    );
  });

  it('refuses nesting deeper than its limit, and only that', () => {
    check(
      fc.property(fc.integer({ min: 1, max: 12_000 }), (depth) => {
        const bytes = nested(depth);
        const { result, ms } = timed('nesting', () => tryRead(bytes));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        if (depth > DEFAULT_BER_LIMITS.maxDepth) {
          expect(result).toBeInstanceOf(BerLimitError);
          expect((result as BerLimitError).limit).toBe('tooDeep');
        } else {
          expect(result).not.toBeInstanceOf(BerError);
        }
      }),
      0.5,
    );
  });

  it('refuses more values than its limit, and only that', () => {
    check(
      fc.property(fc.integer({ min: 0, max: 32_000 }), (nulls) => {
        const bytes = new Uint8Array(5 + nulls * 2).fill(0x05);
        bytes.set([0x30, 0x83, (nulls * 2) >> 16, ((nulls * 2) >> 8) & 0xff, (nulls * 2) & 0xff]);
        for (let value = 0; value < nulls; value++) bytes[6 + value * 2] = 0;
        const { result, ms } = timed('values', () => tryRead(bytes));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        if (nulls + 1 > DEFAULT_BER_LIMITS.maxValues) {
          expect((result as BerLimitError).limit).toBe('tooManyValues');
        } else {
          expect(result).not.toBeInstanceOf(BerError);
        }
      }),
      0.5,
    );
  });

  it('refuses a length that runs past the datagram, however large', () => {
    check(
      fc.property(hugeLength, (bytes) => {
        const result = tryRead(bytes);
        const claimed = bytes
          .subarray(2, 2 + (bytes[1]! & 0x7f))
          .reduce((sum, byte) => sum * 256 + byte, 0);
        if (claimed > bytes.byteLength) expect(result).toBeInstanceOf(BerError);
      }),
    );
  });
});

describe('the agent in front of net-snmp', () => {
  it('screens any datagram in bounded time, passing on only what it can bound', () => {
    check(
      fc.property(anyDatagram, (bytes) => {
        const { result, ms } = timed('screen', () => screenRequest(bytes, 'public'));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        expect(VERDICTS).toContain(result.verdict);
        if (result.verdict === 'accepted') {
          expect(result.message?.pdu?.varbinds.length).toBeLessThanOrEqual(DEFAULT_MAX_VARBINDS);
        }
      }),
    );
  });

  it('explains any datagram, either way, in bounded time and size, and never throws', () => {
    const instance = createSnmpBehaviour({}, environment).create({
      name: 'snmp',
      community: 'public',
    });
    const session = standInSession('udp');
    try {
      check(
        fc.property(anyDatagram, fc.constantFrom('in', 'out'), (bytes, direction) => {
          const { result: note, ms } = timed('note', () =>
            instance.describe?.(session, direction as 'in' | 'out', bytes),
          );
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
          expect(jsonLength(note, 'note')).toBeLessThanOrEqual(MAX_NOTE_CHARS);
        }),
      );
    } finally {
      instance.dispose?.();
    }
  });

  it('hands any datagram to the agent without an exception', async () => {
    const instance = createSnmpBehaviour({}, environment).create({
      name: 'snmp',
      community: 'public',
    });
    const session = standInSession('udp');
    try {
      check(
        fc.property(fc.oneof(damaged, request), (bytes) => {
          const { ms } = timed('onData', () => instance.onData?.(session, bytes));
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        }),
        0.5,
      );
      // Let net-snmp finish what it queued, so an error it throws later fails this test.
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      instance.dispose?.();
    }
  });
});

describe('a request net-snmp cannot hold', () => {
  it('is counted as refused instead of throwing out of the agent', () => {
    const instance = createSnmpBehaviour({}, environment).create({
      name: 'snmp',
      community: 'public',
    });
    try {
      // RFC 2578 §7.1.3 allows sub-identifiers up to 2^32 - 1; net-snmp stops at 2^31 - 1.
      const request = message({ version: 0, bindings: [['1.3.2147483648']] });
      expect(screenRequest(request, 'public').verdict).toBe('accepted');
      expect(() => instance.onData?.(standInSession('udp'), request)).not.toThrow();
      expect(instance.stats.refused).toBe(1);
    } finally {
      instance.dispose?.();
    }
  });
});
