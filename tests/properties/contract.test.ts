/**
 * Property-based tests of the contract's way in (issue 12): browser mode's binary wire
 * (MessagePack), the line codec, and the boundary's validation of every command. Any bytes and
 * any value, including hostile ones (lengths that claim gigabytes, throwing getters, revoked
 * proxies, nesting thousands deep), are refused cleanly: the frame parser never throws and
 * always says how to answer, and every refusal is INVALID_INPUT naming a field, with a reason
 * both languages can explain.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRequest } from '../../electron/boundary';
import { parseClientMessage } from '../../electron/web/apiSession';
import { COMMAND_NAMES } from '../../shared/contract/commands';
import { decodeJsonLine, encodeJsonLine } from '../../shared/contract/jsonLineCodec';
import { decodeWire, encodeWire } from '../../shared/contract/wireCodec';
import { messages, translate } from '../../shared/i18n';
import {
  check,
  concatBytes,
  MAX_MS_PER_INPUT,
  printSlowest,
  randomBytes,
  timed,
} from './propertySupport';

afterAll(() => printSlowest('contract'));

const CLOSE_CODES = [1003, 1007, 1008];
/** RFC 6455 §5.5: a close frame's reason fits in 123 bytes. */
const MAX_CLOSE_REASON_BYTES = 123;

/** MessagePack headers that announce far more than follows: arrays, maps, strings, bytes. */
const hugeHeader = fc
  .tuple(
    fc.constantFrom(0xdc, 0xdd, 0xde, 0xdf, 0xc4, 0xc5, 0xc6, 0xd9, 0xda, 0xdb, 0xc7, 0xc8, 0xc9),
    fc.uint8Array({ minLength: 4, maxLength: 4 }),
    fc.uint8Array({ maxLength: 32 }),
  )
  .map(([tag, length, rest]) => concatBytes([Uint8Array.of(tag), length, rest]));

/** Fixed extension types msgpackr gives meaning to (records, dates, bundles) over any bytes. */
const extension = fc
  .tuple(
    fc.integer({ min: 0xd4, max: 0xd8 }),
    fc.integer({ min: 0, max: 255 }),
    fc.uint8Array({ maxLength: 40 }),
  )
  .map(([tag, type, rest]) => concatBytes([Uint8Array.of(tag, type), rest]));

const anyFrame = fc.oneof(randomBytes(), hugeHeader, extension);

/** What a page might send in a frame: an invoke of any shape, or anything at all. */
const anyMessage = fc.oneof(
  fc.record(
    {
      type: fc.oneof(fc.constant('invoke'), fc.string()),
      id: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string(), fc.constant(null)),
      command: fc.oneof(fc.constantFrom(...COMMAND_NAMES), fc.string()),
      request: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

function expectCleanRefusal(result: ReturnType<typeof validateRequest>): void {
  if (result.ok) return;
  expect(result.error.code).toBe('INVALID_INPUT');
  const { field, reason } = result.error.details as { field: string; reason: string };
  expect(field).toMatch(/\S/);
  const key = reason.replace(/^validation\./, '');
  expect(Object.hasOwn(messages.en.validation, key)).toBe(true);
  expect(Object.hasOwn(messages.es.validation, key)).toBe(true);
  expect(translate('es', reason)).not.toBe(reason);
}

describe('the binary wire of browser mode', () => {
  it('decodes any bytes or throws an Error, in bounded time', () => {
    check(
      fc.property(anyFrame, (bytes) => {
        const { ms } = timed('decodeWire', () => {
          try {
            decodeWire(bytes);
          } catch (refusal) {
            expect(refusal).toBeInstanceOf(Error);
          }
        });
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
      }),
    );
  });

  it('turns any frame into an invoke, a refusal under its id, or a close with a reason', () => {
    check(
      fc.property(
        fc.oneof(
          anyFrame,
          anyMessage.map((value) => encodeWire(value)),
        ),
        fc.boolean(),
        (bytes, isBinary) => {
          const { result, ms } = timed('parseClientMessage', () =>
            parseClientMessage(bytes, isBinary),
          );
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
          if ('close' in result) {
            expect(CLOSE_CODES).toContain(result.close.code);
            expect(Buffer.byteLength(result.close.reason)).toBeLessThanOrEqual(
              MAX_CLOSE_REASON_BYTES,
            );
          } else if ('error' in result) {
            expect(Number.isInteger(result.id) && result.id >= 0).toBe(true);
            expect(result.error.ok).toBe(false);
          } else {
            expect(result.type).toBe('invoke');
            expect(Number.isInteger(result.id)).toBe(true);
          }
        },
      ),
    );
  });

  it('gives back every invoke it was sent, whatever its request holds', () => {
    const invoke = fc.record({
      type: fc.constant('invoke' as const),
      id: fc.nat(),
      command: fc.string(),
      request: fc.jsonValue(),
    });
    check(
      fc.property(invoke, (message) => {
        const parsed = parseClientMessage(encodeWire(message));
        expect(parsed).toEqual(JSON.parse(JSON.stringify(message)));
      }),
    );
  });
});

describe('the line codec', () => {
  it('reads any text or throws an Error, and gives back what it wrote', () => {
    check(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.string().map((text) => JSON.stringify({ $bytes: text })),
        ),
        fc.jsonValue(),
        (text, value) => {
          try {
            decodeJsonLine(text);
          } catch (refusal) {
            expect(refusal).toBeInstanceOf(Error);
          }
          expect(decodeJsonLine(encodeJsonLine(value))).toEqual(JSON.parse(JSON.stringify(value)));
        },
      ),
    );
  });
});

/** Values that attack the validator itself rather than its rules. */
function hostileValues(): unknown[] {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  let deep: unknown = 'bottom';
  for (let level = 0; level < 10_000; level++) deep = [deep];
  let deepObject: unknown = {};
  for (let level = 0; level < 10_000; level++) deepObject = { port: deepObject };
  const throwing = Object.defineProperty({}, 'port', {
    enumerable: true,
    get() {
      throw new Error('hostile getter');
    },
  });
  const trapped = new Proxy(
    {},
    {
      get() {
        throw new Error('hostile trap');
      },
      ownKeys() {
        throw new Error('hostile trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('hostile trap');
      },
    },
  );
  return [
    revocable.proxy,
    deep,
    deepObject,
    throwing,
    trapped,
    JSON.parse('{"__proto__": {"polluted": true}, "protocol": "tcp", "port": 0}'),
    { protocol: 'tcp', port: 0, behaviour: { name: 'echo' }, extra: 'x'.repeat(1 << 20) },
    { host: '1'.repeat(1 << 20), port: 80, protocol: 'tcp' },
    Object.create(null),
    [],
    null,
    undefined,
  ];
}

describe('the boundary validation', () => {
  it('refuses any value for any command cleanly, naming a field, in bounded time', () => {
    check(
      fc.property(
        fc.oneof(fc.constantFrom(...COMMAND_NAMES), fc.string(), fc.anything()),
        // Proxies that throw on every look also break fast-check's own printing: tested below.
        fc.oneof(fc.anything(), fc.constantFrom(...hostileValues().slice(2))),
        (command, request) => {
          const { result, ms } = timed('validateRequest', () => validateRequest(command, request));
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
          expectCleanRefusal(result);
        },
      ),
    );
  });

  it('refuses every hostile value for every command', () => {
    for (const command of COMMAND_NAMES) {
      for (const request of hostileValues()) {
        const { result, ms } = timed('hostile', () => validateRequest(command, request));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        expectCleanRefusal(result);
      }
    }
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });
});
