import type { MailSummary } from '../../../../shared/contract';

/** The date the message says it was written, or else when the server received it. */
export function mailDate(message: MailSummary, locale: string): string {
  return new Date(message.date ?? message.receivedAt).toLocaleString(locale);
}
