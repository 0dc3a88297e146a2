/**
 * One POP3 session (RFC 1939), without sockets: a command line in, the reply bytes out. The
 * AUTHORIZATION state takes USER and PASS and locks the mailbox; TRANSACTION numbers the
 * messages as they were at that moment and only marks deletions; QUIT enters UPDATE, where
 * they happen. A session that ends any other way deletes nothing.
 */
import type { Mailbox, StoredMessage } from './mailbox';
import type { Pop3Options } from './mailOptions';
import { mailboxFor, passwordMatches } from './pop3Accounts';
import { err, lines, multiline, ok, topOf } from './pop3Text';

export type Pop3State = 'authorization' | 'transaction' | 'update';

export interface Pop3Reply {
  bytes: Buffer;
  /** QUIT, or too many failed logins: close after sending. */
  close: boolean;
}

/** After this many wrong passwords the server hangs up (a slow guess, not a fast one). */
export const MAX_FAILED_LOGINS = 5;
const MAX_USER_CHARS = 64;

/** RFC 2449 §5 capabilities; RESP-CODES promises the [AUTH] and [IN-USE] codes below. */
const CAPABILITIES = [
  'USER',
  'TOP',
  'UIDL',
  'RESP-CODES',
  'AUTH-RESP-CODE',
  'IMPLEMENTATION Puerto',
];

const reply = (bytes: Buffer, close = false): Pop3Reply => ({ bytes, close });

type Handler = (args: string[]) => Pop3Reply;

export class Pop3Session {
  readonly #mailbox: Mailbox;
  readonly #options: Pop3Options;
  #state: Pop3State = 'authorization';
  #user: string | undefined;
  #owner: string | undefined;
  #messages: StoredMessage[] = [];
  readonly #deleted = new Set<number>();
  #failedLogins = 0;
  readonly #handlers: Readonly<Record<string, Handler>>;

  constructor(mailbox: Mailbox, options: Pop3Options) {
    this.#mailbox = mailbox;
    this.#options = options;
    this.#handlers = this.#commands();
  }

  get state(): Pop3State {
    return this.#state;
  }

  greeting(): Buffer {
    return ok(`Puerto POP3 server ready for ${this.#options.domain}`);
  }

