/**
 * When a server is ready is decided the way a user finds out: by connecting to it (TCP) or by
 * getting an answer to a datagram (UDP), never by reading what it prints.
 */
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import type { StartedChild } from './children';
import { sleep } from './children';

function tcpConnects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Resolves with the milliseconds (performance.now() based) at which a TCP connect to `port`
 * first succeeded; fails if `server` exits or `timeoutMs` passes first.
 */
export async function waitForTcpAccept(
  port: number,
  server: StartedChild,
  timeoutMs: number,
  pollMs = 5,
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await tcpConnects(port)) return performance.now();
    if (server.hasExited()) throw new Error(`${server.label} exited: ${server.describe()}`);
    if (performance.now() > deadline) {
      throw new Error(`${server.label} did not accept on ${port}: ${server.describe()}`);
    }
    await sleep(pollMs);
  }
}

/** Resolves once a datagram sent to `port` comes back; fails on exit or timeout. */
export async function waitForUdpEcho(
  port: number,
  server: StartedChild,
  timeoutMs: number,
): Promise<void> {
  const socket = createSocket('udp4');
  socket.on('error', () => undefined);
  let answered = false;
  socket.on('message', () => (answered = true));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  try {
    const deadline = Date.now() + timeoutMs;
    while (!answered) {
      if (server.hasExited()) throw new Error(`${server.label} exited: ${server.describe()}`);
      if (Date.now() > deadline) {
        throw new Error(`${server.label} did not answer on UDP ${port}: ${server.describe()}`);
      }
      socket.send('ready?', port, '127.0.0.1');
      await sleep(50);
    }
  } finally {
    socket.close();
  }
}
