/**
 * Issue 12: connections a client resets right after connecting mostly reach the server with no
 * address left (Node reports them with `remoteAddress` undefined). They used to vanish without
 * a trace; now each is counted on the server, so accepted + reset-before-seen = connected.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerInfo } from '../../shared/contract/model';
import { PuertoEngine } from '../../electron/engine';

const CONNECTS = 1_000;

function connectAndReset(port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' }, () => socket.resetAndDestroy());
    const giveUp = setTimeout(() => socket.destroy(), 2_000);
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve();
    });
  });
}

describe('connections reset before the server saw them', () => {
  let engine: PuertoEngine | undefined;

  afterEach(async () => {
    await engine?.close();
  });

  it('counts every one of 1,000 connect-then-reset clients', async () => {
    engine = new PuertoEngine({ maxConnections: 10_000 });
    const server = await engine.startServer({
      protocol: 'tcp',
      port: 0,
      bind: { mode: 'loopback' },
      behaviour: { name: 'manual' },
    });
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < CONNECTS) {
        next += 1;
        await connectAndReset(server.port);
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    const deadline = Date.now() + 4_000;
    let info: ServerInfo | undefined;
    const seen = (found: ServerInfo | undefined) =>
      (found?.totalConnections ?? 0) + (found?.resetBeforeAccepted ?? 0);
    do {
      await new Promise((resolve) => setTimeout(resolve, 20));
      info = (await engine.getState({})).servers.find((found) => found.id === server.id);
    } while (seen(info) < CONNECTS && Date.now() < deadline);
    console.info(
      `${info?.resetBeforeAccepted} of ${CONNECTS} reset before they were seen, ${info?.totalConnections} accepted`,
    );
    expect(info?.resetBeforeAccepted).toBeGreaterThan(0);
    expect(seen(info)).toBe(CONNECTS);
  });
});
