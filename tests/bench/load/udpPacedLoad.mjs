/**
 * UDP load at a fixed pace: `size`-byte datagrams at `rate` a second for `seconds`, sent in
 * small bursts on ~1 ms timer ticks (the count due is computed from the clock, so late ticks
 * catch up), never more than rate × seconds in all. Replies are counted until `linger` ms after
 * the last send. A timer rather than a busy loop, so the sender does not take a core from the
 * server on a 2-core machine.
 */
import { Buffer } from 'node:buffer';
import { createSocket } from 'node:dgram';
import process from 'node:process';
import { setTimeout } from 'node:timers';
import { numericOptions, report, secondsSince } from './loadArguments.mjs';

const { port, rate, seconds, size, linger } = numericOptions([
  'port',
  'rate',
  'seconds',
  'size',
  'linger',
]);
const total = Math.round(rate * seconds);
const payload = Buffer.alloc(size, 'u');
const socket = createSocket('udp4');
let sent = 0;
let received = 0;
let sendErrors = 0;
socket.on('message', () => received++);
socket.on('error', () => sendErrors++);
const onSent = (error) => {
  if (error) sendErrors++;
};

await new Promise((resolve) => socket.bind(0, '127.0.0.1', resolve));
// Room for every reply the test can produce, so losses are the server's, not this client's.
socket.setRecvBufferSize(4 * 1024 * 1024);

const start = process.hrtime.bigint();
await new Promise((resolve) => {
  function tick() {
    const due = Math.min(total, Math.floor(secondsSince(start) * rate));
    while (sent < due) {
      socket.send(payload, port, '127.0.0.1', onSent);
      sent++;
    }
    if (sent >= total) resolve();
    else setTimeout(tick, 1);
  }
  tick();
});
const sendSeconds = secondsSince(start);
await new Promise((resolve) => setTimeout(resolve, linger));
socket.close();
report({
  sent,
  received,
  sendErrors,
  sendSeconds,
  lossPercent: sent > 0 ? ((sent - received) / sent) * 100 : NaN,
});
