/** POP3 (RFC 1939) state by state, against a real Mailbox, with no socket at all. */
import { beforeEach, describe, expect, it } from 'vitest';
import { Mailbox } from '../../../electron/services/mail/mailbox';
import { pop3OptionsFrom } from '../../../electron/services/mail/mailOptions';
import { UNPARSED_MAIL } from '../../../electron/services/mail/parseMail';
import { MAX_FAILED_LOGINS, Pop3Session } from '../../../electron/services/mail/pop3Session';

const MESSAGE_ONE =
  'From: profe@lab.example\r\nSubject: one\r\n\r\nline 1\r\n.starts with a dot\r\nline 3\r\n';
const MESSAGE_TWO = 'Subject: two\r\n\r\nhello\r\n';

let mailbox: Mailbox;

function store(raw: string, mailboxes = ['alumno']): string {
  const id = mailbox.nextId();
  mailbox.store(id, {
    envelopeFrom: 'profe@lab.example',
    mailboxes,
    raw: Buffer.from(raw, 'latin1'),
    parsed: UNPARSED_MAIL,
  });
  return id;
}

function session(accounts?: Array<{ user: string; password: string }>): Pop3Session {
  return new Pop3Session(
    mailbox,
    pop3OptionsFrom({ name: 'pop3', domain: 'lab.example', ...(accounts ? { accounts } : {}) }),
  );
}

/** Sends each line and returns the replies as text. */
function talk(pop3: Pop3Session, ...lines: string[]): string[] {
  return lines.map((line) => pop3.handle(line).bytes.toString('latin1'));
}

function loggedIn(user = 'alumno'): Pop3Session {
  const pop3 = session();
  const [, pass] = talk(pop3, `USER ${user}`, `PASS ${user}`);
  expect(pass).toMatch(/^\+OK /);
  return pop3;
}

beforeEach(() => {
  mailbox = new Mailbox();
});

