/**
 * Which port a passive data connection waits on. Without a range the system picks a free one;
 * with a range (for a lab firewall) the ports are tried in turn, so two transfers never
 * collide and a port another program holds is skipped.
 */
import type { Server } from 'node:net';
import type { PassivePortRange } from './ftpOptions';

/** Bounds the search in a large, busy range: a transfer fails (425) rather than stall. */
const MAX_ATTEMPTS = 64;
const BUSY = new Set(['EADDRINUSE', 'EACCES']);

function listenOnce(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export class PassivePorts {
  readonly #range: PassivePortRange | undefined;
  #next: number;

  constructor(range: PassivePortRange | undefined) {
    this.#range = range;
    this.#next = range?.min ?? 0;
  }

  /** Listens `server` on `host` and returns the port it got. */
  async listen(server: Server, host: string): Promise<number> {
    const range = this.#range;
    if (range === undefined) {
      await listenOnce(server, 0, host);
      return (server.address() as { port: number }).port;
    }
    const attempts = Math.min(range.max - range.min + 1, MAX_ATTEMPTS);
    for (let attempt = 0; attempt < attempts; attempt++) {
      const port = this.#next;
      this.#next = port >= range.max ? range.min : port + 1;
      try {
        await listenOnce(server, port, host);
        return port;
      } catch (cause) {
        if (!BUSY.has(String((cause as { code?: unknown }).code))) throw cause;
      }
    }
    throw new Error('No free passive port');
  }
}
