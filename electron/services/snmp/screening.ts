/**
 * What the agent does before and after the library handles a request. Before: a datagram that
 * is not a v1/v2c request for our community is dropped without an answer, as agents do
 * (RFC 3584 §5.2.1; a wrong community is not worth a reply), and a GetBulk's max-repetitions
 * is capped so one small datagram cannot ask for an unbounded answer. After: an answer larger
 * than the limit becomes what RFC 3416 §4.2 asks for: fewer bindings for GetBulk (§4.2.3),
 * tooBig with no bindings for the others (RFC 1157 §4.1.2 for v1). A datagram beyond the
 * reading limits (nesting, number of values, number of bindings) is refused the same way,
 * unanswered, with its own verdict so the capture says why (issue 12).
 */
import type { BerNode } from './ber';
import { BerLimitError, integerNode, OWN_MESSAGE_LIMITS, readBer, writeBer } from './ber';
import type { SnmpMessage } from './snmpMessage';
import { PDU_TAGS, readSnmpMessage } from './snmpMessage';

export type SnmpVerdict =
  | 'accepted'
  | 'malformed'
  | 'unsupportedVersion'
  | 'wrongCommunity'
  | 'unexpectedPdu'
  | 'tooDeep'
  | 'tooManyValues'
  | 'tooManyVarbinds';

/**
 * snmpget and snmpbulkget send a handful of bindings; 128 leaves room for any lesson, and the
 * agent's work per datagram stays small (4,600 bindings took it 300 ms).
 */
export const DEFAULT_MAX_VARBINDS = 128;

export interface Screening {
  verdict: SnmpVerdict;
  message?: SnmpMessage;
}

const REQUESTS_V1: readonly number[] = [
  PDU_TAGS.GetRequest,
  PDU_TAGS.GetNextRequest,
  PDU_TAGS.SetRequest,
];
/** GetBulk exists from v2c on (RFC 3416); a v1 agent never sees one. */
const REQUESTS_V2C: readonly number[] = [...REQUESTS_V1, PDU_TAGS.GetBulkRequest];
const TOO_BIG = 1;

function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  return left.byteLength === right.byteLength && left.every((byte, index) => byte === right[index]);
}

export function screenRequest(
  datagram: Uint8Array,
  community: string,
  maxVarbinds = DEFAULT_MAX_VARBINDS,
): Screening {
  let message: SnmpMessage;
  try {
    message = readSnmpMessage(datagram);
  } catch (cause) {
    return { verdict: cause instanceof BerLimitError ? cause.limit : 'malformed' };
  }
  if (message.pdu === undefined || message.community === undefined) {
    return { verdict: 'unsupportedVersion', message };
  }
  if (!sameBytes(message.community, Buffer.from(community, 'utf8'))) {
    return { verdict: 'wrongCommunity', message };
  }
  const allowed = message.version === 0 ? REQUESTS_V1 : REQUESTS_V2C;
  if (!allowed.includes(message.pdu.tag)) return { verdict: 'unexpectedPdu', message };
  if (message.pdu.varbinds.length > maxVarbinds) return { verdict: 'tooManyVarbinds', message };
  return { verdict: 'accepted', message };
}

function pduOf(tree: BerNode): BerNode {
  const pdu = tree.children?.[2];
  if (pdu?.children === undefined) throw new Error('not an SNMP message');
  return pdu;
}

/** The datagram with max-repetitions lowered to `limit`, or the datagram itself when within. */
export function capRepetitions(datagram: Uint8Array, message: SnmpMessage, limit: number) {
  const repetitions = message.pdu?.errorIndex ?? 0n;
  if (message.pdu?.tag !== PDU_TAGS.GetBulkRequest || repetitions <= BigInt(limit)) return datagram;
  const tree = readBer(datagram);
  const pdu = pduOf(tree);
  pdu.children?.splice(2, 1, integerNode(limit));
  return writeBer(tree);
}

/** What the answer to a request must respect: its version, PDU type and bindings. */
export interface RequestShape {
  version: number;
  tag: number;
  /** Bindings GetBulk repeats (all but the non-repeaters); 0 for other requests. */
  repeaters: number;
  /** The request's own bindings, which a v1 error answer carries back (RFC 1157 §4.1.2). */
  bindings: BerNode[];
}

export const UNKNOWN_REQUEST: RequestShape = {
  version: 1,
  tag: PDU_TAGS.GetRequest,
  repeaters: 0,
  bindings: [],
};

