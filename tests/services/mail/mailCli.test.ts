/**
 * `puerto serve --tcp P:smtp --tcp Q:pop3`, judged as a lab would: swaks sends, curl reads
 * the same message back over POP3; relaying, junk, overlong lines and a message over the
 * size limit are refused with the protocol's 5xx reply and the service keeps serving.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, killRunning, startCli } from '../../cli/cliProcess';
import type { CliProcess } from '../../cli/cliProcess';
import { requireTool } from '../../support/requireTool';
import { curl, runProgram } from '../files/programs';
import { closeLineClients, LineClient } from './lineClient';

const hasTools = requireTool('swaks', 'swaks') && requireTool('curl', 'curl');

let cli: CliProcess;
let smtpPort: number;
let pop3Port: number;

beforeAll(async () => {
  if (!hasTools) return;
  smtpPort = await freePort();
  pop3Port = await freePort();
  cli = startCli(['serve', '--tcp', `${smtpPort}:smtp`, '--tcp', `${pop3Port}:pop3`, '--json']);
  // A loaded lab machine may take a while to start node.
  await cli.waitFor(
    () => cli.jsonLines().filter((line) => line.kind === 'listening').length === 2,
    30_000,
  );
}, 40_000);

afterEach(() => closeLineClients());

afterAll(async () => {
  await killRunning();
});

function swaks(args: string[]) {
  const server = ['--server', '127.0.0.1', '--port', String(smtpPort), '--timeout', '8'];
  return runProgram('swaks', [...server, ...args], { timeoutMs: 15_000 });
}

function pop3(user: string, path = '', extra: string[] = []) {
  return curl([`pop3://127.0.0.1:${pop3Port}/${path}`, '-u', user, ...extra]);
}

async function stillServing(): Promise<void> {
  const again = await swaks(['--to', 'postmaster@lab.example', '--body', 'still there?']);
  expect(again.code, again.stdout).toBe(0);
}

/** A fresh SMTP conversation, greeted and introduced. */
async function smtpSession(): Promise<LineClient> {
  const client = await LineClient.connect(smtpPort);
  await client.waitFor(/^220 lab\.example ESMTP Puerto.*\r\n/);
  await client.ask('EHLO aula', /^250 .*\r\n/m);
  return client;
}

