/**
 * TCP echo load: `connections` sockets each send `bytes` and read every byte back, writing in
 * 64 KiB chunks and honouring backpressure. A small warm-up transfer first (not measured) so the
 * server's JIT and buffers are in a steady state. Result: bytes echoed, seconds, MB/s (10^6 B).
 */
import { Buffer } from 'node:buffer';
import { connect } from 'node:net';
import process from 'node:process';
import { numericOptions, report, secondsSince } from './loadArguments.mjs';

const { port, connections, bytes, warmup } = numericOptions([
  'port',
  'connections',
  'bytes',
  'warmup',
]);
const CHUNK = Buffer.alloc(64 * 1024, 'puerto bench ');

/** One connection: resolves when all `total` bytes came back; rejects on error or excess. */
function echoOnce(total) {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let received = 0;
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('error', reject);
    function pump() {
      while (sent < total) {
        const size = Math.min(CHUNK.length, total - sent);
        sent += size;
        const more = socket.write(size === CHUNK.length ? CHUNK : CHUNK.subarray(0, size));
        if (!more) return;
      }
    }
    socket.on('drain', pump);
    socket.on('data', (chunk) => {
      received += chunk.length;
      if (received > total) reject(new Error(`echo returned ${received} of ${total} bytes`));
      if (received === total) {
        socket.destroy();
        resolve();
      }
    });
    socket.once('close', () => {
      if (received < total) reject(new Error(`closed after ${received} of ${total} bytes`));
    });
    socket.once('connect', pump);
  });
}

async function run(size) {
  await Promise.all(Array.from({ length: connections }, () => echoOnce(size)));
}

if (warmup > 0) await run(warmup);
const start = process.hrtime.bigint();
await run(bytes);
const seconds = secondsSince(start);
const echoed = bytes * connections;
report({
  echoed,
  warmupEchoed: warmup * connections,
  seconds,
  mbPerSecond: echoed / 1e6 / seconds,
});
