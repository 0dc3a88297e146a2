/**
 * An SNMP v1/v2c message read from its BER tree (RFC 1157 §4, RFC 3416 §3):
 *   SEQUENCE { version INTEGER, community OCTET STRING, PDU }
 *   PDU = [tag] { request-id, error-status, error-index, SEQUENCE OF { name OID, value } }
 * GetBulk reuses the two middle integers as non-repeaters and max-repetitions. A v1 Trap has
 * its own layout; only its variable bindings are read. v3 messages are recognised by their
 * version and not read further (the lab agent speaks v1 and v2c).
 */
import type { BerLimits, BerNode } from './ber';
import { BerError, DEFAULT_BER_LIMITS, readBer, readInteger, readOid } from './ber';

export const SNMP_VERSIONS: Readonly<Record<number, string>> = { 0: 'v1', 1: 'v2c', 3: 'v3' };

export const PDU_TAGS = {
  GetRequest: 0xa0,
  GetNextRequest: 0xa1,
  Response: 0xa2,
  SetRequest: 0xa3,
  Trap: 0xa4,
  GetBulkRequest: 0xa5,
  InformRequest: 0xa6,
  SNMPv2Trap: 0xa7,
  Report: 0xa8,
} as const;

export type PduName = keyof typeof PDU_TAGS;

export function pduName(tag: number): PduName | undefined {
  const entry = Object.entries(PDU_TAGS).find(([, value]) => value === tag);
  return entry?.[0] as PduName | undefined;
}

export interface SnmpVarbind {
  oid: string;
  /** The value as it came: its tag says the type (INTEGER, OCTET STRING, TimeTicks…). */
  value: BerNode;
}

export interface SnmpPdu {
  tag: number;
  requestId?: bigint;
  /** error-status, or non-repeaters in a GetBulk. */
  errorStatus?: bigint;
  /** error-index, or max-repetitions in a GetBulk. */
  errorIndex?: bigint;
  varbinds: SnmpVarbind[];
}

export interface SnmpMessage {
  version: number;
  /** Absent for v3, which has no community. */
  community?: Uint8Array;
  pdu?: SnmpPdu;
  tree: BerNode;
}

const SEQUENCE = 0x30;
const OCTET_STRING = 0x04;
const INTEGER = 0x02;
const OID = 0x06;

function expect(node: BerNode | undefined, tag: number): BerNode {
  if (node === undefined || node.tag !== tag) throw new BerError(`expected tag ${tag}`);
  return node;
}

function readVarbinds(list: BerNode | undefined): SnmpVarbind[] {
  return (expect(list, SEQUENCE).children ?? []).map((binding) => {
    const [name, value, extra] = expect(binding, SEQUENCE).children ?? [];
    if (value === undefined || extra !== undefined) throw new BerError('bad variable binding');
    return { oid: readOid(expect(name, OID)), value };
  });
}

function readPdu(node: BerNode | undefined): SnmpPdu {
  if (node === undefined || pduName(node.tag) === undefined) throw new BerError('unknown PDU');
  const children = node.children ?? [];
  if (node.tag === PDU_TAGS.Trap) {
    return { tag: node.tag, varbinds: readVarbinds(children[children.length - 1]) };
  }
  const [requestId, errorStatus, errorIndex, varbinds, extra] = children;
  if (extra !== undefined) throw new BerError('extra PDU field');
  return {
    tag: node.tag,
    requestId: readInteger(expect(requestId, INTEGER)),
    errorStatus: readInteger(expect(errorStatus, INTEGER)),
    errorIndex: readInteger(expect(errorIndex, INTEGER)),
    varbinds: readVarbinds(varbinds),
  };
}

/** Reads a whole datagram; throws BerError when it is not an SNMP message. */
export function readSnmpMessage(
  bytes: Uint8Array,
  limits: BerLimits = DEFAULT_BER_LIMITS,
): SnmpMessage {
  const tree = readBer(bytes, limits);
  const [versionNode, community, pdu, extra] = expect(tree, SEQUENCE).children ?? [];
  const versionValue = readInteger(expect(versionNode, INTEGER));
  if (versionValue < 0n || versionValue > 3n) throw new BerError('unknown version');
  const version = Number(versionValue);
  if (version !== 0 && version !== 1) return { version, tree };
  if (extra !== undefined) throw new BerError('extra message field');
  return {
    version,
    community: expect(community, OCTET_STRING).contents,
    pdu: readPdu(pdu),
    tree,
  };
}
