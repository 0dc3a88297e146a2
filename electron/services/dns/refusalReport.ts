/**
 * A refused DNS message as an `error` event (issue 12), so the student sees why there was no
 * answer, and the server card counts it, the way other limits are shown. The note on the data
 * event stays; this event says who sent it and which limit acted, in the student's language.
 */
import type { PuertoError } from '../../../shared/contract/errors';
import type { BehaviourSession } from '../../engine';
import type { DnsWalkLimits } from './messageWalk';
import { MAX_NAME_WIRE_BYTES } from './messageWalk';
import type { Response } from './responder';

export type DnsRefusalReason = NonNullable<Response['refusal']>;

const MEANING: Readonly<Record<DnsRefusalReason, string>> = {
  pointerLoop: 'a pointer loop',
  nameTooLong: 'a name over 255 bytes',
  tooManyRecords: 'too many records',
};

function limitOf(refusal: DnsRefusalReason, limits: DnsWalkLimits): number {
  if (refusal === 'pointerLoop') return limits.maxPointerHops;
  if (refusal === 'nameTooLong') return MAX_NAME_WIRE_BYTES;
  return limits.maxRecords;
}

export function dnsRefusalError(
  session: BehaviourSession,
  refusal: DnsRefusalReason,
  limits: DnsWalkLimits,
): PuertoError {
  const { address, port } = session.remote;
  return {
    code: 'DNS_MESSAGE_REFUSED',
    message: `${address}:${port}: DNS message refused, ${MEANING[refusal]}`,
    details: {
      address,
      port,
      protocol: 'DNS',
      refusal,
      limit: limitOf(refusal, limits),
      // A message key: explainError translates it, filling {limit}.
      reason: `errors.DNS_MESSAGE_REFUSED.reasons.${refusal}`,
    },
  };
}
