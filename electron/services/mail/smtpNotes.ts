/**
 * The teaching layer of the smtp service: one explanation per command and reply line
 * ("MAIL FROM — who sends", "354 — go ahead"), the message's main headers one by one and its
 * body summarised, never one note per body line. Keys: `services.mail.smtp.*` in shared/i18n.
 */
import type { EventAnnotation, LineNote } from '../../../shared/contract/events';
import { boundedNotes, shown } from './noteText';
import type { ReplyLine, SmtpInputPart } from './smtpDialogue';
import { SmtpDialogue } from './smtpDialogue';

const KEYS = 'services.mail.smtp';
/** Header notes per event; the rest are counted in one note. */
const MAX_HEADER_NOTES = 24;
/** A message line longer than this is followed only to find its end. */
const MAX_MESSAGE_LINE = 4096;

const COMMAND_KEYS: Readonly<Record<string, string>> = {
  HELO: 'helo',
  EHLO: 'ehlo',
  MAIL: 'mail',
  RCPT: 'rcpt',
  DATA: 'data',
  RSET: 'rset',
  NOOP: 'noop',
  QUIT: 'quit',
  VRFY: 'vrfy',
  EXPN: 'expn',
  HELP: 'help',
  STARTTLS: 'starttls',
  AUTH: 'auth',
};

const REPLY_CODES = new Set([
  214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 500, 501, 502, 503, 504, 530, 550, 551,
  552, 553, 554,
]);

const HEADER_KEYS: Readonly<Record<string, string>> = {
  from: 'from',
  to: 'to',
  cc: 'cc',
  subject: 'subject',
  date: 'date',
  'message-id': 'messageId',
  'mime-version': 'mimeVersion',
  'content-type': 'contentType',
  'content-transfer-encoding': 'transferEncoding',
  received: 'received',
  'reply-to': 'replyTo',
  'x-mailer': 'mailer',
  'user-agent': 'mailer',
};

const EXTENSION_KEYS: Readonly<Record<string, string>> = {
  PIPELINING: 'pipelining',
  SIZE: 'size',
  '8BITMIME': 'eightBitMime',
  SMTPUTF8: 'smtpUtf8',
  STARTTLS: 'starttls',
  AUTH: 'auth',
  DSN: 'dsn',
  ENHANCEDSTATUSCODES: 'enhancedStatusCodes',
  REQUIRETLS: 'requireTls',
};

function commandNote(text: string): LineNote {
  const verb = (/^\s*(\S+)/.exec(text)?.[1] ?? '').toUpperCase();
  const argument = text.trim().slice(verb.length).trim();
  const key = COMMAND_KEYS[verb];
  if (verb === 'AUTH') return { text: 'AUTH …', key: `${KEYS}.commands.auth` };
  if (key !== undefined) {
    return {
      text: shown(text),
      key: `${KEYS}.commands.${key}`,
      params: { argument: shown(argument) },
    };
  }
  if (verb === '') return { text: '', key: `${KEYS}.commands.empty` };
  return { text: shown(text), key: `${KEYS}.commands.unknown`, params: { verb: shown(verb) } };
}

export function replyNote(reply: ReplyLine, lastVerb: string, firstOfReply: boolean): LineNote {
  const text = shown(reply.text);
  const code = reply.code;
  if (code === undefined) return { text, key: `${KEYS}.replies.malformed` };
  if (lastVerb === 'EHLO' && code === 250 && !firstOfReply) {
    const name = reply.text.slice(4).trim().split(/\s+/)[0]?.toUpperCase() ?? '';
    const value = reply.text.slice(4).trim().slice(name.length).trim();
    const key = EXTENSION_KEYS[name] ?? 'other';
    return { text, key: `${KEYS}.extensions.${key}`, params: { name, value } };
  }
  if (code === 250 && lastVerb === 'EHLO')
    return { text, key: `${KEYS}.replies.ehlo`, params: { code } };
  if (code === 220 && lastVerb === 'STARTTLS') {
    return { text, key: `${KEYS}.replies.startTls`, params: { code } };
  }
  const group = Math.floor(code / 100);
  if (!REPLY_CODES.has(code) && (group < 2 || group > 5)) {
    return { text, key: `${KEYS}.replies.malformed` };
  }
  const key = REPLY_CODES.has(code) ? `r${code}` : `class${group}`;
  return { text, key: `${KEYS}.replies.${key}`, params: { code } };
}

