/**
 * Lines out as fast as the output takes them, and never faster: lines are joined into one
 * chunk while the previous chunk is being written, and what may wait is bounded. When the
 * terminal, pipe or file falls behind, further lines are skipped and counted instead of slowing
 * the sockets (issue 10); once it has caught up, one line says how many were skipped.
 */
import type { ChunkSink } from './outputSink';

export interface LineWriterOptions {
  /**
   * Characters that may wait behind the chunk being written (UTF-16 units, about a byte each
   * for event lines). A single longer line still goes when nothing waits.
   */
  maxWaitingChars: number;
  /** Lines that may wait behind the chunk being written. */
  maxWaitingLines: number;
  /**
   * The line saying that `count` lines were skipped, written where they would have been; or
   * undefined when the caller says it elsewhere (`--json` keeps standard output pure JSON).
   */
  skippedNotice: (count: number) => string | undefined;
}

export type LineImportance = 'skippable' | 'essential';

export const DEFAULT_LINE_WRITER_OPTIONS: Omit<LineWriterOptions, 'skippedNotice'> = {
  maxWaitingChars: 1024 * 1024,
  maxWaitingLines: 10_000,
};

export class LineWriter {
  readonly #sink: ChunkSink;
  readonly #options: LineWriterOptions;
  #waiting: string[] = [];
  #waitingChars = 0;
  #writing = false;
  #scheduled = false;
  /** Lines skipped since the output last caught up; while non-zero, skippable lines are. */
  #skipped = 0;
  #skippedInAll = 0;
  #closed = false;
  #failed = false;
  #onIdle: Array<() => void> = [];

  constructor(sink: ChunkSink, options: Partial<LineWriterOptions> = {}) {
    this.#sink = sink;
    this.#options = {
      ...DEFAULT_LINE_WRITER_OPTIONS,
      skippedNotice: () => undefined,
      ...options,
    };
  }

  /** Every line skipped since the writer was made. */
  get skippedInAll(): number {
    return this.#skippedInAll;
  }

  /**
   * Queues one line (without its newline); false when it was skipped. A function is called
   * only when the line will be kept, so a skipped event costs nothing to format.
   *
   * `essential` lines (a connection accepted or closed, a pause, an error: few, and what a
   * student follows) go on while `skippable` ones (data) are being skipped, and may use up to
   * twice the bound before they are skipped too.
   */
  write(line: string | (() => string), importance: LineImportance = 'skippable'): boolean {
    if (this.#closed || this.#failed) return false;
    const essential = importance === 'essential';
    const bound = essential ? 2 : 1;
    // Skipping goes on until the output has taken everything, so a slow reader sees one gap
    // and one notice, not a data line kept here and there.
    if (
      (this.#skipped > 0 && !essential) ||
      this.#waiting.length >= this.#options.maxWaitingLines * bound
    ) {
      return this.#skip();
    }
    const text = typeof line === 'function' ? line() : line;
    const fits = this.#waitingChars + text.length <= this.#options.maxWaitingChars * bound;
    if (!fits && this.#waiting.length > 0) return this.#skip();
    this.#waiting.push(text);
    this.#waitingChars += text.length + 1;
    this.#schedule();
    return true;
  }

  /**
   * Stops taking lines and resolves once everything queued is written (true) or after
   * `timeoutMs` (false), so stopping never waits on a stalled terminal for long.
   */
  close(timeoutMs: number): Promise<boolean> {
    this.#closed = true;
    if (this.#skipped > 0) this.#queueNotice();
    this.#schedule();
    return new Promise((resolve) => {
      if (this.#isIdle()) return resolve(!this.#failed);
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.#onIdle.push(() => {
        clearTimeout(timer);
        resolve(!this.#failed);
      });
    });
  }

  #skip(): false {
    this.#skipped += 1;
    this.#skippedInAll += 1;
    return false;
  }

  #queueNotice(): void {
    const notice = this.#options.skippedNotice(this.#skipped);
    this.#skipped = 0;
    if (notice === undefined) return;
    this.#waiting.push(notice);
    this.#waitingChars += notice.length + 1;
  }

  #isIdle(): boolean {
    return this.#failed || (!this.#writing && !this.#scheduled && this.#waiting.length === 0);
  }

  /** The first line of a burst waits for the rest of this turn of the event loop to join it. */
  #schedule(): void {
    if (this.#writing || this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      this.#writeWaiting();
    });
  }

  #writeWaiting(): void {
    if (this.#writing || this.#failed) return;
    // Nothing waits and lines were skipped: the output has caught up.
    if (this.#waiting.length === 0 && this.#skipped > 0) this.#queueNotice();
    if (this.#waiting.length === 0) return this.#settle();
    const chunk = `${this.#waiting.join('\n')}\n`;
    this.#waiting = [];
    this.#waitingChars = 0;
    this.#writing = true;
    this.#sink.write(chunk, (error) => {
      this.#writing = false;
      if (error) {
        // The reader is gone (a closed pipe): nobody can see further lines.
        this.#failed = true;
        this.#waiting = [];
        this.#waitingChars = 0;
        return this.#settle();
      }
      this.#writeWaiting();
    });
  }

  #settle(): void {
    if (!this.#isIdle()) return;
    const waiters = this.#onIdle;
    this.#onIdle = [];
    for (const wake of waiters) wake();
  }
}
