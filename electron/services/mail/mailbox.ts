/**
 * The lab mailbox: every message the smtp service accepted, kept in memory per recipient (its
 * local part: `alumno` for alumno at the lab domain), until that recipient deletes it over
 * POP3. One per engine, shared by all its smtp and pop3 servers. Bounded in count and bytes:
 * when full, SMTP refuses new mail with 452 instead of silently dropping old mail.
 */
import type { MailboxContents, MailSummary } from '../../../shared/contract/mailbox';
import { MAX_MAIL_TEXT_CHARS } from '../../../shared/contract/mailbox';
import type { ParsedMail } from './parseMail';

export interface MailboxLimits {
  maxMessages: number;
  /** All stored messages together. */
  maxTotalBytes: number;
}

export const DEFAULT_MAILBOX_LIMITS: MailboxLimits = {
  maxMessages: 500,
  maxTotalBytes: 64 * 1024 * 1024,
};

export interface StoredMessage {
  readonly id: string;
  readonly receivedAt: number;
  readonly envelopeFrom: string;
  /** The message as POP3 sends it: CRLF line ends, trace headers first. */
  readonly raw: Buffer;
  readonly parsed: ParsedMail;
}

export interface NewMessage {
  envelopeFrom: string;
  /** Local parts, lower case. */
  mailboxes: readonly string[];
  raw: Buffer;
  parsed: ParsedMail;
}

export type StoreOutcome = { stored: true; message: StoredMessage } | { stored: false };

interface Entry {
  message: StoredMessage;
  holders: Set<string>;
}

/** Local parts are compared in lower case, as students type them. */
export function mailboxName(localPart: string): string {
  return localPart.trim().toLowerCase();
}

export class Mailbox {
  readonly limits: MailboxLimits;
  /** In arrival order, which is the order POP3 numbers them. */
  readonly #entries = new Map<string, Entry>();
  readonly #locked = new Set<string>();
  #totalBytes = 0;
  #sequence = 0;
  /** Identifiers stay unique even across engines started in the same millisecond. */
  readonly #prefix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

  constructor(limits: Partial<MailboxLimits> = {}) {
    this.limits = { ...DEFAULT_MAILBOX_LIMITS, ...limits };
  }

  get size(): number {
    return this.#entries.size;
  }

  get totalBytes(): number {
    return this.#totalBytes;
  }

  /** An identifier for the next message: printable ASCII, as UIDL requires (RFC 1939 §7). */
  nextId(): string {
    this.#sequence += 1;
    return `${this.#prefix}.${this.#sequence}`;
  }

  hasRoomFor(bytes: number): boolean {
    return (
      this.#entries.size < this.limits.maxMessages &&
      this.#totalBytes + bytes <= this.limits.maxTotalBytes
    );
  }

  store(id: string, message: NewMessage, receivedAt = Date.now()): StoreOutcome {
    const holders = new Set(message.mailboxes.map(mailboxName));
    if (holders.size === 0 || !this.hasRoomFor(message.raw.byteLength)) return { stored: false };
    const stored: StoredMessage = {
      id,
      receivedAt,
      envelopeFrom: message.envelopeFrom,
      raw: message.raw,
      parsed: message.parsed,
    };
    this.#entries.set(id, { message: stored, holders });
    this.#totalBytes += stored.raw.byteLength;
    return { stored: true, message: stored };
  }

  /** What one recipient's mailbox holds, oldest first. */
  messagesOf(mailbox: string): StoredMessage[] {
    const name = mailboxName(mailbox);
    return [...this.#entries.values()]
      .filter((entry) => entry.holders.has(name))
      .map((entry) => entry.message);
  }

  /** Takes messages out of one mailbox; a message nobody holds any more is forgotten. */
  remove(mailbox: string, ids: Iterable<string>): number {
    const name = mailboxName(mailbox);
    let removed = 0;
    for (const id of ids) {
      const entry = this.#entries.get(id);
      if (entry === undefined || !entry.holders.delete(name)) continue;
      removed += 1;
      if (entry.holders.size === 0) {
        this.#entries.delete(id);
        this.#totalBytes -= entry.message.raw.byteLength;
      }
    }
    return removed;
  }

  /** RFC 1939 §8: one POP3 session at a time per mailbox. False when another holds it. */
  lock(mailbox: string): boolean {
    const name = mailboxName(mailbox);
    if (this.#locked.has(name)) return false;
    this.#locked.add(name);
    return true;
  }

  unlock(mailbox: string): void {
    this.#locked.delete(mailboxName(mailbox));
  }

  /** For the mailbox view: newest first, the text cut to a size a page can show. */
  contents(): MailboxContents {
    const messages = [...this.#entries.values()].reverse().map(summaryOf);
    return { messages };
  }
}

function summaryOf({ message, holders }: Entry): MailSummary {
  const { parsed } = message;
  const summary: MailSummary = {
    id: message.id,
    receivedAt: message.receivedAt,
    envelopeFrom: message.envelopeFrom,
    mailboxes: [...holders].sort(),
    from: parsed.from,
    to: parsed.to,
    subject: parsed.subject,
    text: parsed.text.slice(0, MAX_MAIL_TEXT_CHARS),
    textTruncated: parsed.text.length > MAX_MAIL_TEXT_CHARS,
    attachments: [...parsed.attachments],
    size: message.raw.byteLength,
  };
  if (parsed.date !== undefined) summary.date = parsed.date;
  return summary;
}