function headerName(line: string): string {
  return (/^([!-9;-~]+):/.exec(line)?.[1] ?? '').toLowerCase();
}

/** Explains one SMTP conversation, both directions. */
export class SmtpConversationNotes {
  readonly #dialogue: SmtpDialogue;
  readonly #maxLineBytes: number;
  #lastVerb = '';
  #replyStarted = false;
  #inHeaders = true;
  #messageLine = '';

  constructor(maxLineBytes: number) {
    this.#maxLineBytes = maxLineBytes;
    this.#dialogue = new SmtpDialogue(maxLineBytes);
  }

  describe(direction: 'in' | 'out', data: Uint8Array): EventAnnotation {
    if (direction === 'out') {
      const encrypted = this.#dialogue.mode === 'tls';
      const lines = encrypted ? [this.#encrypted(data.byteLength)] : this.#replies(data);
      return { protocol: 'smtp', role: 'response', lines: boundedNotes(lines) };
    }
    const lines = this.#dialogue.incoming(data).flatMap((part) => this.#partNotes(part));
    return { protocol: 'smtp', role: 'request', lines: boundedNotes(lines) };
  }

  #replies(data: Uint8Array): LineNote[] {
    return this.#dialogue.outgoing(data).map((reply) => {
      const note = replyNote(reply, this.#lastVerb, !this.#replyStarted);
      this.#replyStarted = !reply.final;
      return note;
    });
  }

  #encrypted(bytes: number): LineNote {
    return { text: '', key: `${KEYS}.encrypted`, params: { bytes } };
  }

  #partNotes(part: SmtpInputPart): LineNote[] {
    switch (part.kind) {
      case 'command': {
        this.#lastVerb = (/^\s*(\S+)/.exec(part.text)?.[1] ?? '').toUpperCase();
        if (this.#lastVerb === 'DATA') {
          this.#inHeaders = true;
          this.#messageLine = '';
        }
        return [commandNote(part.text)];
      }
      case 'overlong':
        return [
          {
            text: '…',
            key: `${KEYS}.overlong`,
            params: { bytes: part.bytes, limit: this.#maxLineBytes },
          },
        ];
      case 'data':
        return this.#messageNotes(part.raw);
      case 'dataEnd':
        return [{ text: '.', key: `${KEYS}.message.end` }];
      case 'passthrough':
        return part.encrypted
          ? [this.#encrypted(part.raw.byteLength)]
          : [{ text: '', key: `${KEYS}.early`, params: { bytes: part.raw.byteLength } }];
    }
  }

  /** Header lines one by one (the main ones by name), then the body counted, not listed. */
  #messageNotes(raw: Uint8Array): LineNote[] {
    const text = this.#messageLine + new TextDecoder().decode(raw);
    const lines = text.split('\n');
    const rest = lines.pop() ?? '';
    this.#messageLine = rest.length > MAX_MESSAGE_LINE ? '' : rest;
    const notes: LineNote[] = [];
    let headersLeft = 0;
    let bodyLines = 0;
    let preview: string | undefined;
    for (const full of lines) {
      const line = full.replace(/\r$/, '');
      if (this.#inHeaders) {
        if (line === '') {
          this.#inHeaders = false;
          notes.push({ text: '', key: `${KEYS}.message.endOfHeaders` });
        } else if (/^[ \t]/.test(line)) {
          continue;
        } else if (notes.length < MAX_HEADER_NOTES) {
          const name = headerName(line);
          const key = HEADER_KEYS[name] ?? (name === '' ? 'malformed' : 'other');
          notes.push({
            text: shown(line),
            key: `${KEYS}.message.headers.${key}`,
            params: { name },
          });
        } else {
          headersLeft += 1;
        }
        continue;
      }
      bodyLines += 1;
      if (preview === undefined && line.trim() !== '') preview = line;
    }
    if (headersLeft > 0) {
      notes.push({ text: '…', key: `${KEYS}.message.moreHeaders`, params: { count: headersLeft } });
    }
    if (bodyLines > 0) {
      notes.push({
        text: shown(preview ?? ''),
        key: `${KEYS}.message.body`,
        params: { lines: bodyLines },
      });
    }
    return notes;
  }
}