describe.skipIf(!hasTools)('smtp and pop3 through the CLI, judged by swaks and curl', () => {
  it('delivers with swaks and reads the same message with curl', async () => {
    const sent = await swaks([
      '--to',
      'ana@lab.example',
      '--from',
      'profe@lab.example',
      '--header',
      'Subject: Práctica de correo',
      '--body',
      'Primera línea\n.empieza con punto\nfin',
    ]);
    expect(sent.code, sent.stdout + sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/<- {2}250 OK: message accepted/);

    const listing = await pop3('ana:ana');
    expect(listing.stderr).toBe('');
    const [number, size] = listing.stdout.trim().split(' ');
    expect(number).toBe('1');
    const message = await pop3('ana:ana', '1');
    expect(Buffer.byteLength(message.stdout, 'latin1')).toBe(Number(size));
    const text = Buffer.from(message.stdout, 'latin1').toString('utf8');
    expect(text).toContain('Subject: Práctica de correo');
    expect(text).toContain('From: profe@lab.example');
    // curl undoes the byte-stuffing, so the dot line arrives as written.
    expect(text).toContain('\r\n\r\nPrimera línea\r\n.empieza con punto\r\nfin\r\n');
  });

  it('never relays: mail for another domain is refused with 550', async () => {
    const relayed = await swaks(['--to', 'someone@example.com', '--body', 'relay me']);
    expect(relayed.code).not.toBe(0);
    expect(relayed.stdout).toMatch(/<\*\* 550 Error: relaying denied/);
    await stillServing();
  });

  it('answers junk and overlong lines with 500 and goes on with the same conversation', async () => {
    const client = await smtpSession();
    expect(await client.ask('FOO bar')).toBe('500 Error: command not recognized\r\n');
    expect(await client.ask('\u0001\u00ff binary junk')).toMatch(/^500 /);
    expect(await client.ask(`MAIL FROM:<${'x'.repeat(5000)}@lab.example>`)).toBe(
      '500 Error: line too long, the limit is 1000 bytes\r\n',
    );
    expect(await client.ask('RCPT TO:<ana@lab.example>')).toBe('503 Error: need MAIL command\r\n');
    expect(await client.ask('NOOP')).toBe('250 OK\r\n');
    expect(await client.ask('QUIT')).toBe('221 Bye\r\n');
    await client.waitClosed();
  });

  it('refuses a message over the size limit with 552 and keeps serving', async () => {
    const client = await smtpSession();
    await client.ask('MAIL FROM:<profe@lab.example>');
    await client.ask('RCPT TO:<ana@lab.example>');
    expect(await client.ask('DATA')).toMatch(/^354 /);
    const line = `${'y'.repeat(998)}\r\n`;
    client.send(line.repeat(1100));
    expect(await client.ask('.')).toBe(
      '552 Error: message exceeds fixed maximum message size 1048576\r\n',
    );
    expect(await client.ask('NOOP')).toBe('250 OK\r\n');
    await stillServing();
  });

  it('POP3 with curl: UIDL is stable, TOP sends the headers, DELE then QUIT removes', async () => {
    for (const body of ['first', 'second']) {
      const sent = await swaks(['--to', 'luis@lab.example', '--body', body]);
      expect(sent.code, sent.stdout).toBe(0);
    }
    const uidl = await pop3('luis:luis', '', ['-X', 'UIDL']);
    const ids = uidl.stdout.trim().split('\r\n');
    expect(ids).toHaveLength(2);
    expect((await pop3('luis:luis', '', ['-X', 'UIDL'])).stdout).toBe(uidl.stdout);

    const top = await pop3('luis:luis', '', ['-X', 'TOP 2 0']);
    expect(top.stdout).toMatch(/^Return-Path: /);
    expect(top.stdout).toMatch(/\r\n\r\n$/);
    expect(top.stdout).not.toContain('second');

    const deleted = await pop3('luis:luis', '', ['-X', 'DELE 1', '-I']);
    expect(deleted.code, deleted.stderr).toBe(0);
    const after = await pop3('luis:luis', '', ['-X', 'UIDL']);
    expect(after.stdout).toBe(`1 ${ids[1]?.split(' ')[1]}\r\n`);

    const denied = await pop3('luis:wrong');
    expect(denied.code).toBe(67);
  });

  it('POP3 by hand: bad commands and states get -ERR, RSET restores what DELE marked', async () => {
    const sent = await swaks(['--to', 'eva@lab.example', '--body', 'keep me']);
    expect(sent.code).toBe(0);
    const client = await LineClient.connect(pop3Port);
    await client.waitFor(/^\+OK Puerto POP3 server ready.*\r\n/);
    expect(await client.ask('STAT')).toMatch(/^-ERR command not valid in this state/);
    expect(await client.ask('BOGUS')).toBe('-ERR unknown command\r\n');
    expect(await client.ask(`USER ${'u'.repeat(600)}`)).toMatch(/^-ERR line too long/);
    await client.ask('USER eva');
    expect(await client.ask('PASS eva')).toMatch(/^\+OK eva's maildrop has 1 messages/);
    expect(await client.ask('DELE 1')).toBe('+OK message 1 deleted\r\n');
    expect(await client.ask('STAT')).toBe('+OK 0 0\r\n');
    expect(await client.ask('RSET')).toMatch(/^\+OK maildrop has 1 messages/);
    expect(await client.ask('QUIT')).toMatch(/\(1 messages left\)\r\n$/);
    await client.waitClosed();
    expect((await pop3('eva:eva')).stdout).toMatch(/^1 \d+\r\n$/);
  });
});