describe('POP3 authorization', () => {
  it('greets, then logs in with the lab default (password = user name)', () => {
    store(MESSAGE_ONE);
    const pop3 = session();
    expect(pop3.greeting().toString()).toBe('+OK Puerto POP3 server ready for lab.example\r\n');
    const octets = Buffer.byteLength(MESSAGE_ONE);
    expect(talk(pop3, 'user alumno', 'pass alumno')).toEqual([
      '+OK send PASS\r\n',
      `+OK alumno's maildrop has 1 messages (${octets} octets)\r\n`,
    ]);
    expect(pop3.state).toBe('transaction');
  });

  it('refuses wrong passwords, PASS without USER, and commands of the other state', () => {
    const pop3 = session();
    expect(talk(pop3, 'PASS alumno', 'STAT', 'USER alumno', 'PASS wrong')).toEqual([
      '-ERR send USER first\r\n',
      '-ERR command not valid in this state, log in with USER and PASS first\r\n',
      '+OK send PASS\r\n',
      '-ERR [AUTH] invalid user name or password\r\n',
    ]);
    talk(pop3, 'USER alumno', 'PASS alumno');
    expect(talk(pop3, 'USER otro')).toEqual([
      '-ERR command not valid in this state, you are already logged in\r\n',
    ]);
  });

  it('hangs up after too many wrong passwords', () => {
    const pop3 = session();
    let last = pop3.handle('NOOP');
    for (let attempt = 0; attempt < MAX_FAILED_LOGINS; attempt++) {
      pop3.handle('USER alumno');
      last = pop3.handle('PASS nope');
    }
    expect(last.close).toBe(true);
    expect(last.bytes.toString()).toMatch(/^-ERR \[AUTH\] too many failed logins/);
  });

  it('with accounts, accepts exactly those (also written with the domain)', () => {
    const pop3 = session([{ user: 'profe', password: 'secreto' }]);
    expect(talk(pop3, 'USER alumno', 'PASS alumno')[1]).toMatch(/^-ERR \[AUTH\]/);
    expect(talk(pop3, 'USER profe@lab.example', 'PASS secreto')[1]).toMatch(
      /^\+OK profe's maildrop/,
    );
  });

  it('with a lab password, any user name logs in with it and no longer with itself', () => {
    const options = pop3OptionsFrom({ name: 'pop3', domain: 'lab.example', labPassword: 'aula-2' });
    const pop3 = new Pop3Session(mailbox, options);
    expect(talk(pop3, 'USER alumno', 'PASS alumno')[1]).toMatch(/^-ERR \[AUTH\]/);
    expect(talk(pop3, 'USER alumno', 'PASS aula-2')[1]).toMatch(/^\+OK alumno's maildrop/);
  });

  it('locks the mailbox: a second session gets -ERR [IN-USE] until the first ends', () => {
    const first = loggedIn();
    const second = session();
    expect(talk(second, 'USER alumno', 'PASS alumno')[1]).toBe(
      '-ERR [IN-USE] mailbox already in use by another session\r\n',
    );
    first.end();
    expect(talk(second, 'USER alumno', 'PASS alumno')[1]).toMatch(/^\+OK /);
  });

  it('answers unknown and empty commands with -ERR, and CAPA in any state', () => {
    const pop3 = session();
    expect(talk(pop3, 'HELO', '   ')).toEqual([
      '-ERR unknown command\r\n',
      '-ERR empty command\r\n',
    ]);
    expect(talk(pop3, 'CAPA')[0]).toBe(
      '+OK Capability list follows\r\nUSER\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n' +
        'IMPLEMENTATION Puerto\r\n.\r\n',
    );
  });
});

describe('POP3 transaction and update', () => {
  it('STAT, LIST and RETR with byte-stuffing and CRLF', () => {
    store(MESSAGE_ONE);
    store(MESSAGE_TWO);
    const pop3 = loggedIn();
    const one = Buffer.byteLength(MESSAGE_ONE);
    const two = Buffer.byteLength(MESSAGE_TWO);
    const [stat, list, listTwo, retr] = talk(pop3, 'STAT', 'LIST', 'LIST 2', 'RETR 1');
    expect(stat).toBe(`+OK 2 ${one + two}\r\n`);
    expect(list).toBe(`+OK 2 messages (${one + two} octets)\r\n1 ${one}\r\n2 ${two}\r\n.\r\n`);
    expect(listTwo).toBe(`+OK 2 ${two}\r\n`);
    expect(retr).toBe(
      `+OK ${one} octets\r\n${MESSAGE_ONE.replace('\n.starts', '\n..starts')}.\r\n`,
    );
  });

  it('TOP sends the headers, the blank line and the first lines of the body', () => {
    store(MESSAGE_ONE);
    const pop3 = loggedIn();
    expect(talk(pop3, 'TOP 1 0', 'TOP 1 2', 'TOP 1')).toEqual([
      '+OK top of message follows\r\nFrom: profe@lab.example\r\nSubject: one\r\n\r\n.\r\n',
      '+OK top of message follows\r\nFrom: profe@lab.example\r\nSubject: one\r\n\r\n' +
        'line 1\r\n..starts with a dot\r\n.\r\n',
      '-ERR syntax: TOP message-number lines\r\n',
    ]);
  });

  it('refuses bad message numbers and deleted messages', () => {
    store(MESSAGE_ONE);
    const pop3 = loggedIn();
    expect(talk(pop3, 'RETR 0', 'RETR 2', 'RETR x', 'DELE 1', 'DELE 1', 'RETR 1')).toEqual([
      '-ERR no such message, only 1 messages in maildrop\r\n',
      '-ERR no such message, only 1 messages in maildrop\r\n',
      '-ERR invalid message number\r\n',
      '+OK message 1 deleted\r\n',
      '-ERR message 1 already deleted\r\n',
      '-ERR message 1 already deleted\r\n',
    ]);
  });

  it('DELE + QUIT removes; RSET restores; leaving without QUIT deletes nothing', () => {
    store(MESSAGE_ONE);
    store(MESSAGE_TWO);
    const aborted = loggedIn();
    talk(aborted, 'DELE 1');
    aborted.end();
    expect(mailbox.messagesOf('alumno')).toHaveLength(2);

    const restored = loggedIn();
    expect(talk(restored, 'DELE 1', 'DELE 2', 'RSET', 'STAT')[2]).toMatch(/^\+OK maildrop has 2/);
    talk(restored, 'QUIT');
    expect(mailbox.messagesOf('alumno')).toHaveLength(2);

    const deleting = loggedIn();
    talk(deleting, 'DELE 1');
    const quit = deleting.handle('QUIT');
    expect(quit.close).toBe(true);
    expect(quit.bytes.toString()).toBe('+OK Puerto POP3 server signing off (1 messages left)\r\n');
    expect(mailbox.messagesOf('alumno').map((message) => message.raw.toString())).toEqual([
      MESSAGE_TWO,
    ]);
  });

  it('UIDL stays the same for a message across sessions and deletions', () => {
    const first = store(MESSAGE_ONE);
    const second = store(MESSAGE_TWO);
    const before = loggedIn();
    const octets = Buffer.byteLength(MESSAGE_ONE) + Buffer.byteLength(MESSAGE_TWO);
    expect(talk(before, 'UIDL')[0]).toBe(
      `+OK 2 messages (${octets} octets)\r\n1 ${first}\r\n2 ${second}\r\n.\r\n`,
    );
    talk(before, 'DELE 1', 'QUIT');
    const after = loggedIn();
    expect(talk(after, 'UIDL', 'UIDL 1')).toEqual([
      `+OK 1 messages (${MESSAGE_TWO.length} octets)\r\n1 ${second}\r\n.\r\n`,
      `+OK 1 ${second}\r\n`,
    ]);
  });

  it('keeps a message shared by two recipients until both deleted it', () => {
    store(MESSAGE_ONE, ['alumno', 'profe']);
    const alumno = loggedIn('alumno');
    talk(alumno, 'DELE 1', 'QUIT');
    expect(mailbox.messagesOf('profe')).toHaveLength(1);
    expect(mailbox.size).toBe(1);
    const profe = loggedIn('profe');
    talk(profe, 'DELE 1', 'QUIT');
    expect(mailbox.size).toBe(0);
    expect(mailbox.totalBytes).toBe(0);
  });
});
