/**
 * A DNS message decoded into the fields the inspector shows next to the hex: the header (ID,
 * each flag with its meaning, the response code) and every section, each record written as
 * `dig` prints it so students can compare the two. Labels are i18n keys under
 * `services.dns.*`; values are the message's own data and stay as they are.
 */
import { decode } from 'dns-packet';
import type { Answer, DecodedPacket, Question } from 'dns-packet';
import type { DecodedField } from '../../../shared/contract/events';
import type { DnsWalkLimits, WalkedRecord } from './messageWalk';
import { DEFAULT_DNS_WALK_LIMITS, DNS_SECTIONS, walkDnsMessage } from './messageWalk';
import type { DnsHeader } from './queryReader';
import { HEADER_BYTES, readHeader } from './queryReader';

const KEY = 'services.dns';
const OPCODES: Readonly<Record<number, string>> = {
  0: 'QUERY',
  1: 'IQUERY',
  2: 'STATUS',
  4: 'NOTIFY',
  5: 'UPDATE',
};
const RCODES: Readonly<Record<number, string>> = {
  0: 'NOERROR',
  1: 'FORMERR',
  2: 'SERVFAIL',
  3: 'NXDOMAIN',
  4: 'NOTIMP',
  5: 'REFUSED',
  16: 'BADVERS',
};

export interface DnsDescription {
  fields: DecodedField[];
  /** From the QR bit; undefined when the message is too short to have one. */
  role?: 'request' | 'response';
}

function field(name: string, value?: string, children?: DecodedField[]): DecodedField {
  const decoded: DecodedField = { label: `${KEY}.fields.${name}` };
  if (value !== undefined) decoded.value = value;
  if (children !== undefined && children.length > 0) decoded.children = children;
  return decoded;
}

/** Longest record data or text shown; the hex view still holds every byte the capture kept. */
const MAX_DATA_TEXT = 256;

function shortened(text: string): string {
  return text.length <= MAX_DATA_TEXT ? text : `${text.slice(0, MAX_DATA_TEXT)}…`;
}

const bit = (flags: number, mask: number): string => ((flags & mask) !== 0 ? '1' : '0');

function rcodeField(rcode: number): DecodedField {
  const name = RCODES[rcode];
  const meaning = name === undefined ? [] : [{ label: `${KEY}.rcodes.${name}` }];
  return field('rcode', `${name ?? 'RCODE'} (${rcode})`, meaning);
}

function headerFields(header: DnsHeader, rcode: number): DecodedField[] {
  const { flags } = header;
  const hex = (value: number) => `0x${value.toString(16).padStart(4, '0')}`;
  return [
    field('id', `${hex(header.id)} (${header.id})`),
    field('flags', hex(flags), [
      field('qr', bit(flags, 0x8000)),
      field('opcode', `${OPCODES[header.opcode] ?? 'OPCODE'} (${header.opcode})`),
      field('aa', bit(flags, 0x0400)),
      field('tc', bit(flags, 0x0200)),
      field('rd', bit(flags, 0x0100)),
      field('ra', bit(flags, 0x0080)),
      rcodeField(rcode),
    ]),
  ];
}

function absolute(name: string): string {
  return name === '.' || name.endsWith('.') ? name : `${name}.`;
}

function quoted(part: unknown): string {
  const text = Buffer.isBuffer(part) ? part.toString('utf8') : String(part);
  return JSON.stringify(text);
}

/** The record's data in zone-file form, as `dig` prints it. */
function dataText(record: Exclude<Answer, { type: 'OPT' }>): string {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return record.data;
    case 'CNAME':
    case 'NS':
    case 'PTR':
    case 'DNAME':
      return absolute(record.data);
    case 'MX':
      return `${record.data.preference ?? 0} ${absolute(record.data.exchange)}`;
    case 'TXT': {
      const parts = Array.isArray(record.data) ? record.data : [record.data];
      return parts.map(quoted).join(' ');
    }
    case 'SOA': {
      const soa = record.data;
      const numbers = [soa.serial, soa.refresh, soa.retry, soa.expire, soa.minimum];
      return `${absolute(soa.mname)} ${absolute(soa.rname)} ${numbers.join(' ')}`;
    }
    default:
      return Buffer.isBuffer(record.data)
        ? `\\# ${record.data.byteLength} ${record.data.subarray(0, MAX_DATA_TEXT / 2).toString('hex')}`
        : JSON.stringify(record.data);
  }
}

