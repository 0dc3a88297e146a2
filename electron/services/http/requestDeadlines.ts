/**
 * The two clocks node:http would run on a real socket, run here because a SessionStream has no
 * socket timeouts (and node:http checks `headersTimeout` only for servers that listen):
 * - the header timeout, from the first byte of a request to the end of its head, so a client
 *   that sends its head a byte at a time (slowloris) cannot hold the connection for ever;
 * - the keep-alive timeout, from the end of a response to the first byte of the next request.
 * Silence before the first request is left to `closeWhenIdle`, so a student has time to start.
 */
import type { Duplex } from 'node:stream';

export interface DeadlineTimes {
  headerTimeoutMs: number;
  keepAliveMs: number;
}

export interface DeadlineActions {
  onHeaderTimeout(): void;
  onKeepAliveOver(): void;
}

export interface RequestDeadlines {
  /** node:http parsed a whole request head on this connection. */
  headComplete(): void;
  /** Every response on this connection is finished: the next request may begin. */
  allResponded(): void;
}

type Phase = 'waiting' | 'head' | 'busy';

export function watchRequestDeadlines(
  stream: Duplex,
  times: DeadlineTimes,
  actions: DeadlineActions,
): RequestDeadlines {
  let phase: Phase = 'waiting';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = (ms: number, action: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!stream.destroyed) action();
    }, ms);
    timer.unref?.();
  };
  // Registered after node:http's own listener, so a chunk holding a whole head has already
  // moved the phase to 'busy' when this runs.
  stream.on('data', () => {
    if (phase !== 'waiting') return;
    phase = 'head';
    start(times.headerTimeoutMs, actions.onHeaderTimeout);
  });
  stream.once('close', () => clearTimeout(timer));
  return {
    headComplete() {
      phase = 'busy';
      clearTimeout(timer);
    },
    allResponded() {
      if (phase !== 'busy' || stream.destroyed) return;
      phase = 'waiting';
      start(times.keepAliveMs, actions.onKeepAliveOver);
    },
  };
}
