/**
 * Closes a conversation nobody uses any more. Libraries such as node:http and ftp-srv time out
 * idle sockets through `socket.setTimeout`, which a SessionStream does not implement; without
 * this, a client that connects and goes silent would hold its conversation open forever.
 * Shared by the http and ftp services.
 */
import type { Duplex } from 'node:stream';

/**
 * Calls `close` (by default: destroys `stream`) after `idleMs` without incoming bytes, unless
 * `busy()` says the server is still working for the client (a response or a transfer in
 * progress), in which case it waits another period.
 */
export function closeWhenIdle(
  stream: Duplex,
  idleMs: number,
  busy: () => boolean,
  close: () => void = () => stream.destroy(),
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => (busy() ? arm() : close()), idleMs);
    timer.unref?.();
  };
  stream.on('data', arm);
  stream.once('close', () => clearTimeout(timer));
  arm();
}
