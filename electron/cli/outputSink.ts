/**
 * Standard output as a sink that never blocks the event loop, whatever it is connected to.
 * Node's own `process.stdout` writes a file with `writeSync` and a terminal with blocking
 * writes, so a slow disk or terminal stalls every socket; to a pipe it writes asynchronously
 * but buffers without bound (measured for issue 10). Here each kind of output gets the path
 * that neither blocks nor grows: the line writer keeps one chunk in flight and bounds the rest.
 */
import { write as writeToFd } from 'node:fs';
import { Buffer } from 'node:buffer';
import { Socket } from 'node:net';
import type { Writable } from 'node:stream';

export interface ChunkSink {
  /** Writes all of `chunk`, then calls `done` once, with the error if the output is gone. */
  write(chunk: string, done: (error?: Error | null) => void): void;
}

/** Retry delay when a non-blocking descriptor is full (EAGAIN) and nothing will tell us. */
const FULL_RETRY_MS = 5;

/**
 * A file (or /dev/null) through libuv's thread pool: `write(2)` may block there, never on the
 * event loop. A partial write continues from where it stopped, so lines are never cut.
 */
export function fileSink(fd: number): ChunkSink {
  return {
    write(chunk, done) {
      const bytes = Buffer.from(chunk, 'utf8');
      const writeFrom = (offset: number) => {
        writeToFd(fd, bytes, offset, bytes.length - offset, null, (error, written) => {
          if (error?.code === 'EAGAIN') {
            setTimeout(() => writeFrom(offset), FULL_RETRY_MS);
            return;
          }
          if (error) return done(error);
          if (offset + written < bytes.length) return writeFrom(offset + written);
          done();
        });
      };
      writeFrom(0);
    },
  };
}

/**
 * A pipe, socket or terminal through its libuv stream: a non-blocking descriptor watched by
 * the event loop, so a reader that stops reading only delays `done`.
 */
export function streamSink(stream: Writable): ChunkSink {
  let failure: Error | undefined;
  // A closed reader (EPIPE, `puerto serve | head`) is reported to `done`, never thrown.
  stream.on('error', (error: Error) => (failure ??= error));
  return {
    write(chunk, done) {
      if (failure !== undefined || stream.destroyed) {
        queueMicrotask(() => done(failure ?? new Error('output closed')));
        return;
      }
      stream.write(chunk, (error) => done(error ?? failure));
    },
  };
}

interface BlockingHandle {
  setBlocking?: (blocking: boolean) => number;
}

/**
 * Node makes terminals blocking ("prevents interleaved or dropped output", lib/tty.js); libuv
 * reopened the terminal for this process, so making it non-blocking again changes nothing for
 * the shell. Where Node offers no handle to do that, the thread pool keeps the loop free.
 */
function terminalSink(stream: Writable & { _handle?: BlockingHandle }, fd: number): ChunkSink {
  const handle = stream._handle;
  if (typeof handle?.setBlocking !== 'function' || handle.setBlocking(false) !== 0) {
    return fileSink(fd);
  }
  return streamSink(stream);
}

/** The sink for `stream` (process.stdout), chosen by what Node found at descriptor `fd`. */
export function sinkFor(stream: Writable & { isTTY?: boolean }, fd: number): ChunkSink {
  if (stream.isTTY === true) return terminalSink(stream, fd);
  // Node opens a pipe or socket as a net.Socket and a file as a SyncWriteStream.
  return stream instanceof Socket ? streamSink(stream) : fileSink(fd);
}
