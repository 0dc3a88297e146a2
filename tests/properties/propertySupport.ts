/**
 * What every property-based test of issue 12 shares: a fixed seed so `npm test` sees the same
 * inputs every time, a number of runs an environment variable can raise (`PUERTO_FUZZ_RUNS`,
 * for a longer fuzzing session), a clock per input, and generators of hostile input that cost
 * fast-check little even when the input is 64 KB (a short pattern repeated, not 64 K choices).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { BehaviourSession } from '../../electron/engine';
import type { EventAnnotation } from '../../shared/contract/events';

/** Runs per property when nobody asks for more: the whole folder stays within seconds. */
const DEFAULT_RUNS = 40;

function positiveInteger(text: string | undefined): number | undefined {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** `PUERTO_FUZZ_RUNS=2000 npx vitest run tests/properties` fuzzes longer, same seed. */
export const FUZZ_RUNS = positiveInteger(process.env.PUERTO_FUZZ_RUNS) ?? DEFAULT_RUNS;
/** `PUERTO_FUZZ_SEED` explores other inputs; the default keeps `npm test` deterministic. */
export const FUZZ_SEED = positiveInteger(process.env.PUERTO_FUZZ_SEED) ?? 0x12_5eed;

/**
 * Time one input may take. The pointer chain that froze the process took 600 to 1,300 ms per
 * datagram; everything bounded takes well under 5 ms, so 50 ms leaves room for a loaded
 * machine and still catches the defect by a factor of ten.
 */
export const MAX_MS_PER_INPUT = 50;

/**
 * Time a TCP segment of `bytes` may take to explain: 50 ms per 10 KiB, 320 ms for the largest.
 * Line protocols do a little work per line, and 64 KiB of empty lines is 65,536 of them: SMTP
 * takes 30 to 130 ms for them on the idle test machine and up to 230 ms with its two cores
 * loaded by other test runs. The POP3 notes' queue once made such a segment take two seconds,
 * and a pointer chain froze DNS for 0.6 to 1.3 s per datagram; this still catches both.
 */
export function segmentBudgetMs(bytes: number): number {
  return MAX_MS_PER_INPUT * Math.max(1, bytes / (10 * 1024));
}

/** Checks `property` with the shared seed; `scale` lowers the runs of costly properties. */
export function check<Ts extends [unknown, ...unknown[]]>(
  property: fc.IProperty<Ts>,
  scale = 1,
): void {
  const numRuns = Math.max(1, Math.round(FUZZ_RUNS * scale));
  try {
    fc.assert(property, { seed: FUZZ_SEED, numRuns });
  } catch (failure) {
    if (!(failure instanceof Error)) throw failure;
    // A 64 KB counterexample printed whole buries the reason: keep each line's beginning.
    failure.message = failure.message
      .split('\n')
      .map((line) => (line.length > SHOWN_LINE ? `${line.slice(0, SHOWN_LINE)}… (cut)` : line))
      .join('\n');
    throw failure;
  }
}

const SHOWN_LINE = 1_500;

/** The slowest input seen by each file, for the report (`PUERTO_FUZZ_TIMES=1` prints them). */
const slowest = new Map<string, number>();

export function slowestTimes(): ReadonlyMap<string, number> {
  return slowest;
}

/**
 * Runs `handle` and returns its result and time. A slow run is tried once more and the faster
 * time kept, so a garbage collection or a busy neighbour on the shared machine does not fail
 * a test, while an input that is slow by nature (it is slow twice) still does. `handle` must
 * build its own state, so the second run repeats the first exactly.
 */
export function timed<T>(name: string, handle: () => T): { result: T; ms: number } {
  let start = performance.now();
  let result = handle();
  let ms = performance.now() - start;
  if (ms > MAX_MS_PER_INPUT) {
    start = performance.now();
    result = handle();
    ms = Math.min(ms, performance.now() - start);
  }
  slowest.set(name, Math.max(slowest.get(name) ?? 0, ms));
  return { result, ms };
}

const largest = new Map<string, number>();

export function printSlowest(file: string): void {
  if (process.env.PUERTO_FUZZ_TIMES === undefined) return;
  const times = [...slowest].map(([name, ms]) => `  ${name}: ${ms.toFixed(2)} ms`);
  const sizes = [...largest].map(([name, chars]) => `  ${name}: ${chars} chars of JSON`);
  const all = [...times, ...sizes].join('\n');
  console.log(`${file}: slowest input and largest note per property (runs ${FUZZ_RUNS})\n${all}`);
}

/** Characters of an annotation as JSON: what it costs the capture to keep it. */
export function jsonLength(value: unknown, name = 'note'): number {
  const length = JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? item.byteLength : typeof item === 'bigint' ? String(item) : item,
  ).length;
  largest.set(name, Math.max(largest.get(name) ?? 0, length));
  return length;
}

