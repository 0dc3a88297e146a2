/**
 * SNMP messages built byte by byte for the tests (BER as RFC 1157 §4 lays it out), so the
 * agent's screening and shaping can be fed exact datagrams, good and bad.
 */
import type { BerNode } from '../../../electron/services/snmp/ber';
import { integerNode, writeBer } from '../../../electron/services/snmp/ber';

export function oidNode(oid: string): BerNode {
  const [first = 0, second = 0, ...rest] = oid.split('.').map(Number);
  const bytes: number[] = [];
  for (const part of [first * 40 + second, ...rest]) {
    const digits = [part & 0x7f];
    for (let value = Math.floor(part / 128); value > 0; value = Math.floor(value / 128)) {
      digits.unshift((value & 0x7f) | 0x80);
    }
    bytes.push(...digits);
  }
  return { tag: 0x06, contents: Uint8Array.from(bytes) };
}

export const octets = (text: string | Uint8Array, tag = 0x04): BerNode => ({
  tag,
  contents: typeof text === 'string' ? Buffer.from(text) : text,
});

export const sequence = (children: BerNode[], tag = 0x30): BerNode => ({
  tag,
  contents: new Uint8Array(),
  children,
});

export const NULL_VALUE: BerNode = { tag: 0x05, contents: new Uint8Array() };

export interface RequestParts {
  version?: number;
  community?: string;
  tag?: number;
  requestId?: number;
  errorStatus?: number;
  errorIndex?: number;
  bindings?: Array<[string, BerNode?]>;
}

export function message(parts: RequestParts = {}): Uint8Array {
  const bindings = (parts.bindings ?? [['1.3.6.1.2.1.1.1.0']]).map(([oid, value]) =>
    sequence([oidNode(oid), value ?? NULL_VALUE]),
  );
  return writeBer(
    sequence([
      integerNode(parts.version ?? 1),
      octets(parts.community ?? 'public'),
      sequence(
        [
          integerNode(parts.requestId ?? 4242),
          integerNode(parts.errorStatus ?? 0),
          integerNode(parts.errorIndex ?? 0),
          sequence(bindings),
        ],
        parts.tag ?? 0xa0,
      ),
    ]),
  );
}
