/**
 * Quote of the day (RFC 865): one short message, under 512 characters. Each request gets the
 * next quote of the list, starting at a random one, so repeated requests show the variety.
 */
import type { Behaviour } from '../../engine';
import { answerOnceBehaviour } from './answerOnce';
import type { SimpleServiceOptions } from './options';
import { QUOTES } from './quotes';
import { describeIgnoredRequest, describeTextAnswer } from './textNotes';

/** RFC 865: "[…] it should be less than 512 characters". */
export const MAX_QUOTE_CHARACTERS = 511;

/** The quote as sent: one line ending in CR LF, cut so the whole stays under 512. */
export function quoteText(quote: string): string {
  return `${quote.slice(0, MAX_QUOTE_CHARACTERS - 2)}\r\n`;
}

export function qotdService(options: SimpleServiceOptions): Behaviour<{ name: 'qotd' }> {
  const encoder = new TextEncoder();
  return answerOnceBehaviour(
    {
      name: 'qotd',
      create() {
        let next = Math.floor(options.random() * QUOTES.length);
        return {
          answer() {
            const quote = QUOTES[next % QUOTES.length] ?? '';
            next = (next + 1) % QUOTES.length;
            return encoder.encode(quoteText(quote));
          },
          describe: (session, direction, data) =>
            direction === 'in'
              ? describeIgnoredRequest('qotd', session.protocol, data, options)
              : describeTextAnswer('qotd', session.protocol, data, options),
        };
      },
    },
    options,
  );
}
