/**
 * Time (RFC 868): the current time as 4 bytes, for machines rather than people. The inspector
 * shows the number and the date it means.
 */
import type { Behaviour } from '../../engine';
import type { EventAnnotation } from '../../../shared/contract/events';
import { answerOnceBehaviour } from './answerOnce';
import type { SimpleServiceOptions } from './options';
import { decodeTimeMessage, encodeTimeMessage } from './timeProtocol';
import { describeIgnoredRequest, SIMPLE_KEYS } from './textNotes';

const TIME_KEYS = `${SIMPLE_KEYS}.time.fields`;

export function describeTimeAnswer(data: Uint8Array): EventAnnotation {
  const decoded = decodeTimeMessage(data);
  if (decoded === undefined) {
    return {
      protocol: 'time',
      role: 'response',
      fields: [{ label: `${TIME_KEYS}.unexpected`, value: `${data.byteLength} B` }],
    };
  }
  return {
    protocol: 'time',
    role: 'response',
    fields: [
      { label: `${TIME_KEYS}.seconds`, value: String(decoded.seconds) },
      { label: `${TIME_KEYS}.date`, value: new Date(decoded.unixMs).toISOString() },
    ],
  };
}

export function timeService(options: SimpleServiceOptions): Behaviour<{ name: 'time' }> {
  return answerOnceBehaviour(
    {
      name: 'time',
      create: () => ({
        answer: () => encodeTimeMessage(options.clock()),
        describe: (session, direction, data) =>
          direction === 'in'
            ? describeIgnoredRequest('time', session.protocol, data, options)
            : describeTimeAnswer(data),
      }),
    },
    options,
  );
}
