/**
 * SNTP server (RFC 4330), UDP only: each client request (mode 3) gets one answer (mode 4) with
 * the request's version, its transmit time copied as origin, and the server's receive and
 * transmit times. Anything else is dropped without a word, as §5 says, and counted.
 */
import type { Behaviour } from '../../engine';
import type { DecodedField, EventAnnotation } from '../../../shared/contract/events';
import { parseNtpPacket } from './ntpPacket';
import type { SimpleServiceOptions } from './options';
import { ntpPacketFields } from './sntpFields';
import { buildSntpReply, classifySntpMessage } from './sntpReply';
import { SIMPLE_KEYS } from './textNotes';

const SNTP_KEYS = `${SIMPLE_KEYS}.sntp`;

function describeOutgoing(data: Uint8Array): EventAnnotation {
  const packet = parseNtpPacket(data);
  return {
    protocol: 'sntp',
    role: 'response',
    fields: packet === undefined ? [] : ntpPacketFields(packet),
  };
}

/** `ignoredSoFar` counts this message too: the inspector explains it before it is handled. */
function describeIncoming(data: Uint8Array, ignoredSoFar: number): EventAnnotation {
  const verdict = classifySntpMessage(data);
  if (verdict.kind === 'request') {
    return { protocol: 'sntp', role: 'request', fields: ntpPacketFields(verdict.request) };
  }
  const fields: DecodedField[] =
    verdict.packet === undefined
      ? [{ label: `${SNTP_KEYS}.fields.tooShort`, value: `${data.byteLength} B` }]
      : ntpPacketFields(verdict.packet);
  fields.push(
    {
      label: `${SNTP_KEYS}.fields.ignored`,
      children: [{ label: `${SNTP_KEYS}.reasons.${verdict.reason}` }],
    },
    { label: `${SNTP_KEYS}.fields.ignoredCount`, value: String(ignoredSoFar + 1) },
  );
  return { protocol: 'sntp', fields };
}

export function sntpService(options: SimpleServiceOptions): Behaviour<{ name: 'sntp' }> {
  return {
    name: 'sntp',
    protocols: ['udp'],
    create() {
      let ignored = 0;
      return {
        onData(session, data) {
          const receiveMs = options.clock();
          const verdict = classifySntpMessage(data);
          if (verdict.kind === 'ignored') {
            ignored += 1;
            return;
          }
          session.send(buildSntpReply(verdict.request, { receiveMs, transmitMs: options.clock() }));
        },
        describe(_session, direction, data) {
          return direction === 'in' ? describeIncoming(data, ignored) : describeOutgoing(data);
        },
      };
    },
  };
}
