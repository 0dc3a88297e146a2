/**
 * A bounded walk over a DNS message before anything decodes it (issue 12). Compression pointers
 * (RFC 1035 §4.1.4) let a name jump to an earlier one, and a jump may land on another pointer:
 * a 65 KB datagram of chained pointers made dns-packet follow tens of millions of jumps (0.6 to
 * 1.3 s with the whole process frozen). The walk counts every jump in the message against one
 * budget, refuses a name longer than 255 bytes and a pointer that does not go strictly
 * backwards, and stops after a number of records, so its own work is bounded by the bytes and
 * the budget. It builds no strings: it only says where each record lies, and what stopped it.
 */
import { HEADER_BYTES, readHeader } from './queryReader';

export interface DnsWalkLimits {
  /** Compression pointers followed in one message, all its names together. */
  maxPointerHops: number;
  /** Records walked (questions included); the rest are counted, not read. */
  maxRecords: number;
}

/**
 * A query has one question and perhaps an OPT record, each name at most one or two jumps; a
 * response of 32 records needs under 100. 128 jumps leaves room and still costs nothing.
 */
export const DEFAULT_DNS_WALK_LIMITS: Readonly<DnsWalkLimits> = {
  maxPointerHops: 128,
  maxRecords: 32,
};

/** Why a message is refused outright: nobody decodes it, nobody answers it. */
export type DnsRefusal = 'pointerLoop' | 'nameTooLong';

export type DnsSection = 'questions' | 'answers' | 'authorities' | 'additionals';
export const DNS_SECTIONS: readonly DnsSection[] = [
  'questions',
  'answers',
  'authorities',
  'additionals',
];

export interface WalkedRecord {
  section: DnsSection;
  type: number;
  /** For OPT, the sender's largest UDP message (RFC 6891 §6.1.2). */
  class: number;
  /** Absent for questions; for OPT, the extended rcode, version and flags. */
  ttl?: number;
  /** True when the owner name is the root (a single zero byte). */
  rootOwner: boolean;
  end: number;
}

export interface DnsWalk {
  records: WalkedRecord[];
  /** How many records each section announces in the header. */
  counts: Record<DnsSection, number>;
  /** Where the last walked record ends. */
  end: number;
  /** Records announced but not walked, and why: the record limit, or the bytes ran out. */
  notWalked: number;
  stoppedBy?: 'recordLimit' | 'cut';
  refusal?: DnsRefusal;
}

/** RFC 1035 §2.3.4: a name, labels and their length bytes together. */
export const MAX_NAME_WIRE_BYTES = 255;
const POINTER = 0xc0;

type NameEnd = number | DnsRefusal | 'cut';

/** Where the name at `offset` ends in the message, following pointers within the budget. */
function skipName(bytes: Uint8Array, offset: number, budget: { hops: number }): NameEnd {
  let position = offset;
  let lowest = offset;
  let end: number | undefined;
  let wireBytes = 0;
  for (;;) {
    const length = bytes[position];
    if (length === undefined) return 'cut';
    if ((length & POINTER) === POINTER) {
      const low = bytes[position + 1];
      if (low === undefined) return 'cut';
      const target = ((length & 0x3f) << 8) | low;
      end ??= position + 2;
      budget.hops -= 1;
      // A pointer must go strictly back before every label already read, or it can loop.
      if (target >= lowest || budget.hops < 0) return 'pointerLoop';
      position = target;
      lowest = target;
      continue;
    }
    if ((length & POINTER) !== 0) return 'cut';
    wireBytes += length + 1;
    if (wireBytes > MAX_NAME_WIRE_BYTES) return 'nameTooLong';
    if (length === 0) return end ?? position + 1;
    position += length + 1;
  }
}

function sectionOf(index: number, counts: Record<DnsSection, number>): DnsSection {
  let rest = index;
  for (const section of DNS_SECTIONS) {
    if (rest < counts[section]) return section;
    rest -= counts[section];
  }
  return 'additionals';
}

/** Walks `bytes`; a message shorter than a header walks nothing and is cut. */
export function walkDnsMessage(
  bytes: Uint8Array,
  limits: DnsWalkLimits = DEFAULT_DNS_WALK_LIMITS,
): DnsWalk {
  const header = readHeader(bytes);
  const counts = {
    questions: header?.questionCount ?? 0,
    answers: header?.answerCount ?? 0,
    authorities: header?.authorityCount ?? 0,
    additionals: header?.additionalCount ?? 0,
  };
  const total = counts.questions + counts.answers + counts.authorities + counts.additionals;
  const walk: DnsWalk = { records: [], counts, end: HEADER_BYTES, notWalked: total };
  if (header === undefined) return { ...walk, end: 0, stoppedBy: 'cut' };
  const budget = { hops: limits.maxPointerHops };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let index = 0; index < total; index++) {
    if (index >= limits.maxRecords) return { ...walk, stoppedBy: 'recordLimit' };
    const section = sectionOf(index, counts);
    const nameEnd = skipName(bytes, walk.end, budget);
    if (nameEnd === 'cut') return { ...walk, stoppedBy: 'cut' };
    if (typeof nameEnd !== 'number') return { ...walk, refusal: nameEnd };
    const fixed = section === 'questions' ? 4 : 10;
    if (nameEnd + fixed > bytes.byteLength) return { ...walk, stoppedBy: 'cut' };
    const record: WalkedRecord = {
      section,
      type: view.getUint16(nameEnd),
      class: view.getUint16(nameEnd + 2),
      rootOwner: bytes[walk.end] === 0,
      end: nameEnd + fixed,
    };
    if (section !== 'questions') {
      record.ttl = view.getUint32(nameEnd + 4);
      record.end += view.getUint16(nameEnd + 8);
      if (record.end > bytes.byteLength) return { ...walk, stoppedBy: 'cut' };
      const refusal = checkDataNames(bytes, record.type, nameEnd + 10, record.end, budget);
      if (refusal !== undefined) return { ...walk, refusal };
    }
    walk.records.push(record);
    walk.end = record.end;
    walk.notWalked -= 1;
  }
  return walk;
}

/**
 * Where dns-packet reads names inside a record's data, by type (RFC 1035 §3.3, RFC 2782 SRV,
 * RFC 1183 RP, RFC 3403 NAPTR, RFC 4034 RRSIG and NSEC): the offsets of fixed fields before
 * each name. NAPTR's name follows three character-strings, handled apart.
 */
const NAMES_IN_DATA: ReadonlyMap<number, readonly number[]> = new Map([
  [2, [0]],
  [5, [0]],
  [12, [0]],
  [39, [0]],
  [6, [0, 0]],
  [17, [0, 0]],
  [15, [2]],
  [33, [6]],
  [46, [18]],
  [47, [0]],
]);
const NAPTR = 35;

/** Checks the names in a record's data against the same budget; undefined when they pass. */
function checkDataNames(
  bytes: Uint8Array,
  type: number,
  start: number,
  end: number,
  budget: { hops: number },
): DnsRefusal | undefined {
  let position = start;
  let skips = NAMES_IN_DATA.get(type);
  if (type === NAPTR) {
    position += 4;
    for (let string = 0; string < 3; string++) position += 1 + (bytes[position] ?? 0);
    skips = [0];
  }
  // Names are read from the data alone: a malformed one is dns-packet's to report, not ours.
  const data = bytes.subarray(0, end);
  for (const skip of skips ?? []) {
    position += skip;
    const nameEnd = skipName(data, position, budget);
    if (nameEnd === 'cut') return undefined;
    if (typeof nameEnd !== 'number') return nameEnd;
    position = nameEnd;
  }
  return undefined;
}
