/**
 * Explains each captured DNS data event. A UDP datagram is one message. Over TCP, what the
 * server sends is always one whole length-prefixed message, but what arrives is whatever the
 * segments carried: part of a message, one, or several, so incoming bytes are framed here too,
 * apart from the framing that answers them. Notes are built only from the bytes the capture
 * keeps, and only for a bounded number of records and messages (issue 12): a 65 KB datagram
 * of tiny records once left a note of 4 MB.
 */
import type { DecodedField, EventAnnotation } from '../../../shared/contract/events';
import type { BehaviourSession } from '../../engine';
import type { DnsDescription } from './dnsFields';
import { describeDnsMessage } from './dnsFields';
import { LENGTH_PREFIX_BYTES, LengthPrefixFramer } from './lengthPrefixFramer';
import type { DnsWalkLimits } from './messageWalk';
import { DEFAULT_DNS_WALK_LIMITS } from './messageWalk';

const KEY = 'services.dns';

export interface DnsNoteLimits extends DnsWalkLimits {
  /** Bytes of each message explained: the capture's default snaplen, what the hex view shows. */
  maxDescribedBytes: number;
}

export const DEFAULT_DNS_NOTE_LIMITS: Readonly<DnsNoteLimits> = {
  ...DEFAULT_DNS_WALK_LIMITS,
  maxDescribedBytes: 16 * 1024,
};

function annotate(fields: DecodedField[], role: 'request' | 'response'): EventAnnotation {
  return { protocol: 'dns', role, fields };
}

function withLength(message: Uint8Array, described: DnsDescription): DnsDescription {
  const length = { label: `${KEY}.fields.lengthPrefix`, value: String(message.byteLength) };
  return { ...described, fields: [length, ...described.fields] };
}

export class DnsAnnotations {
  readonly #framers = new Map<string, LengthPrefixFramer>();
  readonly #limits: DnsNoteLimits;

  constructor(limits: Partial<DnsNoteLimits> = {}) {
    this.#limits = { ...DEFAULT_DNS_NOTE_LIMITS, ...limits };
  }

  describe(session: BehaviourSession, direction: 'in' | 'out', data: Uint8Array): EventAnnotation {
    if (session.protocol === 'udp') {
      const described =
        direction === 'in' ? this.#describeReceived(data) : this.#describeMessage(data);
      return annotate(
        described.fields,
        described.role ?? (direction === 'in' ? 'request' : 'response'),
      );
    }
    if (direction === 'out') {
      const message = data.subarray(LENGTH_PREFIX_BYTES);
      const described = withLength(message, this.#describeMessage(message));
      return annotate(described.fields, described.role ?? 'response');
    }
    return this.#describeSegment(session.id, data);
  }

  forget(sessionId: string): void {
    this.#framers.delete(sessionId);
  }

  clear(): void {
    this.#framers.clear();
  }

  #describeMessage(message: Uint8Array): DnsDescription {
    return describeDnsMessage(message, this.#limits, this.#limits.maxDescribedBytes);
  }

  /** A message the server received: a response sent to a server is noted as never answered. */
  #describeReceived(message: Uint8Array): DnsDescription {
    const described = this.#describeMessage(message);
    if (described.role !== 'response') return described;
    return { ...described, fields: [...described.fields, { label: `${KEY}.verdict.notAQuery` }] };
  }

  #describeSegment(sessionId: string, data: Uint8Array): EventAnnotation {
    let framer = this.#framers.get(sessionId);
    if (framer === undefined) {
      framer = new LengthPrefixFramer();
      this.#framers.set(sessionId, framer);
    }
    const complete = framer.push(data);
    const messages = complete
      .slice(0, this.#limits.maxRecords)
      .map((message) => withLength(message, this.#describeReceived(message)));
    const [first] = messages;
    if (first === undefined) {
      const missing = framer.missingBytes;
      const partial: DecodedField = { label: `${KEY}.fields.partial` };
      if (missing !== undefined) partial.value = String(missing);
      return annotate([partial], 'request');
    }
    if (complete.length === 1) return annotate(first.fields, first.role ?? 'request');
    const grouped: DecodedField[] = messages.map((message, index) => ({
      label: `${KEY}.fields.message`,
      value: String(index + 1),
      children: message.fields,
    }));
    const more = complete.length - messages.length;
    if (more > 0) grouped.push({ label: `${KEY}.fields.moreMessages`, value: String(more) });
    return annotate(grouped, 'request');
  }
}
