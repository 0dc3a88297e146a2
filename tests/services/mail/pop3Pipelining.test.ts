/**
 * A POP3 client that pipelines commands and reads nothing (issue 12: 8,000 bytes of `RETR 1`
 * against a 512 KiB message once queued 1.09 GB). Real sockets on loopback, bounded in time:
 * the server answers only while replies drain, refuses a flood with an error event, and keeps
 * answering correctly a client that pipelines a little and then reads.
 */
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { PuertoEngine } from '../../../electron/engine';
import { createLabEngine } from '../../../electron/services';
import type { ServiceContext } from '../../../electron/services';
import { Mailbox } from '../../../electron/services/mail';
import { UNPARSED_MAIL } from '../../../electron/services/mail/parseMail';
import type { DataEvent, ErrorEvent, PuertoEvent } from '../../../shared/contract/events';
import { recordEvents } from '../../engine/helpers';

const MESSAGE_BYTES = 512 * 1024;
const engines: PuertoEngine[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

function bigMessage(): Buffer {
  const line = 'x'.repeat(76) + '\r\n';
  const body = line.repeat(Math.ceil(MESSAGE_BYTES / line.length));
  return Buffer.from(`Subject: big\r\n\r\n${body}`, 'latin1');
}

async function labWithBigMail(pop3: Record<string, unknown> = {}) {
  const mailbox = new Mailbox();
  const id = mailbox.nextId();
  const raw = bigMessage();
  const outcome = mailbox.store(id, {
    envelopeFrom: 'profe@lab.example',
    mailboxes: ['alumno'],
    raw,
    parsed: UNPARSED_MAIL,
  });
  expect(outcome.stored).toBe(true);
  const context: ServiceContext = { mailbox };
  const engine = createLabEngine({}, context);
  engines.push(engine);
  const events = recordEvents(engine);
  const server = await engine.startServer({
    protocol: 'tcp',
    port: 0,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour: { name: 'pop3', domain: 'lab.example', ...pop3 } as never,
  });
  return { port: server.port, events, size: raw.byteLength };
}

const sentBytes = (events: PuertoEvent[]): number =>
  events
    .filter((event): event is DataEvent => event.kind === 'data-out')
    .reduce((total, event) => total + event.bytes, 0);

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A logged-in client that can stop reading (`socket.pause()`), as a hostile one would. */
async function loggedIn(port: number) {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.setEncoding('latin1').on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const waitFor = async (pattern: RegExp, timeoutMs = 8_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(received)) {
      if (Date.now() > deadline) throw new Error(`no ${String(pattern)}`);
      await settle(20);
    }
    return received;
  };
  socket.write('USER alumno\r\nPASS alumno\r\n');
  await waitFor(/\+OK alumno's maildrop has 1 messages/);
  received = '';
  return { socket, closed, waitFor, text: () => received };
}

describe('pop3 under pipelined commands', () => {
  it('answers only while the client reads, refuses a flood, and lets it all go', async () => {
    const lab = await labWithBigMail();
    const client = await loggedIn(lab.port);
    const before = sentBytes(lab.events);
    const memoryBefore = process.memoryUsage();

    // 8,000 bytes of `RETR 1`, and the client reads nothing.
    client.socket.pause();
    client.socket.write('RETR 1\r\n'.repeat(1000));
    await settle(1_000);
    const queued = sentBytes(lab.events) - before;
    const memoryAfter = process.memoryUsage();
    const grown =
      memoryAfter.heapUsed +
      memoryAfter.arrayBuffers -
      (memoryBefore.heapUsed + memoryBefore.arrayBuffers);
    // What loopback's kernel buffers took plus one reply, instead of 1,000 × 512 KiB.
    expect(queued).toBeLessThan(32 * 1024 * 1024);
    expect(grown).toBeLessThan(128 * 1024 * 1024);

    const refused = lab.events.filter(
      (event): event is ErrorEvent =>
        event.kind === 'error' && event.error.code === 'TOO_MANY_COMMANDS',
    );
    expect(refused).toHaveLength(1);
    expect(refused[0]?.error.details).toMatchObject({ limit: 64, protocol: 'POP3' });
    // The client that reads at last finds the reason, and the connection closes.
    client.socket.resume();
    await client.waitFor(
      /-ERR too many commands sent without reading the replies, the limit is 64\r\n$/,
    );
    await client.closed;
  });

  it('keeps reading paused while replies wait, then answers every pipelined command', async () => {
    const lab = await labWithBigMail();
    const client = await loggedIn(lab.port);
    const before = sentBytes(lab.events);
    const commands = 60;
    client.socket.pause();
    client.socket.write('RETR 1\r\n'.repeat(commands) + 'QUIT\r\n');
    await settle(500);
    // The server must not run ahead of a client that does not read.
    expect(sentBytes(lab.events) - before).toBeLessThan((commands / 2) * lab.size);

    client.socket.resume();
    const everything = await client.waitFor(/\+OK Puerto POP3 server signing off[^\r]*\r\n$/);
    expect(everything.match(/\+OK \d+ octets\r\n/g) ?? []).toHaveLength(commands);
    expect(everything.length).toBeGreaterThan(commands * lab.size);
    expect(lab.events.some((event) => event.kind === 'error')).toBe(false);
  });

  it('takes the limit from the options', async () => {
    const lab = await labWithBigMail({ maxPipelinedCommands: 4 });
    const client = await loggedIn(lab.port);
    client.socket.write('NOOP\r\n'.repeat(3));
    await client.waitFor(/^(\+OK\r\n){3}$/);
    client.socket.pause();
    client.socket.write('RETR 1\r\n'.repeat(100));
    await settle(500);
    client.socket.resume();
    await client.waitFor(
      /-ERR too many commands sent without reading the replies, the limit is 4\r\n$/,
    );
    await client.closed;
  });
});
