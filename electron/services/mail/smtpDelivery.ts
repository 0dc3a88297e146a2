/**
 * What happens to a message once the client ends it with a lone dot: trace headers in front
 * (RFC 5321 §4.4: Return-Path and Received), line ends made CRLF so POP3 can count octets
 * exactly (RFC 1939 §11), parsed for the mailbox view, and stored for each lab recipient.
 */
import type { SMTPServerSession } from 'smtp-server';
import type { Mailbox, StoredMessage } from './mailbox';
import { parseMail } from './parseMail';

export interface Delivery {
  envelopeFrom: string;
  /** Local parts of the accepted recipients. */
  mailboxes: string[];
  /** The name the client gave in HELO/EHLO, its address, and how it spoke (SMTP, ESMTP…). */
  heloName: string;
  remoteAddress: string;
  transmission: string;
  recipients: string[];
}

/** RFC 5322 §3.3 date, with a numeric zone. */
function mailDate(time: number): string {
  return new Date(time).toUTCString().replace(/GMT$/, '+0000');
}

/** Every line ends in CRLF, the last one included: what POP3 sends and counts. */
export function withCrlf(text: Buffer): Buffer {
  const lines = text.toString('latin1').replace(/\r?\n/g, '\r\n');
  const ended = lines === '' || lines.endsWith('\r\n') ? lines : `${lines}\r\n`;
  return Buffer.from(ended, 'latin1');
}

export function traceHeaders(delivery: Delivery, domain: string, id: string, time: number): string {
  const recipient = delivery.recipients.length === 1 ? `\r\n\tfor <${delivery.recipients[0]}>` : '';
  return (
    `Return-Path: <${delivery.envelopeFrom}>\r\n` +
    `Received: from ${delivery.heloName || 'unknown'} ([${delivery.remoteAddress}])\r\n` +
    `\tby ${domain} (Puerto) with ${delivery.transmission} id ${id}${recipient};\r\n` +
    `\t${mailDate(time)}\r\n`
  );
}

export function deliveryOf(
  session: SMTPServerSession,
  localPart: (address: string) => string,
): Delivery {
  const mailFrom = session.envelope.mailFrom;
  const recipients = session.envelope.rcptTo.map((recipient) => recipient.address);
  const delivery: Delivery = {
    envelopeFrom: mailFrom === false ? '' : mailFrom.address,
    mailboxes: recipients.map(localPart),
    heloName: session.hostNameAppearsAs,
    remoteAddress: session.remoteAddress,
    transmission: session.transmissionType || 'SMTP',
    recipients,
  };
  return delivery;
}

/** Stores the message; undefined when the mailbox has no room left for it. */
export async function deliver(
  mailbox: Mailbox,
  domain: string,
  delivery: Delivery,
  body: Buffer,
  time = Date.now(),
): Promise<StoredMessage | undefined> {
  const id = mailbox.nextId();
  const raw = withCrlf(
    Buffer.concat([Buffer.from(traceHeaders(delivery, domain, id, time), 'latin1'), body]),
  );
  if (!mailbox.hasRoomFor(raw.byteLength)) return undefined;
  const parsed = await parseMail(raw);
  const outcome = mailbox.store(
    id,
    { envelopeFrom: delivery.envelopeFrom, mailboxes: delivery.mailboxes, raw, parsed },
    time,
  );
  return outcome.stored ? outcome.message : undefined;
}
