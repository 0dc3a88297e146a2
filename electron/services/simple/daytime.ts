/**
 * Daytime (RFC 867): the date and time as one line of text. The RFC fixes no syntax and names
 * the one SMTP uses as popular; this is its modern form (RFC 5322 / RFC 7231 IMF-fixdate) in
 * UTC, so students in any time zone read the same line and any program can parse it.
 */
import type { Behaviour } from '../../engine';
import { answerOnceBehaviour } from './answerOnce';
import type { SimpleServiceOptions } from './options';
import { describeIgnoredRequest, describeTextAnswer } from './textNotes';

export function daytimeText(unixMs: number): string {
  return `${new Date(Math.floor(unixMs)).toUTCString()}\r\n`;
}

export function daytimeService(options: SimpleServiceOptions): Behaviour<{ name: 'daytime' }> {
  const encoder = new TextEncoder();
  return answerOnceBehaviour(
    {
      name: 'daytime',
      create: () => ({
        answer: () => encoder.encode(daytimeText(options.clock())),
        describe: (session, direction, data) =>
          direction === 'in'
            ? describeIgnoredRequest('daytime', session.protocol, data, options)
            : describeTextAnswer('daytime', session.protocol, data, options),
      }),
    },
    options,
  );
}
