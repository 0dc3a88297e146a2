/**
 * The mail services inside an engine, as a host runs them: swaks delivers (over STARTTLS when
 * asked), `getMailbox` through the dispatcher shows the parsed message, and every captured
 * message carries its explanation. Real sockets on loopback.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, validateRequest } from '../../../electron/boundary';
import type { PuertoEngine } from '../../../electron/engine';
import { createLabEngine, serviceHandlers } from '../../../electron/services';
import { Mailbox } from '../../../electron/services/mail';
import type { ServiceContext } from '../../../electron/services';
import type { Request } from '../../../shared/contract/commands';
import type { DataEvent, PuertoEvent } from '../../../shared/contract/events';
import type { MailboxContents } from '../../../shared/contract/mailbox';
import { translate } from '../../../shared/i18n';
import { recordEvents } from '../../engine/helpers';
import { runProgram } from '../files/programs';
import { requireTool } from '../../support/requireTool';
import { closeLineClients, LineClient } from './lineClient';

const hasSwaks = requireTool('swaks', 'swaks');
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  closeLineClients();
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

function startRequest(behaviour: Record<string, unknown>): Request<'startServer'> {
  const checked = validateRequest('startServer', {
    protocol: 'tcp',
    port: 0,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour,
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.error));
  return checked.value.request as Request<'startServer'>;
}

async function labWithMail(
  smtp: Record<string, unknown> = {},
  pop3: Record<string, unknown> = {},
  context: ServiceContext = {},
) {
  const engine: PuertoEngine = createLabEngine({}, context);
  cleanups.push(() => engine.close());
  const events = recordEvents(engine);
  const dispatch = createDispatcher(engine, serviceHandlers(context));
  const smtpPort = (await engine.startServer(startRequest({ name: 'smtp', ...smtp }))).port;
  const pop3Port = (await engine.startServer(startRequest({ name: 'pop3', ...pop3 }))).port;
  const mailbox = async () => {
    const result = await dispatch('getMailbox', {});
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as MailboxContents;
  };
  return { engine, events, smtpPort, pop3Port, mailbox };
}

function swaks(port: number, args: string[]) {
  return runProgram(
    'swaks',
    ['--server', '127.0.0.1', '--port', String(port), '--timeout', '8', ...args],
    { timeoutMs: 15_000 },
  );
}

function dataEvents(events: PuertoEvent[], protocol: string): DataEvent[] {
  return events.filter(
    (event): event is DataEvent =>
      (event.kind === 'data-in' || event.kind === 'data-out') &&
      event.annotation?.protocol === protocol,
  );
}

describe.skipIf(!hasSwaks)('mail services in the engine', () => {
  it('delivers over STARTTLS and shows the parsed message with getMailbox', async () => {
    const lab = await labWithMail({ starttls: true });
    const folder = await mkdtemp(join(tmpdir(), 'puerto-mail-'));
    cleanups.push(() => rm(folder, { recursive: true, force: true }));
    const attachment = join(folder, 'notas.txt');
    await writeFile(attachment, 'apuntes de la práctica\n');

    const sent = await swaks(lab.smtpPort, [
      '-tls',
      '--to',
      'Alumno@lab.example',
      '--from',
      'profe@lab.example',
      '--header',
      'Subject: Práctica 4',
      '--body',
      'Hola, mañana hay laboratorio.',
      '--attach',
      `@${attachment}`,
    ]);
    expect(sent.code, sent.stdout + sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/<- {2}220 Ready to start TLS/);
    // swaks marks what travelled inside TLS with "~".
    expect(sent.stdout).toMatch(/<~ {2}250 OK: message accepted/);

    const { messages } = await lab.mailbox();
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toMatchObject({
      envelopeFrom: 'profe@lab.example',
      mailboxes: ['alumno'],
      from: 'profe@lab.example',
      to: 'Alumno@lab.example',
      subject: 'Práctica 4',
      textTruncated: false,
      attachments: ['notas.txt'],
    });
    expect(message?.text).toContain('Hola, mañana hay laboratorio.');
    expect(message?.size).toBeGreaterThan(200);

    // After the handshake the inspector can only say the bytes are encrypted.
    const smtp = dataEvents(lab.events, 'smtp');
    const keys = smtp.flatMap((event) => event.annotation?.lines?.map((line) => line.key) ?? []);
    expect(keys).toContain('services.mail.smtp.commands.starttls');
    expect(keys).toContain('services.mail.smtp.replies.startTls');
    expect(keys).toContain('services.mail.smtp.encrypted');
    expect(keys).not.toContain('services.mail.smtp.commands.data');
  });

  it('explains a plain dialogue line by line, summarising the message body', async () => {
    const lab = await labWithMail();
    const body = Array.from({ length: 30 }, (_, index) => `line ${index + 1}`).join('\n');
    const sent = await swaks(lab.smtpPort, [
      '--to',
      'alumno@lab.example',
      '--from',
      'profe@lab.example',
      '--header',
      'Subject: Notas',
      '--body',
      body,
    ]);
    expect(sent.code, sent.stderr).toBe(0);

    const smtp = dataEvents(lab.events, 'smtp');
    expect(
      smtp.every(
        (event) => event.annotation?.role === (event.kind === 'data-in' ? 'request' : 'response'),
      ),
    ).toBe(true);
    const notes = smtp.flatMap((event) => event.annotation?.lines ?? []);
    const byKey = (key: string) => notes.filter((note) => note.key === `services.mail.smtp.${key}`);
    expect(byKey('replies.r220')[0]?.text).toMatch(/^220 lab\.example ESMTP Puerto/);
    expect(byKey('commands.rcpt')[0]?.params?.argument).toBe('TO:<alumno@lab.example>');
    expect(byKey('replies.r354')).toHaveLength(1);
    expect(byKey('extensions.size')[0]?.params?.value).toBe('1048576');
    expect(byKey('message.headers.subject')[0]?.text).toBe('Subject: Notas');
    expect(byKey('message.end')).toHaveLength(1);
    // Thirty body lines, but never one note each.
    const bodyNotes = byKey('message.body');
    expect(bodyNotes.length).toBeGreaterThan(0);
    expect(bodyNotes.length).toBeLessThan(4);
    expect(
      bodyNotes.reduce((sum, note) => sum + Number(note.params?.lines), 0),
    ).toBeGreaterThanOrEqual(30);

    for (const note of notes) {
      expect(translate('en', note.key, note.params), note.key).not.toBe(note.key);
      expect(translate('es', note.key, note.params), note.key).not.toBe(note.key);
    }
  });

  it('reads the same message over POP3, with every reply explained', async () => {
    const lab = await labWithMail();
    const sent = await swaks(lab.smtpPort, ['--to', 'alumno@lab.example', '--body', 'hola']);
    expect(sent.code, sent.stderr).toBe(0);

    const pop3 = await LineClient.connect(lab.pop3Port);
    await pop3.waitFor(/^\+OK .*\r\n/);
    await pop3.ask('USER alumno');
    await pop3.ask('PASS alumno');
    const retr = await pop3.ask('RETR 1', /\r\n\.\r\n/);
    expect(retr).toMatch(/^\+OK \d+ octets\r\nReturn-Path: <[^>]*>\r\nReceived: from /);
    expect(retr).toContain('\r\n\r\nhola\r\n');
    await pop3.ask('QUIT');

    const notes = dataEvents(lab.events, 'pop3').flatMap((event) => event.annotation?.lines ?? []);
    const keys = notes.map((note) => note.key.replace('services.mail.pop3.', ''));
    expect(keys).toEqual(
      expect.arrayContaining([
        'replies.greeting',
        'commands.user',
        'commands.pass',
        'replies.loggedIn',
        'commands.retr',
        'replies.retr',
        'content.message',
        'content.end',
        'commands.quit',
        'replies.quit',
      ]),
    );
    expect(notes.find((note) => note.key.endsWith('commands.retr'))?.params?.argument).toBe('1');
    for (const note of notes) expect(translate('es', note.key, note.params)).not.toBe(note.key);
  });
});

describe('mail services limits', () => {
  it('SMTP says 421 to a client silent for longer than idleSeconds; POP3 just hangs up', async () => {
    const lab = await labWithMail({ idleSeconds: 1 }, { idleSeconds: 1 });
    const smtp = await LineClient.connect(lab.smtpPort);
    const pop3 = await LineClient.connect(lab.pop3Port);
    await smtp.waitFor(/^220 .*\r\n/);
    await pop3.waitFor(/^\+OK .*\r\n/);
    expect(await smtp.waitFor(/\r\n/, 4_000)).toBe(
      '421 lab.example Timeout, closing connection\r\n',
    );
    await smtp.waitClosed(4_000);
    await pop3.waitClosed(4_000);
  });

  it('answers 452 when the lab mailbox is full, and takes mail again once POP3 deleted some', async () => {
    const lab = await labWithMail({}, {}, { mailbox: new Mailbox({ maxMessages: 1 }) });
    const smtp = await LineClient.connect(lab.smtpPort);
    await smtp.waitFor(/^220 .*\r\n/);
    await smtp.ask('HELO aula');
    const send = async () => {
      await smtp.ask('MAIL FROM:<profe@lab.example>');
      const rcpt = await smtp.ask('RCPT TO:<ana@lab.example>');
      if (!rcpt.startsWith('250')) {
        await smtp.ask('RSET');
        return rcpt;
      }
      await smtp.ask('DATA');
      return smtp.ask('Subject: hola\r\n\r\nhola\r\n.');
    };
    expect(await send()).toMatch(/^250 OK: message accepted/);
    expect(await send()).toBe('452 Error: the lab mailbox is full, delete some mail over POP3\r\n');

    const pop3 = await LineClient.connect(lab.pop3Port);
    await pop3.waitFor(/^\+OK .*\r\n/);
    await pop3.ask('USER ana');
    await pop3.ask('PASS ana');
    await pop3.ask('DELE 1');
    await pop3.ask('QUIT');
    expect(await send()).toMatch(/^250 OK: message accepted/);
    expect((await lab.mailbox()).messages).toHaveLength(1);
  });
});
