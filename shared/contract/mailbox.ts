/**
 * What the mailbox view shows of the lab mail: the messages the smtp service accepted and the
 * pop3 service serves, already parsed (the renderer never parses RFC 5322 itself).
 */

/** Longest message text a summary carries; the whole message stays readable over POP3. */
export const MAX_MAIL_TEXT_CHARS = 16 * 1024;

export interface MailSummary {
  /** Stable identifier, the same one POP3's UIDL reports. */
  id: string;
  /** Milliseconds since the epoch, when the server accepted the message (after DATA). */
  receivedAt: number;
  /** The envelope sender (MAIL FROM); empty for a bounce (`MAIL FROM:<>`). */
  envelopeFrom: string;
  /** Mailboxes (local parts) still holding it: a POP3 DELE removes it from one of them. */
  mailboxes: string[];
  /** The From, To and Subject headers as written in the message (may differ from the envelope). */
  from: string;
  to: string;
  subject: string;
  /** The Date header, when the message has a valid one. */
  date?: number;
  /** The plain text body, cut at MAX_MAIL_TEXT_CHARS. */
  text: string;
  textTruncated: boolean;
  /** File names of the attachments (unnamed ones are left out). */
  attachments: string[];
  /** Octets of the stored message (CRLF line ends), as POP3's LIST counts them. */
  size: number;
}

export interface MailboxContents {
  /** Newest first. */
  messages: MailSummary[];
}
