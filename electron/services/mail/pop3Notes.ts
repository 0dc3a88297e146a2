/**
 * The teaching layer of the pop3 service: a note per command ("RETR 1 — the client asks for
 * message 1") and per reply line ("+OK", "-ERR"), listings line by line, a message's text
 * summarised. Replies are matched to commands in order. Keys: `services.mail.pop3.*`.
 */
import type { EventAnnotation, LineNote } from '../../../shared/contract/events';
import { boundedNotes, shown } from './noteText';

const KEYS = 'services.mail.pop3';
/** Listing lines noted per event; the rest are counted in one note. */
const MAX_LISTING_NOTES = 40;
const MAX_PARTIAL_LINE = 4096;
/**
 * Commands remembered while their replies have not been seen. The server closes a connection
 * with more than 64 waiting (`maxPipelinedCommands`); a flood beyond this is not matched.
 */
const MAX_WAITING_COMMANDS = 256;

const COMMAND_KEYS: Readonly<Record<string, string>> = {
  USER: 'user',
  PASS: 'pass',
  STAT: 'stat',
  LIST: 'list',
  UIDL: 'uidl',
  RETR: 'retr',
  TOP: 'top',
  DELE: 'dele',
  NOOP: 'noop',
  RSET: 'rset',
  QUIT: 'quit',
  CAPA: 'capa',
  APOP: 'apop',
};

/** What a command's +OK says, when it says more than "done". */
const OK_KEYS: Readonly<Record<string, string>> = {
  '': 'greeting',
  USER: 'user',
  PASS: 'loggedIn',
  STAT: 'stat',
  RETR: 'retr',
  TOP: 'top',
  DELE: 'dele',
  RSET: 'rset',
  QUIT: 'quit',
  LIST: 'list',
  UIDL: 'uidl',
  CAPA: 'capa',
};

type Content = 'listing' | 'uidListing' | 'capabilities' | 'message';

interface Command {
  keyword: string;
  hasArgument: boolean;
}

/** Which content follows a command's +OK, when it is a multi-line reply (RFC 1939 §3). */
function contentOf({ keyword, hasArgument }: Command): Content | undefined {
  if (keyword === 'CAPA') return 'capabilities';
  if (keyword === 'RETR' || keyword === 'TOP') return 'message';
  if (hasArgument) return undefined;
  if (keyword === 'LIST') return 'listing';
  if (keyword === 'UIDL') return 'uidListing';
  return undefined;
}

/** Splits text into complete lines (without CR LF), keeping a partial one for the next call. */
class LineSplitter {
  #rest = '';

  split(data: Uint8Array): string[] {
    const lines = (this.#rest + Buffer.from(data).toString('latin1')).split('\n');
    const rest = lines.pop() ?? '';
    this.#rest = rest.length > MAX_PARTIAL_LINE ? '' : rest;
    return lines.map((line) => line.replace(/\r$/, ''));
  }
}

function commandNote(line: string): { note: LineNote; command: Command } {
  const words = line
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const keyword = (words[0] ?? '').toUpperCase();
  const command = { keyword, hasArgument: words.length > 1 };
  const key = COMMAND_KEYS[keyword];
  if (keyword === '') return { note: { text: '', key: `${KEYS}.commands.empty` }, command };
  if (key === undefined) {
    return { note: { text: shown(line), key: `${KEYS}.commands.unknown` }, command };
  }
  const one = command.hasArgument && (keyword === 'LIST' || keyword === 'UIDL');
  const params = { argument: shown(words[1] ?? ''), lines: shown(words[2] ?? '') };
  const note = { text: shown(line), key: `${KEYS}.commands.${key}${one ? 'One' : ''}`, params };
  return { note, command };
}

/** The numbers a +OK carries: "2 messages (320 octets)", STAT's "2 320", RETR's "320 octets". */
function countsIn(line: string): Record<string, string> {
  const totals =
    /(\d+) messages? \((\d+) octets\)/.exec(line) ?? /^\+OK (\d+) (\d+)\s*$/.exec(line);
  if (totals !== null) return { count: totals[1] ?? '', octets: totals[2] ?? '' };
  return { count: '', octets: /^\+OK (\d+) octets/.exec(line)?.[1] ?? '' };
}

function statusNote(line: string, keyword: string): LineNote {
  const text = shown(line);
  if (line.startsWith('+OK')) {
    const key = OK_KEYS[keyword] ?? 'ok';
    return { text, key: `${KEYS}.replies.${key}`, params: countsIn(line) };
  }
  if (line.startsWith('-ERR')) {
    if (line.includes('[IN-USE]')) return { text, key: `${KEYS}.replies.inUse` };
    if (line.includes('[AUTH]')) return { text, key: `${KEYS}.replies.authFailed` };
    return { text, key: `${KEYS}.replies.err` };
  }
  return { text, key: `${KEYS}.replies.malformed` };
}

/** Explains one POP3 conversation, both directions. */
export class Pop3ConversationNotes {
  readonly #incoming = new LineSplitter();
  readonly #outgoing = new LineSplitter();
  /** Commands whose replies have not been read yet; the greeting answers the empty one. */
  readonly #waiting: Command[] = [{ keyword: '', hasArgument: false }];
  #content: Content | undefined;

  describe(direction: 'in' | 'out', data: Uint8Array): EventAnnotation {
    if (direction === 'in') {
      const lines = this.#incoming.split(data).map((line) => {
        const { note, command } = commandNote(line);
        if (this.#waiting.length < MAX_WAITING_COMMANDS) this.#waiting.push(command);
        return note;
      });
      return { protocol: 'pop3', role: 'request', lines: boundedNotes(lines) };
    }
    return { protocol: 'pop3', role: 'response', lines: boundedNotes(this.#replies(data)) };
  }

  #replies(data: Uint8Array): LineNote[] {
    const notes: LineNote[] = [];
    let listed = 0;
    let messageLines = 0;
    let preview: string | undefined;
    for (const line of this.#outgoing.split(data)) {
      const content = this.#content;
      if (content === undefined) {
        const command = this.#waiting.shift() ?? { keyword: '', hasArgument: false };
        notes.push(statusNote(line, command.keyword));
        if (line.startsWith('+OK')) this.#content = contentOf(command);
      } else if (line === '.') {
        this.#content = undefined;
        notes.push({ text: '.', key: `${KEYS}.content.end` });
      } else if (content === 'message') {
        messageLines += 1;
        preview ??= line;
      } else if (listed < MAX_LISTING_NOTES) {
        listed += 1;
        const [first = '', second = ''] = line.split(' ');
        const params = { first, second, name: first };
        notes.push({ text: shown(line), key: `${KEYS}.content.${content}`, params });
      } else {
        listed += 1;
      }
    }
    if (listed > MAX_LISTING_NOTES) {
      const count = listed - MAX_LISTING_NOTES;
      notes.push({ text: '…', key: `${KEYS}.content.more`, params: { count } });
    }
    if (messageLines > 0) {
      const message = {
        text: shown(preview ?? ''),
        key: `${KEYS}.content.message`,
        params: { lines: messageLines },
      };
      // The message's lines come before the final dot, so their note goes before its note.
      const end = notes.findIndex((note) => note.key === `${KEYS}.content.end`);
      notes.splice(end === -1 ? notes.length : end, 0, message);
    }
    return notes;
  }
}