export function requestShape(message: SnmpMessage): RequestShape {
  const pdu = message.pdu;
  if (pdu === undefined) return UNKNOWN_REQUEST;
  // Copies: the shape outlives the datagram, which must not stay alive through its slices.
  const bindings = (message.tree.children?.[2]?.children?.[3]?.children ?? []).map((binding) =>
    readBer(Uint8Array.from(writeBer(binding)), OWN_MESSAGE_LIMITS),
  );
  const shape = { version: message.version, tag: pdu.tag, repeaters: 0, bindings };
  if (pdu.tag !== PDU_TAGS.GetBulkRequest) return shape;
  const nonRepeaters = Math.max(0, Number(pdu.errorStatus ?? 0n));
  return { ...shape, repeaters: Math.max(0, pdu.varbinds.length - nonRepeaters) };
}

const NO_SUCH_NAME = 2;
const EXCEPTIONS: ReadonlySet<number> = new Set([0x80, 0x81, 0x82]);

/**
 * SNMPv1 has no exception values: an answer holding noSuchObject, noSuchInstance or
 * endOfMibView becomes noSuchName for the first such binding, with the request's bindings
 * (RFC 3584 §4.4, RFC 1157 §4.1.2–4.1.3).
 */
function translateExceptionsForV1(pdu: BerNode, bindings: BerNode[], request: RequestShape) {
  const index = bindings.findIndex((binding) => EXCEPTIONS.has(binding.children?.[1]?.tag ?? 0));
  if (index === -1) return;
  pdu.children?.splice(1, 2, integerNode(NO_SUCH_NAME), integerNode(index + 1));
  bindings.splice(0, bindings.length, ...request.bindings);
}

const END_OF_MIB_VIEW = 0x82;

/**
 * Once every repeated binding has reached the end of the MIB, further rounds would only repeat
 * endOfMibView; RFC 3416 §4.2.3 lets the answer stop there, so one round of them is kept.
 */
function trimEndOfMibView(bindings: BerNode[], repeaters: number): void {
  let trailing = 0;
  for (let index = bindings.length - 1; index >= 0; index--) {
    if (bindings[index]?.children?.[1]?.tag !== END_OF_MIB_VIEW) break;
    trailing += 1;
  }
  const keep = Math.max(1, repeaters);
  if (trailing > keep) bindings.length -= trailing - keep;
}

/** Drops bindings from the end until the encoded answer fits (RFC 3416 §4.2.3). */
function dropUntilFits(tree: BerNode, bindings: BerNode[], maxBytes: number): Uint8Array {
  let encoded = writeBer(tree);
  while (encoded.byteLength > maxBytes && bindings.length > 0) {
    // Removing a binding saves at least its own size; enclosing lengths may shrink as well.
    let excess = encoded.byteLength - maxBytes;
    while (excess > 0 && bindings.length > 0) {
      const removed = bindings.pop();
      if (removed !== undefined) excess -= writeBer(removed).byteLength;
    }
    encoded = writeBer(tree);
  }
  return encoded;
}

/** The agent's answer, shaped for its request and made to fit in `maxBytes` (RFC 3416 §4.2). */
export function shapeResponse(
  response: Uint8Array,
  request: RequestShape,
  maxBytes: number,
): Uint8Array {
  const isBulk = request.tag === PDU_TAGS.GetBulkRequest;
  const isV1 = request.version === 0;
  if (!isBulk && !isV1 && response.byteLength <= maxBytes) return response;
  const tree = readBer(response, OWN_MESSAGE_LIMITS);
  const pdu = pduOf(tree);
  const bindings = pdu.children?.[3]?.children;
  if (bindings === undefined) throw new Error('not an SNMP response');
  if (isV1) translateExceptionsForV1(pdu, bindings, request);
  if (isBulk) {
    trimEndOfMibView(bindings, request.repeaters);
    return dropUntilFits(tree, bindings, maxBytes);
  }
  const encoded = writeBer(tree);
  if (encoded.byteLength <= maxBytes) return encoded;
  // tooBig carries the request's bindings in v1 (RFC 1157 §4.1.2), none in v2c (RFC 3416 §4.2.1).
  pdu.children?.splice(1, 2, integerNode(TOO_BIG), integerNode(0));
  bindings.splice(0, bindings.length, ...(isV1 ? request.bindings : []));
  const tooBig = writeBer(tree);
  if (tooBig.byteLength <= maxBytes) return tooBig;
  bindings.length = 0;
  return writeBer(tree);
}
