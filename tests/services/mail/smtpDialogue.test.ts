/** The SMTP line guard's reading of a conversation, fed bytes with no socket at all. */
import { describe, expect, it } from 'vitest';
import { SmtpDialogue } from '../../../electron/services/mail/smtpDialogue';
import type { SmtpInputPart } from '../../../electron/services/mail/smtpDialogue';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const shownParts = (parts: SmtpInputPart[]) =>
  parts.map((part) => {
    switch (part.kind) {
      case 'command':
        return `command:${part.text}`;
      case 'overlong':
        return `overlong:${part.bytes}`;
      case 'passthrough':
        return `${part.encrypted ? 'tls' : 'early'}:${Buffer.from(part.raw).toString('latin1')}`;
      default:
        return `${part.kind}:${Buffer.from(part.raw).toString('latin1')}`;
    }
  });

describe('SmtpDialogue', () => {
  it('splits command lines and keeps a partial one for the next chunk', () => {
    const dialogue = new SmtpDialogue(100);
    expect(shownParts(dialogue.incoming(bytes('EHLO pc\r\nMAIL FR')))).toEqual(['command:EHLO pc']);
    expect(shownParts(dialogue.incoming(bytes('OM:<a@lab.example>\r\n')))).toEqual([
      'command:MAIL FROM:<a@lab.example>',
    ]);
  });

  it('drops a line over the limit, however it is cut, and reads the next one', () => {
    const dialogue = new SmtpDialogue(10);
    // The limit counts the CRLF: ten bytes pass, eleven do not.
    expect(shownParts(dialogue.incoming(bytes('NOOP5678\r\n')))).toEqual(['command:NOOP5678']);
    expect(shownParts(dialogue.incoming(bytes('NOOP56789\r\n')))).toEqual(['overlong:11']);
    expect(dialogue.incoming(bytes('x'.repeat(25)))).toEqual([]);
    expect(shownParts(dialogue.incoming(bytes('yy\r\nNOOP\r\n')))).toEqual([
      'overlong:29',
      'command:NOOP',
    ]);
  });

  it('reads the message text only after 354, up to the line with only a dot', () => {
    const dialogue = new SmtpDialogue(10);
    dialogue.incoming(bytes('DATA\r\n'));
    dialogue.outgoing(bytes('354 go ahead\r\n'));
    const long = 'a long message line, longer than any command';
    expect(shownParts(dialogue.incoming(bytes(`${long}\r\n..dot\r\n.\r\nQUIT\r\n`)))).toEqual([
      `data:${long}\r\n..dot\r\n`,
      'dataEnd:.\r\n',
      'command:QUIT',
    ]);
  });

  it('finds the final dot when it straddles two chunks, and an empty message', () => {
    const dialogue = new SmtpDialogue(100);
    dialogue.incoming(bytes('DATA\r\n'));
    dialogue.outgoing(bytes('354 go ahead\r\n'));
    expect(shownParts(dialogue.incoming(bytes('text\r\n.')))).toEqual(['data:text\r\n.']);
    expect(shownParts(dialogue.incoming(bytes('\r\nNOOP\r\n')))).toEqual([
      'dataEnd:\r\n',
      'command:NOOP',
    ]);
    dialogue.incoming(bytes('DATA\r\n'));
    dialogue.outgoing(bytes('354 go ahead\r\n'));
    expect(shownParts(dialogue.incoming(bytes('.\r\n')))).toEqual(['dataEnd:.\r\n']);
    expect(dialogue.mode).toBe('command');
  });

  it('stays in commands when DATA is refused', () => {
    const dialogue = new SmtpDialogue(100);
    dialogue.incoming(bytes('DATA\r\n'));
    dialogue.outgoing(bytes('503 Error: need RCPT command\r\n'));
    expect(shownParts(dialogue.incoming(bytes('NOOP\r\n')))).toEqual(['command:NOOP']);
  });

  it('lets everything through once STARTTLS was answered 220', () => {
    const dialogue = new SmtpDialogue(10);
    dialogue.incoming(bytes('STARTTLS\r\n'));
    expect(dialogue.outgoing(bytes('220 Ready to start TLS\r\n'))[0]?.code).toBe(220);
    expect(dialogue.mode).toBe('tls');
    expect(shownParts(dialogue.incoming(bytes('\x16\x03\x01 no lines here at all')))).toEqual([
      'tls:\x16\x03\x01 no lines here at all',
    ]);
  });

  it('reads multi-line replies, final or not', () => {
    const dialogue = new SmtpDialogue(100);
    const replies = dialogue.outgoing(bytes('250-lab.example hello\r\n250 SIZE 1048576\r\n'));
    expect(replies.map((reply) => [reply.code, reply.final])).toEqual([
      [250, false],
      [250, true],
    ]);
  });
});
