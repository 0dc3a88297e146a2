/**
 * PORT and EPRT with arguments a hostile or careless client sends: every one is answered with a
 * real FTP reply (three digits, RFC 959 §4.2), 501 for a malformed argument, and never with
 * Node's own error text. Raw control connection on loopback, bounded in time.
 */
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { PuertoEngine } from '../../../electron/engine';
import { createLabEngine } from '../../../electron/services';

let engine: PuertoEngine | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await engine?.close();
  engine = undefined;
});

async function startFtp(): Promise<number> {
  engine = createLabEngine();
  const server = await engine.startServer({
    protocol: 'tcp',
    port: 0,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour: { name: 'ftp', readOnly: false, anonymous: true } as never,
  });
  return server.port;
}

/** Logs in anonymously, sends `command`, and returns the reply lines that follow its login. */
async function replyTo(port: number, command: string): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  socket.write(`USER anonymous\r\nPASS x\r\n${command}\r\nNOOP\r\n`);
  const deadline = Date.now() + 5_000;
  // NOOP's 200 comes after the reply to `command`, whatever that reply is.
  while (!/\r\n200 [^\r]*\r\n$/.test(received.split(/\r\n230 [^\r]*\r\n/)[1] ?? '')) {
    if (Date.now() > deadline) throw new Error(`no reply in ${JSON.stringify(received)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const afterLogin = received.split(/\r\n230 [^\r]*\r\n/)[1] ?? '';
  return afterLogin.split('\r\n').filter((line) => line !== '');
}

describe('ftp active mode arguments', () => {
  it.each([
    'PORT 1,2,3,4,999,999',
    'PORT 127,0,0,1,999,999',
    'PORT 127,0,0,1,256,0',
    'PORT 127,0,0,1',
    'PORT 127,0,0,1,0,0',
    'EPRT |1|127.0.0.1|99999|',
    'EPRT |1|127.0.0.1|port|',
  ])('answers %s with 501 and an explanation, not Node’s error', async (command) => {
    const port = await startFtp();
    const [reply, noop] = await replyTo(port, command);
    expect(reply).toMatch(/^501 Syntax error in parameters or arguments: \S.+/);
    expect(reply).not.toMatch(/ERR_|RangeError|options\.port|Received/);
    expect(noop).toMatch(/^200 /);
  });

  it('still connects a well-formed PORT to the client itself', async () => {
    const port = await startFtp();
    const [reply] = await replyTo(port, 'PORT 127,0,0,1,4,1');
    expect(reply).toMatch(/^200 /);
  });
});
