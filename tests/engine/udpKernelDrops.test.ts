/**
 * Issue 12: the datagrams the kernel drops for a UDP server (its receive buffer full, nobody
 * reading) are read from Linux's /proc/net/udp* and kept on the server as `kernelDrops`.
 */
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerInfo } from '../../shared/contract/model';
import { PuertoEngine } from '../../electron/engine';
import { dropsInTable } from '../../electron/engine/udpKernelDrops';

const TABLE = [
  '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops',
  ' 1045: 0100007F:1F41 00000000:0000 07 00000000:00000000 00:00000000 00000000  1000        0 41001 2 0000000000000000 17',
  ' 1046: 00000000:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 41002 2 0000000000000000 905219',
  ' 1047: 0100007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 41003 2 0000000000000000 3',
].join('\n');

describe('reading drops from /proc/net/udp', () => {
  it('finds a socket by inode', () => {
    expect(dropsInTable(TABLE, { inode: 41002, port: 53 })).toBe(905_219);
    expect(dropsInTable(TABLE, { inode: 41001, port: 8001 })).toBe(17);
    expect(dropsInTable(TABLE, { inode: 99999, port: 8001 })).toBeUndefined();
  });

  it('falls back to the port only when one socket has it', () => {
    expect(dropsInTable(TABLE, { port: 8001 })).toBe(17);
    expect(dropsInTable(TABLE, { port: 53 })).toBeUndefined();
    expect(dropsInTable('', { port: 8001 })).toBeUndefined();
  });
});

const SENT = 2_000;

/**
 * Sends SENT datagrams from another thread while this one, where the engine runs, is blocked:
 * nobody reads, so the small receive buffer fills and the kernel drops the rest.
 */
function floodWhileBlocked(port: number): void {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `
    const dgram = require('node:dgram');
    const { workerData } = require('node:worker_threads');
    const socket = dgram.createSocket('udp4');
    const payload = Buffer.alloc(512, 0x61);
    let left = workerData.count;
    const next = () => {
      if (left === 0) {
        socket.close();
        Atomics.store(workerData.done, 0, 1);
        Atomics.notify(workerData.done, 0);
        return;
      }
      left -= 1;
      socket.send(payload, workerData.port, '127.0.0.1', next);
    };
    next();
    `,
    { eval: true, workerData: { port, count: SENT, done } },
  );
  Atomics.wait(done, 0, 0, 10_000);
  void worker.terminate();
}

describe.skipIf(process.platform !== 'linux')('kernel drops on a UDP server (Linux)', () => {
  let engine: PuertoEngine | undefined;

  afterEach(async () => {
    await engine?.close();
  });

  it('counts what the kernel dropped while nobody read: received + dropped = sent', async () => {
    engine = new PuertoEngine({ udpReceiveBufferBytes: 16 * 1024, kernelDropsPollMs: 20 });
    const server = await engine.startServer({
      protocol: 'udp',
      port: 0,
      bind: { mode: 'loopback' },
      behaviour: { name: 'manual' },
    });
    floodWhileBlocked(server.port);
    const deadline = Date.now() + 4_000;
    let info: ServerInfo | undefined;
    for (;;) {
      info = (await engine.getState({})).servers.find((found) => found.id === server.id);
      const counted = (info?.counters.messagesIn ?? 0) + (info?.kernelDrops ?? 0);
      if (counted === SENT || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    console.info(`received ${info?.counters.messagesIn}, kernel dropped ${info?.kernelDrops}`);
    expect(info?.kernelDrops).toBeGreaterThan(0);
    expect((info?.counters.messagesIn ?? 0) + (info?.kernelDrops ?? 0)).toBe(SENT);
  });
});
