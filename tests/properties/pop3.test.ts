/**
 * Property-based tests of the pop3 service's session and notes (issue 12): any command line,
 * numbers beyond any message, floods of empty lines, replies of any shape, cut into TCP segments
 * anywhere. The session answers every line with one +OK or -ERR reply in bounded time and never
 * sends more than the mailbox holds; each event is explained in bounded time and size.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Mailbox } from '../../electron/services/mail/mailbox';
import { pop3OptionsFrom } from '../../electron/services/mail/mailOptions';
import { UNPARSED_MAIL } from '../../electron/services/mail/parseMail';
import { Pop3ConversationNotes } from '../../electron/services/mail/pop3Notes';
import { Pop3Session } from '../../electron/services/mail/pop3Session';
import {
  check,
  expectBoundedConversation,
  lineStream,
  MAX_MS_PER_INPUT,
  segmentBudgetMs,
  printSlowest,
  timed,
} from './propertySupport';

afterAll(() => printSlowest('pop3'));

/** As many notes per event as the http notes keep (MAX_NOTES_PER_EVENT). */
const MAX_NOTES_PER_EVENT = 60;
const MAX_EVENT_NOTE_CHARS = 64 * 1024;
const MESSAGES = [
  'Subject: one\r\n\r\nline 1\r\n.starts with a dot\r\n',
  `Subject: two\r\n\r\n${'x'.repeat(70)}\r\n`.repeat(200),
];
const MAILBOX_BYTES = MESSAGES.reduce((sum, text) => sum + text.length, 0);

function mailbox(): Mailbox {
  const box = new Mailbox();
  for (const text of MESSAGES) {
    box.store(box.nextId(), {
      envelopeFrom: 'profe@lab.example',
      mailboxes: ['alumno'],
      raw: Buffer.from(text, 'latin1'),
      parsed: UNPARSED_MAIL,
    });
  }
  return box;
}

const number = fc.oneof(
  fc.integer({ min: -3, max: 5 }).map(String),
  fc.constantFrom('99999999999999999999', '1e3', '0x1', '', '1.5', 'NaN', '-0'),
);
const command = fc.oneof(
  fc.constantFrom('USER alumno', 'PASS alumno', 'USER', 'PASS', 'USER a b c', 'APOP x y'),
  fc.constantFrom('STAT', 'LIST', 'UIDL', 'NOOP', 'RSET', 'CAPA', 'QUIT', '', '   '),
  fc
    .tuple(fc.constantFrom('RETR', 'DELE', 'LIST', 'UIDL', 'retr'), number)
    .map(([keyword, argument]) => `${keyword} ${argument}`),
  fc.tuple(number, number).map(([message, lines]) => `TOP ${message} ${lines}`),
  fc.string({ maxLength: 600 }),
);

describe('the POP3 session', () => {
  it('answers every line with one reply, in bounded time and size', () => {
    check(
      fc.property(fc.array(command, { maxLength: 40 }), (lines) => {
        const session = new Pop3Session(
          mailbox(),
          pop3OptionsFrom({ name: 'pop3', domain: 'lab.example' }),
        );
        for (const line of lines) {
          const { result: reply, ms } = timed('handle', () => session.handle(line));
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
          if (session.state === 'update' && reply.bytes.byteLength === 0) continue;
          const text = reply.bytes.toString('latin1');
          expect(text).toMatch(/^(\+OK|-ERR)[^\r\n]*\r\n/);
          expect(text.endsWith('\r\n')).toBe(true);
          // A multi-line answer holds at most the whole mailbox, dot-stuffed, and its listing.
          expect(reply.bytes.byteLength).toBeLessThanOrEqual(2 * MAILBOX_BYTES + 1_024);
        }
      }),
    );
  });
});

describe('the POP3 notes', () => {
  const reply = fc.oneof(
    fc.constantFrom('+OK', '+OK 2 messages (320 octets)', '-ERR no', '.', '1 120', 'junk'),
    fc.string({ maxLength: 80 }),
  );

  it('explain any conversation, either way, in bounded time and size', () => {
    check(
      fc.property(lineStream(command), lineStream(reply), (incoming, outgoing) => {
        expectBoundedConversation(new Pop3ConversationNotes(), incoming, outgoing, {
          maxNotes: MAX_NOTES_PER_EVENT,
          maxChars: MAX_EVENT_NOTE_CHARS,
        });
      }),
    );
  });
});

describe('a flood of empty lines (found by the properties above)', () => {
  const flood = new Uint8Array(64 * 1024).fill(0x0a);

  it('is explained in 60 notes, the rest counted, both ways, in bounded time', () => {
    const notes = new Pop3ConversationNotes();
    const request = notes.describe('in', flood);
    // Before: 65,536 notes, 3.7 MB of JSON, and the replies then took two seconds to match.
    const { result: response, ms } = timed('flood out', () => notes.describe('out', flood));
    expect(ms).toBeLessThan(segmentBudgetMs(flood.byteLength));
    for (const note of [request, response]) {
      expect(note.lines).toHaveLength(MAX_NOTES_PER_EVENT);
      expect(note.lines?.at(-1)).toMatchObject({
        key: 'services.mail.moreLines',
        params: { count: flood.byteLength - (MAX_NOTES_PER_EVENT - 1) },
      });
    }
  });
});
