import { afterEach, describe, expect, it } from 'vitest';
import { LineWriter } from '../../electron/cli/lineWriter';
import type { ChunkSink } from '../../electron/cli/outputSink';
import { skippedLinesNotice } from '../../electron/cli/eventFormat';

/** A sink the test completes by hand, to hold a chunk "in flight" as long as it likes. */
class HeldSink implements ChunkSink {
  readonly chunks: string[] = [];
  private pending: Array<(error?: Error | null) => void> = [];

  write(chunk: string, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    this.pending.push(done);
  }

  get inFlight(): number {
    return this.pending.length;
  }

  finish(error?: Error): void {
    const done = this.pending.shift();
    if (done === undefined) throw new Error('nothing in flight');
    done(error);
  }

  lines(): string[] {
    return this.chunks.join('').split('\n').slice(0, -1);
  }
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

const writers: LineWriter[] = [];
afterEach(async () => {
  for (const writer of writers.splice(0)) await writer.close(10);
});

function writerFor(sink: ChunkSink, options: ConstructorParameters<typeof LineWriter>[1] = {}) {
  const writer = new LineWriter(sink, options);
  writers.push(writer);
  return writer;
}

describe('LineWriter', () => {
  it('joins the lines of one turn of the event loop into one chunk', async () => {
    const sink = new HeldSink();
    const writer = writerFor(sink);
    expect(writer.write('one')).toBe(true);
    writer.write(() => 'two');
    writer.write('three');
    expect(sink.chunks).toEqual([]);
    await turn();
    expect(sink.chunks).toEqual(['one\ntwo\nthree\n']);
  });

  it('keeps one chunk in flight; what arrives meanwhile goes next, whole and in order', async () => {
    const sink = new HeldSink();
    const writer = writerFor(sink);
    writer.write('a');
    await turn();
    writer.write('b');
    writer.write('c');
    await turn();
    expect(sink.inFlight).toBe(1);
    sink.finish();
    expect(sink.chunks).toEqual(['a\n', 'b\nc\n']);
    sink.finish();
    expect(sink.lines()).toEqual(['a', 'b', 'c']);
  });

  it('skips lines beyond the bound without formatting them, and says how many once caught up', async () => {
    const sink = new HeldSink();
    const writer = writerFor(sink, {
      maxWaitingLines: 3,
      skippedNotice: (count) => `skipped ${count}`,
    });
    writer.write('first');
    await turn();
    let formatted = 0;
    const kept = Array.from({ length: 10 }, (_, index) =>
      writer.write(() => {
        formatted += 1;
        return `line ${index}`;
      }),
    );
    expect(kept).toEqual([true, true, true, ...Array<boolean>(7).fill(false)]);
    expect(formatted).toBe(3);

    sink.finish(); // "first" is out; the three waiting lines go next.
    // Still behind: lines keep being skipped until everything waiting is out.
    expect(writer.write('late')).toBe(false);
    sink.finish();
    expect(writer.skippedInAll).toBe(8);
    expect(sink.lines()).toEqual(['first', 'line 0', 'line 1', 'line 2', 'skipped 8']);
    expect(writer.write('after')).toBe(true);
    sink.finish();
    await turn();
    sink.finish();
    expect(sink.lines().at(-1)).toBe('after');
  });

  it('keeps essential lines while skipping data lines, within twice the bound', async () => {
    const sink = new HeldSink();
    const writer = writerFor(sink, { maxWaitingLines: 2, skippedNotice: (n) => `skipped ${n}` });
    writer.write('first');
    await turn();
    writer.write('data 1');
    writer.write('data 2');
    expect(writer.write('data 3')).toBe(false);
    expect(writer.write('accepted', 'essential')).toBe(true);
    expect(writer.write('data 4')).toBe(false);
    expect(writer.write('closed', 'essential')).toBe(true);
    expect(writer.write('error', 'essential')).toBe(false);
    sink.finish();
    sink.finish();
    expect(sink.lines()).toEqual(['first', 'data 1', 'data 2', 'accepted', 'closed', 'skipped 3']);
  });

  it('bounds what waits in characters too, yet takes one long line when nothing waits', async () => {
    const sink = new HeldSink();
    const writer = writerFor(sink, { maxWaitingChars: 100 });
    writer.write('x');
    await turn();
    expect(writer.write('y'.repeat(500))).toBe(true);
    expect(writer.write('z')).toBe(false);
    expect(writer.skippedInAll).toBe(1);
  });

  it('says in English and in Spanish how many lines the output could not take', async () => {
    for (const [locale, count] of [
      ['en', '12,345'],
      ['es', '12.345'],
    ] as const) {
      const sink = new HeldSink();
      const writer = writerFor(sink, {
        maxWaitingLines: 1,
        skippedNotice: (skipped) => skippedLinesNotice(skipped, locale),
      });
      writer.write('kept');
      await turn();
      writer.write('waits');
      for (let index = 0; index < 12_345; index++) writer.write('skipped');
      sink.finish();
      sink.finish();
      const notice = sink.lines().at(-1);
      expect(notice).toBe(skippedLinesNotice(12_345, locale));
      expect(notice).toContain(`… ${count} `);
    }
    expect(skippedLinesNotice(2, 'es')).toMatch(/líneas sin mostrar/);
    expect(skippedLinesNotice(2, 'en')).toMatch(/lines not shown/);
  });

  it('flushes at close, and gives up after the time it is given when the output is stuck', async () => {
    const sink = new HeldSink();
    const writer = writerFor(sink, { maxWaitingLines: 1, skippedNotice: (n) => `skipped ${n}` });
    writer.write('a');
    await turn();
    writer.write('b');
    writer.write('c');
    const closed = writer.close(5_000);
    expect(writer.write('after close')).toBe(false);
    sink.finish();
    sink.finish();
    await expect(closed).resolves.toBe(true);
    expect(sink.lines()).toEqual(['a', 'b', 'skipped 1']);

    const stuck = writerFor(new HeldSink());
    stuck.write('never taken');
    const started = performance.now();
    await expect(stuck.close(50)).resolves.toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('stops writing once the output is gone (a closed pipe)', async () => {
    const sink = new HeldSink();
    const writer = writerFor(sink);
    writer.write('a');
    await turn();
    writer.write('b');
    sink.finish(Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
    expect(sink.inFlight).toBe(0);
    expect(writer.write('c')).toBe(false);
    await expect(writer.close(1_000)).resolves.toBe(false);
  });
});

/**
 * A real kernel pipe (a FIFO) whose reader does not read for a while, written through both of
 * the sinks standard output can get: the descriptor written from the thread pool (blocking
 * `write(2)`, as for a file) and a libuv stream (as Node opens a pipe).
 */
describe.skipIf(process.platform === 'win32')(
  'LineWriter on a pipe nobody reads for a while',
  () => {
    const STALL_MS = 1_500;
    const cleanups: Array<() => void> = [];
    afterEach(() => {
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    });

    async function openFifo(): Promise<{ readFd: number; writeFd: number }> {
      const { mkdtempSync, openSync, closeSync, rmSync, constants } = await import('node:fs');
      const { execFileSync } = await import('node:child_process');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const directory = mkdtempSync(join(tmpdir(), 'puerto-line-writer-'));
      const path = join(directory, 'fifo');
      execFileSync('mkfifo', [path]);
      const readFd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
      const writeFd = openSync(path, constants.O_WRONLY);
      cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
      cleanups.push(() => {
        for (const fd of [writeFd, readFd]) {
          try {
            closeSync(fd);
          } catch {
            // Already closed by the socket that owned it.
          }
        }
      });
      return { readFd, writeFd };
    }

    it.each(['file', 'stream'] as const)(
      'keeps the event loop ticking through the %s sink, then reports what it skipped',
      async (kind) => {
        const { Socket } = await import('node:net');
        const { fileSink, streamSink } = await import('../../electron/cli/outputSink');
        const { readFd, writeFd } = await openFifo();
        const writeSocket = kind === 'stream' ? new Socket({ fd: writeFd, readable: false }) : null;
        cleanups.push(() => writeSocket?.destroy());
        const sink = writeSocket === null ? fileSink(writeFd) : streamSink(writeSocket);
        const locale = kind === 'file' ? 'en' : 'es';
        const writer = writerFor(sink, {
          maxWaitingChars: 256 * 1024,
          skippedNotice: (count) => skippedLinesNotice(count, locale),
        });

        // Lines offered at a steady pace, far more than the pipe (64 KiB) and the bound hold.
        const padding = 'x'.repeat(1_000);
        let offered = 0;
        const producer = setInterval(() => {
          for (let index = 0; index < 100; index++) writer.write(`line ${offered++} ${padding}`);
        }, 5);
        cleanups.push(() => clearInterval(producer));

        let lateness = 0;
        let last = performance.now();
        const ticker = setInterval(() => {
          const now = performance.now();
          lateness = Math.max(lateness, now - last - 10);
          last = now;
        }, 10);
        cleanups.push(() => clearInterval(ticker));
        await new Promise((resolve) => setTimeout(resolve, STALL_MS));
        clearInterval(ticker);
        // A writer that blocked on the full pipe would stall the loop for the whole stall.
        expect(lateness).toBeLessThan(STALL_MS / 3);
        expect(writer.skippedInAll).toBeGreaterThan(0);

        const reader = new Socket({ fd: readFd, writable: false });
        cleanups.push(() => reader.destroy());
        let received = '';
        reader.setEncoding('utf8').on('data', (text: string) => (received += text));
        const ended = new Promise((resolve) => reader.once('end', resolve));
        const noticeShown = () => received.includes('… ');
        for (let waited = 0; !noticeShown() && waited < 10_000; waited += 20) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        clearInterval(producer);
        await expect(writer.close(10_000)).resolves.toBe(true);
        if (writeSocket === null) (await import('node:fs')).closeSync(writeFd);
        else writeSocket.end();
        await ended;

        expect(received.endsWith('\n')).toBe(true);
        const lines = received.slice(0, -1).split('\n');
        let shown = 0;
        let reported = 0;
        let previous = -1;
        for (const line of lines) {
          const notice = /^… ([\d.,]+) /.exec(line);
          if (notice !== null) {
            expect(line).toBe(skippedLinesNotice(Number(notice[1]!.replace(/[.,]/g, '')), locale));
            reported += Number(notice[1]!.replace(/[.,]/g, ''));
            continue;
          }
          // Every event line whole: never cut, never mixed with another.
          const match = /^line (\d+) (x+)$/.exec(line);
          expect(match?.[2]).toBe(padding);
          const number = Number(match![1]);
          expect(number).toBeGreaterThan(previous);
          previous = number;
          shown += 1;
        }
        expect(reported).toBe(writer.skippedInAll);
        expect(shown + reported).toBe(offered);
      },
    );
  },
);
