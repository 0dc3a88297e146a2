/**
 * The parsed view of a message for the mailbox view, by mailparser's `simpleParser`: who it is
 * from and to, the subject, the date, the plain text and the attachments' names. Parsing never
 * fails the delivery: a message mailparser cannot read is kept with what could be read.
 */
import { simpleParser } from 'mailparser';
import type { AddressObject } from 'mailparser';

export interface ParsedMail {
  from: string;
  to: string;
  subject: string;
  date?: number;
  text: string;
  attachments: readonly string[];
}

/** An HTML-only message is turned into text; beyond this size its text is left empty. */
const MAX_HTML_TO_PARSE = 256 * 1024;

function addressText(addresses: AddressObject | AddressObject[] | undefined): string {
  if (addresses === undefined) return '';
  const list = Array.isArray(addresses) ? addresses : [addresses];
  return list.map((address) => address.text).join(', ');
}

export const UNPARSED_MAIL: ParsedMail = {
  from: '',
  to: '',
  subject: '',
  text: '',
  attachments: [],
};

export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  try {
    const mail = await simpleParser(raw, {
      skipTextToHtml: true,
      skipImageLinks: true,
      skipTextLinks: true,
      maxHtmlLengthToParse: MAX_HTML_TO_PARSE,
    });
    const parsed: ParsedMail = {
      from: addressText(mail.from),
      to: addressText(mail.to),
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      attachments: mail.attachments.flatMap((attachment) =>
        attachment.filename === undefined ? [] : [attachment.filename],
      ),
    };
    const date = mail.date?.getTime();
    if (date !== undefined && Number.isFinite(date)) parsed.date = date;
    return parsed;
  } catch {
    return UNPARSED_MAIL;
  }
}
