/**
 * The teaching layer of the ftp service: one explanation per command the client sends
 * ("USER anonymous — the client says who it is") and per reply line the server sends ("227 —
 * the server opens a port for the data connection"). Keys: `services.ftp` in shared/i18n.
 * Only the control connection passes through the engine; data connections (listings, files)
 * are ftp-srv's own sockets and are not captured.
 */
import type { EventAnnotation, LineNote } from '../../../shared/contract/events';

const KEYS = 'services.ftp';
const KEPT_LINE_CHARS = 512;
const SHOWN_ARGUMENT_CHARS = 120;
export const MAX_NOTES_PER_EVENT = 60;

/** Commands with their own explanation; aliases (XPWD…) share their command's. */
const COMMAND_KEYS: Readonly<Record<string, string>> = {
  USER: 'USER',
  PASS: 'PASS',
  ACCT: 'ACCT',
  CWD: 'CWD',
  XCWD: 'CWD',
  CDUP: 'CDUP',
  XCUP: 'CDUP',
  PWD: 'PWD',
  XPWD: 'PWD',
  PASV: 'PASV',
  EPSV: 'EPSV',
  PORT: 'PORT',
  EPRT: 'EPRT',
  LIST: 'LIST',
  NLST: 'NLST',
  MLSD: 'MLSD',
  RETR: 'RETR',
  STOR: 'STOR',
  APPE: 'APPE',
  STOU: 'STOU',
  DELE: 'DELE',
  RMD: 'RMD',
  XRMD: 'RMD',
  MKD: 'MKD',
  XMKD: 'MKD',
  RNFR: 'RNFR',
  RNTO: 'RNTO',
  TYPE: 'TYPE',
  MODE: 'MODE',
  STRU: 'STRU',
  SYST: 'SYST',
  FEAT: 'FEAT',
  OPTS: 'OPTS',
  SIZE: 'SIZE',
  MDTM: 'MDTM',
  REST: 'REST',
  ABOR: 'ABOR',
  NOOP: 'NOOP',
  QUIT: 'QUIT',
  HELP: 'HELP',
  STAT: 'STAT',
  SITE: 'SITE',
  AUTH: 'AUTH',
  PBSZ: 'PBSZ',
  PROT: 'PROT',
  ALLO: 'ALLO',
};

const REPLY_CODES = new Set([
  110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 229, 230, 234,
  250, 257, 331, 332, 350, 421, 425, 426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 550, 551,
  552, 553,
]);

function shorten(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

export function commandNote(line: string): LineNote {
  const text = shorten(line, KEPT_LINE_CHARS);
  const space = line.indexOf(' ');
  const verb = (space === -1 ? line : line.slice(0, space)).trim().toUpperCase();
  const argument = shorten(space === -1 ? '' : line.slice(space + 1).trim(), SHOWN_ARGUMENT_CHARS);
  const key = COMMAND_KEYS[verb];
  if (key === undefined) {
    return { text, key: `${KEYS}.commands.unknown`, params: { command: shorten(verb, 20) } };
  }
  return { text, key: `${KEYS}.commands.${key}`, params: { argument } };
}

/** Follows one direction's lines across events, and the server's multi-line replies. */
class LineReader {
  #partial = '';

  lines(data: Uint8Array): string[] {
    const text = this.#partial + Buffer.from(data).toString('utf8');
    const parts = text.split('\n');
    this.#partial = shorten(parts.pop() ?? '', KEPT_LINE_CHARS);
    return parts.map((part) => part.replace(/\r$/, ''));
  }
}

export class FtpConversationNotes {
  readonly #commands = new LineReader();
  readonly #replies = new LineReader();
  /** The code of a multi-line reply in progress ("211-…" until "211 …", RFC 959 §4.2). */
  #multiline: string | undefined;

  describe(direction: 'in' | 'out', data: Uint8Array): EventAnnotation {
    const notes =
      direction === 'in'
        ? this.#commands
            .lines(data)
            .filter((line) => line.trim() !== '')
            .map(commandNote)
        : this.#replies.lines(data).map((line) => this.#replyNote(line));
    const lines =
      notes.length <= MAX_NOTES_PER_EVENT
        ? notes
        : [
            ...notes.slice(0, MAX_NOTES_PER_EVENT - 1),
            {
              text: '…',
              key: `${KEYS}.moreLines`,
              params: { count: notes.length - MAX_NOTES_PER_EVENT + 1 },
            },
          ];
    return { protocol: 'ftp', role: direction === 'in' ? 'request' : 'response', lines };
  }

  #replyNote(line: string): LineNote {
    const text = shorten(line, KEPT_LINE_CHARS);
    const match = /^(\d{3})([ -])/.exec(line) ?? /^(\d{3})()$/.exec(line);
    if (
      this.#multiline !== undefined &&
      (match === null || match[1] !== this.#multiline || match[2] === '-')
    ) {
      return { text, key: `${KEYS}.replies.continuation` };
    }
    if (match === null) return { text, key: `${KEYS}.replies.malformed` };
    const code = match[1] ?? '';
    const last = match[2] !== '-';
    const wasMultiline = this.#multiline !== undefined;
    this.#multiline = last ? undefined : code;
    if (wasMultiline) return { text, key: `${KEYS}.replies.end`, params: { code } };
    const number = Number(code);
    const key = REPLY_CODES.has(number) ? `r${code}` : `class${code[0]}`;
    return { text, key: `${KEYS}.replies.${key}`, params: { code } };
  }
}
