import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { FtpConversationNotes } from '../../../electron/services/ftp/ftpNotes';

const bytes = (text: string) => new TextEncoder().encode(text);
const short = (key: string) => key.replace('services.ftp.', '');

describe('FtpConversationNotes', () => {
  it('explains each command with its argument, aliases included', () => {
    const notes = new FtpConversationNotes();
    const annotation = notes.describe(
      'in',
      bytes('USER anonymous\r\nXPWD\r\nRETR docs/a b.txt\r\n'),
    );
    expect(annotation).toMatchObject({ protocol: 'ftp', role: 'request' });
    expect(annotation.lines?.map((line) => short(line.key))).toEqual([
      'commands.USER',
      'commands.PWD',
      'commands.RETR',
    ]);
    expect(annotation.lines?.[0]?.text).toBe('USER anonymous');
    expect(annotation.lines?.[2]?.params).toEqual({ argument: 'docs/a b.txt' });
    const first = annotation.lines?.[0];
    expect(translate('en', first?.key ?? '', first?.params)).toBe(
      'the client says who it is: anonymous',
    );
    expect(translate('es', first?.key ?? '', first?.params)).toBe(
      'el cliente dice quién es: anonymous',
    );
  });

  it('waits for the end of a command split across two messages', () => {
    const notes = new FtpConversationNotes();
    expect(notes.describe('in', bytes('RE')).lines).toEqual([]);
    expect(notes.describe('in', bytes('TR a.txt\n')).lines).toEqual([
      { text: 'RETR a.txt', key: 'services.ftp.commands.RETR', params: { argument: 'a.txt' } },
    ]);
    expect(notes.describe('in', bytes('FOO bar\r\n')).lines?.[0]).toMatchObject({
      key: 'services.ftp.commands.unknown',
      params: { command: 'FOO' },
    });
  });

  it('explains reply codes, by number or by class, and multi-line replies', () => {
    const notes = new FtpConversationNotes();
    const feat = notes.describe(
      'out',
      bytes('211-Extensions supported\r\n SIZE\r\n MDTM\r\n211 End\r\n'),
    );
    expect(feat.role).toBe('response');
    expect(feat.lines?.map((line) => short(line.key))).toEqual([
      'replies.r211',
      'replies.continuation',
      'replies.continuation',
      'replies.end',
    ]);
    const passive = notes.describe('out', bytes('227 Entering Passive Mode (127,0,0,1,4,1)\r\n'));
    expect(passive.lines?.[0]?.key).toBe('services.ftp.replies.r227');
    expect(translate('en', passive.lines?.[0]?.key ?? '', passive.lines?.[0]?.params)).toMatch(
      /^227: the server opens a port for the data connection/,
    );
    const other = notes.describe('out', bytes('299 fine\r\nnonsense\r\n'));
    expect(other.lines?.map((line) => short(line.key))).toEqual([
      'replies.class2',
      'replies.malformed',
    ]);
  });

  it('bounds the notes of one message', () => {
    const notes = new FtpConversationNotes();
    const annotation = notes.describe('in', bytes('NOOP\r\n'.repeat(200)));
    expect(annotation.lines).toHaveLength(60);
    expect(annotation.lines?.at(-1)).toMatchObject({
      key: 'services.ftp.moreLines',
      params: { count: 141 },
    });
  });
});
