/**
 * One DNS query in, one response out (or nothing). The header is written here bit by bit so
 * every flag is deliberate: QR set, the OPCODE and RD copied, AA only for names the zone owns,
 * RA never (no recursion), TC when a UDP answer does not fit, and the RCODE in the low four
 * bits of the flags (RFC 1035 §4.1.1). Garbage shorter than a header, responses sent to the
 * server, and messages the bounded walk refuses (a pointer chain, a name over 255 bytes, more
 * records than any query has) get no answer at all: the source of a datagram can be forged, so
 * a server that answered them would send its replies at whoever the sender chose. Anything
 * else unreadable gets FORMERR, never longer than the query.
 */
import type { Answer } from 'dns-packet';
import { lookup, RCODE } from './lookup';
import type { LookupResult } from './lookup';
import type { DnsHeader, DnsQuestion } from './queryReader';
import { HEADER_BYTES, readHeader, readQuestion } from './queryReader';
import type { DnsRefusal, DnsWalk, DnsWalkLimits } from './messageWalk';
import { DEFAULT_DNS_WALK_LIMITS, walkDnsMessage } from './messageWalk';
import type { Sections } from './wireRecords';
import { encodeSections, optRecord, toAnswer } from './wireRecords';
import type { Zone } from './zone';

/** Without EDNS a UDP answer holds at most 512 bytes (RFC 1035 §4.2.1). */
export const CLASSIC_UDP_LIMIT = 512;
/** A TCP message's length travels in two bytes (RFC 1035 §4.2.2). */
const TCP_MESSAGE_LIMIT = 65_535;
const CLASS_IN = 1;
const CLASS_ANY = 255;
const TYPE_OPT = 41;
const ZONE_TRANSFERS = new Set([251, 252]);
/** Extended rcode 16, BADVERS (RFC 6891 §6.1.3): 1 in the OPT record's upper bits. */
const BADVERS_UPPER_BITS = 1;

export interface ResponderOptions {
  transport: 'udp' | 'tcp';
  /** The largest UDP answer sent even when the client's EDNS offers more (and what we offer). */
  maxUdpPayload: number;
  /** Bounds on the walk over each query; beyond them the query is refused without an answer. */
  walk?: DnsWalkLimits;
}

export type Verdict = 'answered' | 'tooShort' | 'notAQuery' | 'refused';

export interface Response {
  verdict: Verdict;
  reply?: Uint8Array;
  /** Why a refused query got no answer. */
  refusal?: DnsRefusal | 'tooManyRecords';
}

interface Reply {
  rcode: number;
  authoritative?: boolean;
  question?: DnsQuestion;
  sections?: Sections;
  opt?: Answer;
}

function headerBytes(query: DnsHeader, reply: Reply, counts: number[], truncated: boolean): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  const flags =
    0x8000 |
    (query.opcode << 11) |
    (reply.authoritative ? 0x0400 : 0) |
    (truncated ? 0x0200 : 0) |
    (query.recursionDesired ? 0x0100 : 0) |
    (reply.rcode & 0xf);
  header.writeUInt16BE(query.id, 0);
  header.writeUInt16BE(flags, 2);
  counts.forEach((count, index) => header.writeUInt16BE(count, 4 + index * 2));
  return header;
}

function assemble(
  query: Uint8Array,
  header: DnsHeader,
  reply: Reply,
  sections: Sections,
  truncated: boolean,
): Buffer {
  const question = reply.question
    ? Buffer.from(query.subarray(HEADER_BYTES, reply.question.end))
    : Buffer.alloc(0);
  const counts = [
    reply.question ? 1 : 0,
    sections.answers.length,
    sections.authorities.length,
    sections.additionals.length,
  ];
  return Buffer.concat([
    headerBytes(header, reply, counts, truncated),
    question,
    encodeSections(sections),
  ]);
}

/**
 * Fits the answer in `limit` bytes: the additional section goes first (RFC 2181 §9 allows it
 * without TC); if still too large, only the question and OPT stay and TC tells the client to
 * ask again over TCP. Over TCP nothing can be retried, so an answer beyond 64 KiB is SERVFAIL.
 */
function fit(query: Uint8Array, header: DnsHeader, reply: Reply, limit: number): Buffer {
  const opt = reply.opt ? [reply.opt] : [];
  const full = reply.sections ?? { answers: [], authorities: [], additionals: [] };
  const complete = { ...full, additionals: [...full.additionals, ...opt] };
  const first = assemble(query, header, reply, complete, false);
  if (first.byteLength <= limit) return first;
  const lean = { ...full, additionals: opt };
  const second = assemble(query, header, reply, lean, false);
  if (second.byteLength <= limit) return second;
  const empty = { answers: [], authorities: [], additionals: opt };
  if (limit >= TCP_MESSAGE_LIMIT) {
    return assemble(query, header, { ...reply, rcode: RCODE.SERVFAIL }, empty, false);
  }
  return assemble(query, header, reply, empty, true);
}

