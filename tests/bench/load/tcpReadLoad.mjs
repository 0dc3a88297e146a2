/**
 * Reads a TCP service (chargen) as fast as it can for `seconds`, counting bytes, then closes.
 * Only the count is kept: the reader must not be what holds memory.
 */
import { connect } from 'node:net';
import process from 'node:process';
import { setTimeout } from 'node:timers';
import { numericOptions, report, secondsSince } from './loadArguments.mjs';

const { port, seconds } = numericOptions(['port', 'seconds']);
let bytes = 0;
const socket = connect({ host: '127.0.0.1', port });
const start = process.hrtime.bigint();
await new Promise((resolve, reject) => {
  socket.once('error', reject);
  socket.on('data', (chunk) => (bytes += chunk.length));
  socket.once('close', () => reject(new Error(`the server closed after ${bytes} bytes`)));
  socket.once('connect', () => setTimeout(resolve, seconds * 1000));
});
const elapsed = secondsSince(start);
socket.removeAllListeners('close');
socket.destroy();
report({ bytes, seconds: elapsed, mbPerSecond: bytes / 1e6 / elapsed });