function recordField(record: Answer): DecodedField {
  if (record.type === 'OPT') {
    return field('edns', `OPT udp=${record.udpPayloadSize} version=${record.ednsVersion}`, [
      field('udpPayloadSize', String(record.udpPayloadSize)),
      field('ednsVersion', String(record.ednsVersion)),
    ]);
  }
  const ttl = record.ttl ?? 0;
  const klass = record.class ?? 'IN';
  // A copy, so the note never holds a slice of a string as large as the message.
  const data = Buffer.from(shortened(dataText(record))).toString();
  return field('record', `${absolute(record.name)} ${ttl} ${klass} ${record.type} ${data}`, [
    field('name', absolute(record.name)),
    field('ttl', String(ttl)),
    field('class', klass),
    field('type', record.type),
    field('data', data),
  ]);
}

function questionField(question: Question): DecodedField {
  const klass = question.class ?? 'IN';
  return field('question', `${absolute(question.name)} ${klass} ${question.type}`, [
    field('name', absolute(question.name)),
    field('class', klass),
    field('type', question.type),
  ]);
}

/** A section with the count its header announces, and the records that were decoded. */
function sectionField(name: string, count: number, records: readonly DecodedField[]): DecodedField {
  return field(name, String(count), [...records]);
}

/**
 * The described records only, in a message of their own: dns-packet then decodes at most
 * `maxRecords` records whose names the walk has already bounded.
 */
function describedPrefix(bytes: Uint8Array, records: readonly WalkedRecord[]): Buffer {
  const prefix = Buffer.from(bytes.subarray(0, records.at(-1)?.end ?? HEADER_BYTES));
  DNS_SECTIONS.forEach((section, index) => {
    const described = records.filter((record) => record.section === section).length;
    prefix.writeUInt16BE(described, 4 + index * 2);
  });
  return prefix;
}

function malformedFields(header: DnsHeader): DecodedField[] {
  const verdict = header.isResponse ? 'malformedResponse' : 'malformed';
  return [...headerFields(header, header.flags & 0xf), { label: `${KEY}.verdict.${verdict}` }];
}

/**
 * Decodes one DNS message (without a TCP length prefix): the whole message is walked, as the
 * server walks it, so a refusal shows; at most `limits.maxRecords` records are decoded, and
 * only those within the first `keptBytes`, the bytes the capture keeps.
 */
export function describeDnsMessage(
  bytes: Uint8Array,
  limits: DnsWalkLimits = DEFAULT_DNS_WALK_LIMITS,
  keptBytes = bytes.byteLength,
): DnsDescription {
  const header = readHeader(bytes);
  if (header === undefined) {
    return {
      fields: [field('bytes', String(bytes.byteLength)), { label: `${KEY}.verdict.tooShort` }],
    };
  }
  const role = header.isResponse ? 'response' : 'request';
  const walk = walkDnsMessage(bytes, limits);
  if (walk.refusal !== undefined) {
    const refused = { label: `${KEY}.verdict.refused.${walk.refusal}` };
    return { role, fields: [...headerFields(header, header.flags & 0xf), refused] };
  }
  if (walk.stoppedBy === 'cut') return { role, fields: malformedFields(header) };
  const described = walk.records.filter((record) => record.end <= keptBytes);
  let packet: DecodedPacket;
  try {
    packet = decode(describedPrefix(bytes, described));
  } catch {
    return { role, fields: malformedFields(header) };
  }
  const opt = packet.additionals?.find((record) => record.type === 'OPT');
  const rcode = ((opt?.type === 'OPT' ? opt.extendedRcode : 0) << 4) | (header.flags & 0xf);
  const { counts } = walk;
  const fields = [
    ...headerFields(header, rcode),
    sectionField('questions', counts.questions, (packet.questions ?? []).map(questionField)),
    sectionField('answers', counts.answers, (packet.answers ?? []).map(recordField)),
    sectionField('authorities', counts.authorities, (packet.authorities ?? []).map(recordField)),
    sectionField('additionals', counts.additionals, (packet.additionals ?? []).map(recordField)),
  ];
  const total = counts.questions + counts.answers + counts.authorities + counts.additionals;
  if (total > described.length) fields.push(field('moreRecords', String(total - described.length)));
  // The responder refuses a query with more records than it walks: no answer is sent.
  if (!header.isResponse && walk.stoppedBy === 'recordLimit') {
    fields.push({ label: `${KEY}.verdict.refused.tooManyRecords` });
  }
  if (!header.isResponse && header.questionCount !== 1)
    fields.push({ label: `${KEY}.verdict.questionCount` });
  return { role, fields };
}
