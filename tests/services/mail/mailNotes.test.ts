/** The inspector's notes for SMTP and POP3, fed bytes with no socket at all. */
import { describe, expect, it } from 'vitest';
import { Pop3ConversationNotes } from '../../../electron/services/mail/pop3Notes';
import { SmtpConversationNotes } from '../../../electron/services/mail/smtpNotes';
import { translate } from '../../../shared/i18n';

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('SMTP notes', () => {
  it('explains an overlong line, an unknown command and an unusual reply', () => {
    const notes = new SmtpConversationNotes(20);
    const request = notes.describe('in', bytes(`${'A'.repeat(30)}\r\nFOO\r\n`));
    expect(request.role).toBe('request');
    expect(request.lines?.map((line) => [line.key, line.params])).toEqual([
      ['services.mail.smtp.overlong', { bytes: 32, limit: 20 }],
      ['services.mail.smtp.commands.unknown', { verb: 'FOO' }],
    ]);
    const reply = notes.describe('out', bytes('555 odd\r\n'));
    expect(reply.lines?.[0]?.key).toBe('services.mail.smtp.replies.class5');
    const text = translate('en', 'services.mail.smtp.overlong', { bytes: 32, limit: 20 });
    expect(text).toContain('32');
  });
});

describe('POP3 notes', () => {
  it('matches replies to commands and notes listings line by line', () => {
    const notes = new Pop3ConversationNotes();
    expect(notes.describe('out', bytes('+OK ready\r\n')).lines?.[0]?.key).toBe(
      'services.mail.pop3.replies.greeting',
    );
    notes.describe('in', bytes('STAT\r\nLIST\r\n'));
    const replies = notes.describe('out', bytes('+OK 2 320\r\n+OK 2 messages (320 octets)\r\n'));
    expect(replies.lines?.map((line) => [line.key, line.params])).toEqual([
      ['services.mail.pop3.replies.stat', { count: '2', octets: '320' }],
      ['services.mail.pop3.replies.list', { count: '2', octets: '320' }],
    ]);
    // The listing arrives in a later event: still read as LIST's content.
    const listing = notes.describe('out', bytes('1 120\r\n2 200\r\n.\r\n'));
    expect(listing.lines?.map((line) => line.key)).toEqual([
      'services.mail.pop3.content.listing',
      'services.mail.pop3.content.listing',
      'services.mail.pop3.content.end',
    ]);
  });

  it('summarises a retrieved message, byte-stuffed lines included, in one note', () => {
    const notes = new Pop3ConversationNotes();
    notes.describe('out', bytes('+OK ready\r\n'));
    notes.describe('in', bytes('RETR 1\r\n'));
    const body = Array.from({ length: 50 }, (_, index) => `..line ${index}`).join('\r\n');
    const reply = notes.describe('out', bytes(`+OK 900 octets\r\n${body}\r\n.\r\n`));
    expect(reply.lines?.map((line) => [line.key, line.params?.lines])).toEqual([
      ['services.mail.pop3.replies.retr', undefined],
      ['services.mail.pop3.content.message', 50],
      ['services.mail.pop3.content.end', undefined],
    ]);
    expect(reply.lines?.[0]?.params).toEqual({ count: '', octets: '900' });
  });
});
