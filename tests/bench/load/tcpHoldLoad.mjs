/**
 * Opens `count` TCP connections (at most `inFlight` opening at once) and holds them. A
 * connection counts as open once the server echoed one byte on it, which proves the server
 * accepted and served it, not only the kernel's handshake. Prints one line when all are open
 * (or failed), then holds them until a line arrives on stdin, closes them and prints the result.
 */
import { connect } from 'node:net';
import process from 'node:process';
import { createInterface } from 'node:readline';
import { clearTimeout, setTimeout } from 'node:timers';
import { numericOptions, report, secondsSince } from './loadArguments.mjs';

const { port, count, inFlight, timeout } = numericOptions(['port', 'count', 'inFlight', 'timeout']);
const held = [];
let failures = 0;
let firstError = '';

function openOne() {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const timer = setTimeout(() => fail(new Error('timed out')), timeout);
    function fail(error) {
      clearTimeout(timer);
      failures++;
      firstError ||= error.message;
      socket.destroy();
      resolve();
    }
    socket.once('error', fail);
    socket.once('connect', () => socket.write('.'));
    socket.once('data', () => {
      clearTimeout(timer);
      socket.off('error', fail);
      // A reset while held is counted when the connections are closed.
      socket.on('error', () => undefined);
      held.push(socket);
      resolve();
    });
  });
}

const start = process.hrtime.bigint();
let next = 0;
async function opener() {
  while (next < count) {
    next++;
    await openOne();
  }
}
await Promise.all(Array.from({ length: Math.min(inFlight, count) }, opener));
const openSeconds = secondsSince(start);
report({ phase: 'open', opened: held.length, failures, openSeconds, firstError });

await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));
const stillOpen = held.filter((socket) => !socket.destroyed).length;
for (const socket of held) socket.destroy();
report({ phase: 'closed', opened: held.length, stillOpen, failures, openSeconds, firstError });
process.exit(0);