function fromLookup(found: LookupResult): Reply {
  return {
    rcode: found.rcode,
    authoritative: found.authoritative,
    sections: {
      answers: found.answers.map(toAnswer),
      authorities: found.authorities.map(toAnswer),
      additionals: found.additionals.map(toAnswer),
    },
  };
}

/** What the query's OPT record says (RFC 6891 §6.1.3): its UDP size and EDNS version. */
interface ClientEdns {
  udpPayloadSize: number;
  ednsVersion: number;
}

interface Decision {
  reply: Reply;
  /** The UDP size the client's EDNS record offers; absent without EDNS. */
  clientLimit?: number;
}

/** Reads the query's EDNS record from the walk, or says why the message is malformed. */
function readOpt(walk: DnsWalk): { opt?: ClientEdns } | 'malformed' {
  if (walk.stoppedBy === 'cut') return 'malformed';
  const opts = walk.records.filter(
    (record) => record.section === 'additionals' && record.type === TYPE_OPT,
  );
  const [opt, another] = opts;
  // RFC 6891 §6.1.1: at most one OPT, owned by the root.
  if (another !== undefined || (opt !== undefined && !opt.rootOwner)) return 'malformed';
  if (opt === undefined) return {};
  return { opt: { udpPayloadSize: opt.class, ednsVersion: ((opt.ttl ?? 0) >>> 16) & 0xff } };
}

/** Decides the reply once the header is known to belong to a query. */
function decide(
  zone: Zone,
  query: Uint8Array,
  header: DnsHeader,
  walk: DnsWalk,
  options: ResponderOptions,
): Decision {
  if (header.opcode !== 0) return { reply: { rcode: RCODE.NOTIMP } };
  // RFC 9619: a standard query carries exactly one question.
  if (header.questionCount !== 1) return { reply: { rcode: RCODE.FORMERR } };
  const question = readQuestion(query);
  if (question === undefined) return { reply: { rcode: RCODE.FORMERR } };
  const edns = readOpt(walk);
  if (edns === 'malformed') return { reply: { rcode: RCODE.FORMERR, question } };
  if (edns.opt === undefined) return { reply: answer(zone, question) };
  const clientLimit = Math.max(CLASSIC_UDP_LIMIT, edns.opt.udpPayloadSize);
  if (edns.opt.ednsVersion !== 0) {
    const opt = optRecord(options.maxUdpPayload, BADVERS_UPPER_BITS);
    return { reply: { rcode: RCODE.NOERROR, question, opt }, clientLimit };
  }
  return {
    reply: { ...answer(zone, question), opt: optRecord(options.maxUdpPayload) },
    clientLimit,
  };
}

function answer(zone: Zone, question: DnsQuestion): Reply {
  if (question.type === TYPE_OPT) return { rcode: RCODE.FORMERR, question };
  const isKnownClass = question.class === CLASS_IN || question.class === CLASS_ANY;
  // Zone transfers are not offered, and other classes (CHAOS…) are not this server's.
  if (!isKnownClass || ZONE_TRANSFERS.has(question.type)) return { rcode: RCODE.REFUSED, question };
  return { ...fromLookup(lookup(zone, question.name, question.type)), question };
}

export function respond(zone: Zone, query: Uint8Array, options: ResponderOptions): Response {
  const header = readHeader(query);
  if (header === undefined) return { verdict: 'tooShort' };
  if (header.isResponse) return { verdict: 'notAQuery' };
  const walk = walkDnsMessage(query, options.walk ?? DEFAULT_DNS_WALK_LIMITS);
  if (walk.refusal !== undefined) return { verdict: 'refused', refusal: walk.refusal };
  if (walk.stoppedBy === 'recordLimit') return { verdict: 'refused', refusal: 'tooManyRecords' };
  const { reply, clientLimit } = decide(zone, query, header, walk, options);
  const limit =
    options.transport === 'tcp'
      ? TCP_MESSAGE_LIMIT
      : Math.min(
          clientLimit ?? CLASSIC_UDP_LIMIT,
          Math.max(CLASSIC_UDP_LIMIT, options.maxUdpPayload),
        );
  return { verdict: 'answered', reply: fit(query, header, reply, limit) };
}
