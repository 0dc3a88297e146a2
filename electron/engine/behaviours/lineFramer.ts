/**
 * Splits a byte stream into lines ending in LF (CRLF included), keeping a partial line until
 * its end arrives in a later chunk. A line longer than `maxLineBytes` is cut there, so a peer
 * that never sends a newline cannot grow the buffer without bound.
 */
const LINE_FEED = 0x0a;

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024;

export class LineFramer {
  readonly #maxLineBytes: number;
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;

  constructor(maxLineBytes = DEFAULT_MAX_LINE_BYTES) {
    this.#maxLineBytes = Math.max(1, maxLineBytes);
  }

  get pendingBytes(): number {
    return this.#pendingBytes;
  }

  /** Returns the complete lines this chunk finishes, each with its terminator. */
  push(chunk: Uint8Array): Uint8Array[] {
    const lines: Uint8Array[] = [];
    let start = 0;
    while (start < chunk.byteLength) {
      const room = this.#maxLineBytes - this.#pendingBytes;
      const newline = chunk.indexOf(LINE_FEED, start);
      const end = newline === -1 ? chunk.byteLength : newline + 1;
      if (end - start >= room) {
        this.#keep(chunk.subarray(start, start + room));
        lines.push(this.#take());
        start += room;
      } else if (newline === -1) {
        this.#keep(chunk.subarray(start));
        start = chunk.byteLength;
      } else {
        this.#keep(chunk.subarray(start, end));
        lines.push(this.#take());
        start = end;
      }
    }
    return lines;
  }

  #keep(part: Uint8Array): void {
    if (part.byteLength === 0) return;
    this.#pending.push(part.slice());
    this.#pendingBytes += part.byteLength;
  }

  #take(): Uint8Array {
    const line = new Uint8Array(this.#pendingBytes);
    let offset = 0;
    for (const part of this.#pending) {
      line.set(part, offset);
      offset += part.byteLength;
    }
    this.#pending = [];
    this.#pendingBytes = 0;
    return line;
  }
}