  handle(line: string): Pop3Reply {
    if (this.#state === 'update') return reply(Buffer.alloc(0));
    const words = line
      .trim()
      .split(/\s+/)
      .filter((word) => word !== '');
    const keyword = (words.shift() ?? '').toUpperCase();
    if (keyword === '') return reply(err('empty command'));
    const handler = this.#handlers[keyword];
    if (handler === undefined) return reply(err('unknown command'));
    return handler(words);
  }

  /** The conversation ended without QUIT: nothing is deleted (RFC 1939 §6), the lock goes. */
  end(): void {
    if (this.#owner !== undefined) this.#mailbox.unlock(this.#owner);
    this.#owner = undefined;
    this.#state = 'update';
  }

  #commands(): Readonly<Record<string, Handler>> {
    const inTransaction =
      (handler: Handler): Handler =>
      (args) =>
        this.#state === 'transaction'
          ? handler(args)
          : reply(err('command not valid in this state, log in with USER and PASS first'));
    const inAuthorization =
      (handler: Handler): Handler =>
      (args) =>
        this.#state === 'authorization'
          ? handler(args)
          : reply(err('command not valid in this state, you are already logged in'));
    return {
      CAPA: () => reply(multiline('Capability list follows', lines(CAPABILITIES))),
      USER: inAuthorization((args) => this.#userCommand(args)),
      PASS: inAuthorization((args) => this.#passCommand(args)),
      QUIT: () => this.#quit(),
      STAT: inTransaction((args) => this.#stat(args)),
      LIST: inTransaction((args) => this.#list(args)),
      UIDL: inTransaction((args) => this.#uidl(args)),
      RETR: inTransaction((args) => this.#retr(args)),
      TOP: inTransaction((args) => this.#top(args)),
      DELE: inTransaction((args) => this.#dele(args)),
      NOOP: inTransaction(() => reply(ok())),
      RSET: inTransaction((args) => this.#rset(args)),
    };
  }

  #userCommand(args: string[]): Pop3Reply {
    this.#user = undefined;
    if (args.length !== 1) return reply(err('syntax: USER name'));
    const [name = ''] = args;
    if (name.length > MAX_USER_CHARS) return reply(err('user name too long'));
    this.#user = name;
    return reply(ok('send PASS'));
  }

  #passCommand(args: string[]): Pop3Reply {
    const user = this.#user;
    this.#user = undefined;
    if (user === undefined) return reply(err('send USER first'));
    // RFC 1939 §7: the password may contain spaces.
    const password = args.join(' ');
    const mailbox = mailboxFor(user, this.#options.domain);
    const matches =
      mailbox !== undefined && passwordMatches(this.#options, { user, mailbox, password });
    if (mailbox === undefined || !matches) {
      this.#failedLogins += 1;
      const tooMany = this.#failedLogins >= MAX_FAILED_LOGINS;
      const text = tooMany ? 'too many failed logins, goodbye' : 'invalid user name or password';
      return reply(err(`[AUTH] ${text}`), tooMany);
    }
    if (!this.#mailbox.lock(mailbox)) {
      return reply(err('[IN-USE] mailbox already in use by another session'));
    }
    this.#owner = mailbox;
    this.#state = 'transaction';
    this.#messages = this.#mailbox.messagesOf(mailbox);
    const { count, octets } = this.#totals();
    return reply(ok(`${mailbox}'s maildrop has ${count} messages (${octets} octets)`));
  }

  #quit(): Pop3Reply {
    if (this.#state !== 'transaction') {
      this.end();
      return reply(ok('Puerto POP3 server signing off'), true);
    }
    const owner = this.#owner as string;
    const ids = [...this.#deleted].map((number) => this.#messages[number - 1]?.id ?? '');
    this.#mailbox.remove(owner, ids);
    const left = this.#mailbox.messagesOf(owner).length;
    this.end();
    return reply(ok(`Puerto POP3 server signing off (${left} messages left)`), true);
  }

  #totals(): { count: number; octets: number } {
    let count = 0;
    let octets = 0;
    this.#messages.forEach((message, index) => {
      if (this.#deleted.has(index + 1)) return;
      count += 1;
      octets += message.raw.byteLength;
    });
    return { count, octets };
  }

  /** A message number given as an argument: its message, or the -ERR to answer. */
  #message(text: string | undefined): { number: number; message: StoredMessage } | Buffer {
    if (text === undefined || !/^\d{1,9}$/.test(text)) return err('invalid message number');
    const number = Number(text);
    const message = this.#messages[number - 1];
    if (number < 1 || message === undefined) {
      return err(`no such message, only ${this.#messages.length} messages in maildrop`);
    }
    if (this.#deleted.has(number)) return err(`message ${number} already deleted`);
    return { number, message };
  }

  #stat(args: string[]): Pop3Reply {
    if (args.length > 0) return reply(err('syntax: STAT'));
    const { count, octets } = this.#totals();
    return reply(ok(`${count} ${octets}`));
  }

  /** LIST and UIDL share their shape: one message, or all of them that are not deleted. */
  #scanListing(args: string[], value: (message: StoredMessage) => string): Pop3Reply {
    if (args.length > 1) return reply(err('too many arguments'));
    if (args.length === 1) {
      const found = this.#message(args[0]);
      if (Buffer.isBuffer(found)) return reply(found);
      return reply(ok(`${found.number} ${value(found.message)}`));
    }
    const listed = this.#messages.flatMap((message, index) =>
      this.#deleted.has(index + 1) ? [] : [`${index + 1} ${value(message)}`],
    );
    const { count, octets } = this.#totals();
    return reply(multiline(`${count} messages (${octets} octets)`, lines(listed)));
  }

  #list(args: string[]): Pop3Reply {
    return this.#scanListing(args, (message) => String(message.raw.byteLength));
  }

  #uidl(args: string[]): Pop3Reply {
    return this.#scanListing(args, (message) => message.id);
  }

  #retr(args: string[]): Pop3Reply {
    if (args.length !== 1) return reply(err('syntax: RETR message-number'));
    const found = this.#message(args[0]);
    if (Buffer.isBuffer(found)) return reply(found);
    return reply(multiline(`${found.message.raw.byteLength} octets`, found.message.raw));
  }

  #top(args: string[]): Pop3Reply {
    if (args.length !== 2 || !/^\d{1,9}$/.test(args[1] ?? '')) {
      return reply(err('syntax: TOP message-number lines'));
    }
    const found = this.#message(args[0]);
    if (Buffer.isBuffer(found)) return reply(found);
    return reply(multiline('top of message follows', topOf(found.message.raw, Number(args[1]))));
  }

  #dele(args: string[]): Pop3Reply {
    if (args.length !== 1) return reply(err('syntax: DELE message-number'));
    const found = this.#message(args[0]);
    if (Buffer.isBuffer(found)) return reply(found);
    this.#deleted.add(found.number);
    return reply(ok(`message ${found.number} deleted`));
  }

  #rset(args: string[]): Pop3Reply {
    if (args.length > 0) return reply(err('syntax: RSET'));
    this.#deleted.clear();
    const { count, octets } = this.#totals();
    return reply(ok(`maildrop has ${count} messages (${octets} octets)`));
  }
}
