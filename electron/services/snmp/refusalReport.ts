/**
 * An SNMP message beyond the agent's reading limits as an `error` event (issue 12), so the
 * student sees why there was no answer and the server card counts it, like other limits. The
 * note on the data event stays; this event says who sent it and which limit acted.
 */
import type { PuertoError } from '../../../shared/contract/errors';
import type { BehaviourSession } from '../../engine';
import type { BerLimits } from './ber';
import type { SnmpVerdict } from './screening';

export type SnmpRefusal = Extract<SnmpVerdict, 'tooDeep' | 'tooManyValues' | 'tooManyVarbinds'>;

const REFUSALS: ReadonlySet<SnmpVerdict> = new Set(['tooDeep', 'tooManyValues', 'tooManyVarbinds']);

/** Only the reading limits are refusals: a wrong community or garbage is ordinary, and noted. */
export function isRefusal(verdict: SnmpVerdict): verdict is SnmpRefusal {
  return REFUSALS.has(verdict);
}

const MEANING: Readonly<Record<SnmpRefusal, string>> = {
  tooDeep: 'nested too deep',
  tooManyValues: 'too many BER values',
  tooManyVarbinds: 'too many variable bindings',
};

export function snmpRefusalError(
  session: BehaviourSession,
  refusal: SnmpRefusal,
  limits: BerLimits & { maxVarbinds: number },
): PuertoError {
  const { address, port } = session.remote;
  const limit = {
    tooDeep: limits.maxDepth,
    tooManyValues: limits.maxValues,
    tooManyVarbinds: limits.maxVarbinds,
  }[refusal];
  return {
    code: 'SNMP_MESSAGE_REFUSED',
    message: `${address}:${port}: SNMP message refused, ${MEANING[refusal]}`,
    details: {
      address,
      port,
      protocol: 'SNMP',
      refusal,
      limit,
      // A message key: explainError translates it, filling {limit}.
      reason: `errors.SNMP_MESSAGE_REFUSED.reasons.${refusal}`,
    },
  };
}
