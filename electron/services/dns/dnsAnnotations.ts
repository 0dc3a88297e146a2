/**
 * Explains each captured DNS data event. A UDP datagram is one message. Over TCP, what the
 * server sends is always one whole length-prefixed message, but what arrives is whatever the
 * segments carried: part of a message, one, or several, so incoming bytes are framed here too,
 * apart from the framing that answers them.
 */
import type { DecodedField, EventAnnotation } from '../../../shared/contract/events';
import type { BehaviourSession } from '../../engine';
import type { DnsDescription } from './dnsFields';
import { describeDnsMessage } from './dnsFields';
import { LENGTH_PREFIX_BYTES, LengthPrefixFramer } from './lengthPrefixFramer';

const KEY = 'services.dns';

function annotate(fields: DecodedField[], role: 'request' | 'response'): EventAnnotation {
  return { protocol: 'dns', role, fields };
}

/** A message the server received: a response sent to a server is noted as never answered. */
function describeReceived(message: Uint8Array): DnsDescription {
  const described = describeDnsMessage(message);
  if (described.role !== 'response') return described;
  return { ...described, fields: [...described.fields, { label: `${KEY}.verdict.notAQuery` }] };
}

function withLength(message: Uint8Array, described: DnsDescription): DnsDescription {
  const length = { label: `${KEY}.fields.lengthPrefix`, value: String(message.byteLength) };
  return { ...described, fields: [length, ...described.fields] };
}

export class DnsAnnotations {
  readonly #framers = new Map<string, LengthPrefixFramer>();

  describe(session: BehaviourSession, direction: 'in' | 'out', data: Uint8Array): EventAnnotation {
    if (session.protocol === 'udp') {
      const described = direction === 'in' ? describeReceived(data) : describeDnsMessage(data);
      return annotate(
        described.fields,
        described.role ?? (direction === 'in' ? 'request' : 'response'),
      );
    }
    if (direction === 'out') {
      const message = data.subarray(LENGTH_PREFIX_BYTES);
      const described = withLength(message, describeDnsMessage(message));
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

  #describeSegment(sessionId: string, data: Uint8Array): EventAnnotation {
    let framer = this.#framers.get(sessionId);
    if (framer === undefined) {
      framer = new LengthPrefixFramer();
      this.#framers.set(sessionId, framer);
    }
    const messages = framer
      .push(data)
      .map((message) => withLength(message, describeReceived(message)));
    const [first] = messages;
    if (first === undefined) {
      const missing = framer.missingBytes;
      const partial: DecodedField = { label: `${KEY}.fields.partial` };
      if (missing !== undefined) partial.value = String(missing);
      return annotate([partial], 'request');
    }
    if (messages.length === 1) return annotate(first.fields, first.role ?? 'request');
    const grouped = messages.map((message, index) => ({
      label: `${KEY}.fields.message`,
      value: String(index + 1),
      children: message.fields,
    }));
    return annotate(grouped, 'request');
  }
}
