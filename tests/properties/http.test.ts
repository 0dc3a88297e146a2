/**
 * Property-based tests of the http service's explaining layer (issue 12): the message scanner
 * and the conversation notes, fed random bytes and hostile requests (endless lines, thousands of
 * headers, lengths and chunk sizes beyond any number, bodies that never end), cut into segments
 * anywhere. Nothing throws, every segment is explained in bounded time, the notes of one event
 * stay small, and how a stream is cut never changes what the scanner sees.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { HttpConversationNotes, MAX_NOTES_PER_EVENT } from '../../electron/services/http/httpNotes';
import type { MessagePart } from '../../electron/services/http/messageScanner';
import { declaredFraming, MessageScanner } from '../../electron/services/http/messageScanner';
import {
  check,
  concatBytes,
  jsonLength,
  MAX_SEGMENT_BYTES,
  segmentBudgetMs,
  printSlowest,
  randomBytes,
  repeated,
  splitAt,
  timed,
} from './propertySupport';

afterAll(() => printSlowest('http'));

/** The scanner keeps the first 1,024 bytes of a line, whatever its length. */
const KEPT_LINE_CHARS = 1_024;
/** 60 notes per event, each a line of at most 1,024 characters with its key and parameters. */
const MAX_EVENT_NOTE_CHARS = MAX_NOTES_PER_EVENT * 3 * 1024;

const text = (value: string) => Uint8Array.from(Buffer.from(value, 'latin1'));

const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,12}$/);
const longText = fc
  .tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 70_000 }))
  .map(([unit, times]) => (unit === '' ? '' : unit.repeat(Math.ceil(times / unit.length))));
const number = fc.oneof(
  fc.nat().map(String),
  fc.constantFrom('0', '-1', '1e3', '99999999999999999999999', ' 12', '0x10', ''),
);
const hex = fc.oneof(
  fc.nat({ max: 4096 }).map((size) => size.toString(16)),
  fc.constantFrom('0', 'ffffffffffffffffffff', '-5', 'zz', '10;ext=1', ''),
);

const header = fc.oneof(
  fc.tuple(token, fc.string({ maxLength: 40 })).map(([name, value]) => `${name}: ${value}`),
  number.map((value) => `Content-Length: ${value}`),
  fc.constantFrom('Transfer-Encoding: chunked', 'Transfer-Encoding: gzip, chunked', ': empty'),
  longText.map((value) => `X-Long: ${value}`),
  longText,
);

const chunkedBody = fc
  .array(fc.tuple(hex, fc.string({ maxLength: 64 })), { maxLength: 12 })
  .map((chunks) => chunks.map(([size, data]) => `${size}\r\n${data}\r\n`).join('') + '0\r\n\r\n');

const request = fc
  .tuple(
    fc.oneof(fc.constantFrom('GET', 'HEAD', 'POST', 'get', 'BREW'), token),
    fc.oneof(
      fc.constantFrom('/', '/index.html', '*'),
      longText.map((path) => `/${path}`),
    ),
    fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', ''),
    fc.array(header, { maxLength: 30 }),
    fc.oneof(fc.string({ maxLength: 200 }), chunkedBody),
    fc.constantFrom('\r\n', '\n'),
  )
  .map(([method, target, version, headers, body, end]) =>
    text(`${method} ${target} ${version}${end}${headers.join(end)}${end}${end}${body}`),
  );

/** Many requests on one connection, or bytes of any kind, or one line that never ends. */
const stream = fc.oneof(
  fc.array(request, { minLength: 1, maxLength: 4 }).map(concatBytes),
  randomBytes(),
  repeated(fc.constantFrom(text('a'), text('\n'), text('X: y\r\n')), 4 * MAX_SEGMENT_BYTES),
);

/** The scanner's view of a stream: its lines in order and how many body bytes it counted. */
function scanned(pieces: readonly Uint8Array[]) {
  const scanner = new MessageScanner((head) => declaredFraming(head) ?? { kind: 'none' });
  const lines: MessagePart[] = [];
  let bodyBytes = 0;
  for (const piece of pieces) {
    for (const part of scanner.scan(piece)) {
      if (part.kind === 'body') bodyBytes += part.bytes;
      else lines.push(part);
    }
  }
  return { lines, bodyBytes };
}

describe('the HTTP message scanner', () => {
  it('sees the same lines and body bytes however the stream is cut', () => {
    check(
      fc.property(stream, fc.array(fc.nat(), { maxLength: 40 }), (bytes, cuts) => {
        const whole = scanned([bytes]);
        const cut = scanned(splitAt(bytes, cuts));
        expect(cut.lines).toEqual(whole.lines);
        expect(cut.bodyBytes).toBe(whole.bodyBytes);
      }),
      0.5,
    );
  });

  it('keeps no more than the beginning of any line', () => {
    check(
      fc.property(stream, (bytes) => {
        for (const part of scanned([bytes]).lines) {
          if ('text' in part) expect(part.text.length).toBeLessThanOrEqual(KEPT_LINE_CHARS);
        }
      }),
      0.5,
    );
  });
});

describe('the HTTP notes', () => {
  it('explain any segment, either way, in bounded time and size', () => {
    check(
      fc.property(
        stream,
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.constantFrom('in', 'out'),
        (bytes, cuts, direction) => {
          const notes = new HttpConversationNotes();
          const bounded = Array.from(
            { length: Math.floor(bytes.byteLength / MAX_SEGMENT_BYTES) },
            (_, index) => (index + 1) * MAX_SEGMENT_BYTES,
          );
          for (const segment of splitAt(bytes, [...cuts, ...bounded])) {
            const { result: note, ms } = timed('note', () =>
              notes.describe(direction as 'in' | 'out', segment),
            );
            expect(ms).toBeLessThan(segmentBudgetMs(segment.byteLength));
            expect(note.lines?.length ?? 0).toBeLessThanOrEqual(MAX_NOTES_PER_EVENT);
            expect(jsonLength(note, 'note')).toBeLessThanOrEqual(MAX_EVENT_NOTE_CHARS);
          }
        },
      ),
      0.5,
    );
  });
});
