/**
 * The subset of ASN.1 BER that SNMP v1/v2c uses (RFC 1157 §4, RFC 3416): tag, definite length,
 * contents; constructed values (SEQUENCE and the PDUs) hold other values. Read strictly and
 * with bounds, because a datagram from the network may be anything: a length that runs past
 * its parent, an indefinite length, a multi-byte tag or absurd nesting is refused with
 * BerError. Writing exists so the agent can rebuild a message (a capped GetBulk, a trimmed
 * answer) without touching the library's internals.
 */
export class BerError extends Error {}

/** A datagram refused for its shape rather than its bytes: too deep, or too many values. */
export class BerLimitError extends BerError {
  constructor(readonly limit: 'tooDeep' | 'tooManyValues') {
    super(limit === 'tooDeep' ? 'nested too deeply' : 'too many values');
  }
}

export interface BerLimits {
  /** SNMP nests five deep (message, PDU, list, binding, value); anything far deeper is garbage. */
  maxDepth: number;
  /**
   * Values read in one message, all levels together. A request of 128 bindings has under 400;
   * a 65 KB datagram of NULLs has 32,000, each an object to build (issue 12).
   */
  maxValues: number;
}

export const DEFAULT_BER_LIMITS: Readonly<BerLimits> = { maxDepth: 12, maxValues: 4096 };
/** For the agent's own answers, bounded by their size limit instead. */
export const OWN_MESSAGE_LIMITS: Readonly<BerLimits> = {
  maxDepth: 12,
  maxValues: Number.POSITIVE_INFINITY,
};

export interface BerNode {
  tag: number;
  /** A primitive value's contents; for a constructed value, its encoded children. */
  contents: Uint8Array;
  /** Present for constructed values (bit 0x20 of the tag). */
  children?: BerNode[];
}

const CONSTRUCTED = 0x20;
const HIGH_TAG_NUMBER = 0x1f;

function readLength(bytes: Uint8Array, offset: number): { length: number; next: number } {
  const first = bytes[offset];
  if (first === undefined) throw new BerError('length missing');
  if (first < 0x80) return { length: first, next: offset + 1 };
  const count = first & 0x7f;
  // 0x80 is the indefinite form, which SNMP forbids; more than four bytes is beyond a datagram.
  if (count === 0 || count > 4) throw new BerError('unsupported length form');
  let length = 0;
  for (let index = 1; index <= count; index++) {
    const byte = bytes[offset + index];
    if (byte === undefined) throw new BerError('length cut short');
    length = length * 256 + byte;
  }
  return { length, next: offset + 1 + count };
}

interface Reading {
  limits: BerLimits;
  values: number;
}

function readNodes(bytes: Uint8Array, depth: number, reading: Reading): BerNode[] {
  if (depth > reading.limits.maxDepth) throw new BerLimitError('tooDeep');
  const nodes: BerNode[] = [];
  let offset = 0;
  while (offset < bytes.byteLength) {
    const tag = bytes[offset] ?? 0;
    if ((tag & HIGH_TAG_NUMBER) === HIGH_TAG_NUMBER) throw new BerError('multi-byte tag');
    const { length, next } = readLength(bytes, offset + 1);
    const end = next + length;
    if (end > bytes.byteLength) throw new BerError('value runs past its container');
    reading.values += 1;
    if (reading.values > reading.limits.maxValues) throw new BerLimitError('tooManyValues');
    const contents = bytes.subarray(next, end);
    const node: BerNode = { tag, contents };
    if ((tag & CONSTRUCTED) !== 0) node.children = readNodes(contents, depth + 1, reading);
    nodes.push(node);
    offset = end;
  }
  return nodes;
}

/** Reads exactly one value filling `bytes` (trailing bytes are an error, as in a datagram). */
export function readBer(bytes: Uint8Array, limits: BerLimits = DEFAULT_BER_LIMITS): BerNode {
  const nodes = readNodes(bytes, 0, { limits, values: 0 });
  const [only, extra] = nodes;
  if (only === undefined || extra !== undefined) throw new BerError('not exactly one value');
  return only;
}

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const digits: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) digits.unshift(rest % 256);
  return [0x80 | digits.length, ...digits];
}

export function writeBer(node: BerNode): Uint8Array {
  const contents = node.children
    ? Buffer.concat(node.children.map((child) => writeBer(child)))
    : node.contents;
  return Buffer.concat([Buffer.from([node.tag, ...lengthBytes(contents.byteLength)]), contents]);
}

/** A signed INTEGER's contents (two's complement, big-endian). */
export function readInteger(node: BerNode): bigint {
  const { contents } = node;
  if (contents.byteLength === 0 || contents.byteLength > 9) throw new BerError('bad integer');
  let value = 0n;
  for (const byte of contents) value = (value << 8n) | BigInt(byte);
  const negative = (contents[0] ?? 0) & 0x80;
  return negative ? value - (1n << BigInt(contents.byteLength * 8)) : value;
}

/** An unsigned application value (Counter32, Gauge32, TimeTicks, Counter64). */
export function readUnsigned(node: BerNode): bigint {
  if (node.contents.byteLength === 0 || node.contents.byteLength > 9) {
    throw new BerError('bad unsigned integer');
  }
  let value = 0n;
  for (const byte of node.contents) value = (value << 8n) | BigInt(byte);
  return value;
}

/** An INTEGER (or an application integer, by `tag`) in the fewest bytes that keep its sign. */
export function integerNode(value: bigint | number, tag = 0x02): BerNode {
  const bytes: number[] = [];
  let rest = BigInt(value);
  for (;;) {
    const byte = Number(BigInt.asUintN(8, rest));
    bytes.unshift(byte);
    rest >>= 8n;
    const signKept = (byte & 0x80) === 0 ? rest === 0n : rest === -1n;
    if (signKept) break;
  }
  return { tag, contents: Uint8Array.from(bytes) };
}

/** RFC 2578 §7.1.3: at most 128 sub-identifiers, each below 2^32. */
const MAX_SUB_IDENTIFIERS = 128;
const MAX_SUB_IDENTIFIER = 0xffffffff;

/** OBJECT IDENTIFIER contents in dotted form (X.690 §8.19). */
export function readOid(node: BerNode): string {
  const parts: number[] = [];
  let value = 0;
  let inProgress = false;
  for (const byte of node.contents) {
    value = value * 128 + (byte & 0x7f);
    inProgress = (byte & 0x80) !== 0;
    // The first sub-identifier also carries the first arc (times 40), hence the margin.
    if (value > MAX_SUB_IDENTIFIER + 80) throw new BerError('sub-identifier too large');
    if (inProgress) continue;
    if (parts.length === 0) {
      const firstArc = Math.min(Math.floor(value / 40), 2);
      parts.push(firstArc, value - 40 * firstArc);
    } else {
      parts.push(value);
    }
    if (parts.length > MAX_SUB_IDENTIFIERS) throw new BerError('object identifier too long');
    value = 0;
  }
  if (inProgress || parts.length === 0) throw new BerError('bad object identifier');
  return parts.join('.');
}