/** Random bytes: mostly short, some up to a full datagram. */
export function randomBytes(maxLength = 65_507): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.uint8Array({ maxLength: 512 }) },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ minLength: 512, maxLength: Math.min(maxLength, 4096) }),
    },
    { weight: 1, arbitrary: repeated(fc.uint8Array({ minLength: 1, maxLength: 24 }), maxLength) },
  );
}

/** A short pattern repeated to a length up to `maxLength`: floods of the same small thing. */
export function repeated(
  pattern: fc.Arbitrary<Uint8Array>,
  maxLength: number,
): fc.Arbitrary<Uint8Array> {
  return fc.tuple(pattern, fc.integer({ min: 1, max: maxLength })).map(([unit, length]) => {
    const bytes = new Uint8Array(length);
    for (let offset = 0; offset < length; offset += unit.byteLength) {
      bytes.set(unit.subarray(0, Math.min(unit.byteLength, length - offset)), offset);
    }
    return bytes;
  });
}

/** Cuts `bytes` at the given offsets: the same stream as TCP segments of any size. */
export function splitAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.byteLength + 1)))].sort(
    (left, right) => left - right,
  );
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.byteLength]) {
    if (point > start) pieces.push(bytes.subarray(start, point));
    start = Math.max(start, point);
  }
  return pieces;
}

export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(pieces));
}

/** A session with no socket behind it, as behaviours see one. */
export function standInSession(protocol: 'tcp' | 'udp', id = `${protocol}-1`): BehaviourSession {
  const endpoint = { address: '127.0.0.1', port: 40_000 };
  return {
    id,
    protocol,
    local: { address: '127.0.0.1', port: 5_300 },
    remote: endpoint,
    send: () => true,
    end() {},
    close() {},
    pause() {},
    resume() {},
  };
}

/** Node reads at most 64 KiB from a socket at a time: the largest data event a server sees. */
export const MAX_SEGMENT_BYTES = 64 * 1024;

/**
 * A line protocol's client at its worst: lines from `line` with CRLF or bare LF, floods of
 * empty or tiny lines, one line that never ends, or random bytes; then cut into segments of at
 * most 64 KiB wherever `cuts` say.
 */
export function lineStream(line: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array[]> {
  const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
  const written = fc
    .tuple(fc.array(line, { maxLength: 60 }), fc.constantFrom('\r\n', '\n'))
    .map(([lines, end]) => latin1(lines.map((text) => `${text}${end}`).join('')));
  const flood = repeated(
    fc.constantFrom(latin1('\n'), latin1('\r\n'), latin1('NOOP\r\n'), latin1('x'), latin1('.\r\n')),
    4 * MAX_SEGMENT_BYTES,
  );
  return fc
    .tuple(fc.oneof(written, flood, randomBytes()), fc.array(fc.nat(), { maxLength: 12 }))
    .map(([bytes, cuts]) => {
      const bounded = [
        ...cuts,
        ...Array.from(
          { length: Math.floor(bytes.byteLength / MAX_SEGMENT_BYTES) },
          (_, index) => (index + 1) * MAX_SEGMENT_BYTES,
        ),
      ];
      return splitAt(bytes, bounded);
    });
}

/** Explains a line protocol's conversation one segment at a time (SMTP and POP3 notes). */
export interface ConversationNotes {
  describe(direction: 'in' | 'out', data: Uint8Array): EventAnnotation;
}

export interface NoteBounds {
  maxNotes: number;
  maxChars: number;
}

/**
 * A conversation as it happens, each client segment followed by its reply when there is one,
 * explained segment by segment: each note within the time, note-count and size bounds.
 */
export function expectBoundedConversation(
  notes: ConversationNotes,
  incoming: readonly Uint8Array[],
  outgoing: readonly Uint8Array[],
  bounds: NoteBounds,
): void {
  const events = incoming.flatMap((segment, index) => {
    const answer = outgoing[index];
    return answer === undefined
      ? [['in', segment] as const]
      : [['in', segment] as const, ['out', answer] as const];
  });
  for (const [direction, segment] of events) {
    const { result: note, ms } = timed(`note ${direction}`, () =>
      notes.describe(direction, segment),
    );
    expect(ms).toBeLessThan(segmentBudgetMs(segment.byteLength));
    expect(note.lines?.length ?? 0).toBeLessThanOrEqual(bounds.maxNotes);
    expect(jsonLength(note, `note ${direction}`)).toBeLessThanOrEqual(bounds.maxChars);
  }
}
