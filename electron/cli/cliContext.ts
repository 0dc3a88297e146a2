/**
 * Everything a command needs from the outside world, so commands never touch `process`
 * directly and the entry point alone decides how lines are written and when to stop.
 */
import type { Locale } from '../../shared/i18n';
import { sinkFor } from './outputSink';
import type { ChunkSink } from './outputSink';

export const EXIT_OK = 0;
/** Something the user asked for could not be done (a port in use, a failed build). */
export const EXIT_FAILURE = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;

export interface CliContext {
  locale: Locale;
  env: NodeJS.ProcessEnv;
  /** One line of results (help, the browser-mode address) on standard output. */
  out(line: string): void;
  /** One line of status or explanation on standard error. */
  err(line: string): void;
  /**
   * Standard output for a stream of lines that must never slow the sockets (serve's events):
   * written asynchronously, whatever it is connected to. Use it through a LineWriter. A context
   * without it (one made by a test) gets its lines through `out`.
   */
  openOutput?(): ChunkSink;
  /** Standard output is a terminal (someone watches); false or absent for pipes and tests. */
  outputIsTerminal?: boolean;
  /** Resolves when the user asks to stop (Ctrl+C or SIGTERM). */
  stopRequested: Promise<NodeJS.Signals>;
}

export function createProcessContext(locale: Locale): CliContext {
  let firstSignal: ((signal: NodeJS.Signals) => void) | undefined;
  const stopRequested = new Promise<NodeJS.Signals>((resolve) => (firstSignal = resolve));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // A second Ctrl+C means "now": do not wait for sockets to close politely.
    if (stopping) process.exit(EXIT_FAILURE);
    stopping = true;
    firstSignal?.(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    locale,
    env: process.env,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    openOutput: () => sinkFor(process.stdout, process.stdout.fd),
    outputIsTerminal: process.stdout.isTTY === true,
    stopRequested,
  };
}

/** Where a stream of lines goes: `openOutput`'s sink, or `out` line by line. */
export function lineOutput(context: CliContext): ChunkSink {
  return (
    context.openOutput?.() ?? {
      write(chunk, done) {
        for (const line of chunk.slice(0, -1).split('\n')) context.out(line);
        done();
      },
    }
  );
}
