/**
 * A DNS message decoded into the fields the inspector shows next to the hex: the header (ID,
 * each flag with its meaning, the response code) and every section, each record written as
 * `dig` prints it so students can compare the two. Labels are i18n keys under
 * `services.dns.*`; values are the message's own data and stay as they are.
 */
import { decode } from 'dns-packet';
import type { Answer, DecodedPacket, Question } from 'dns-packet';
import type { DecodedField } from '../../../shared/contract/events';
import type { DnsHeader } from './queryReader';
import { readHeader } from './queryReader';

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
        ? `\\# ${record.data.byteLength} ${record.data.toString('hex')}`
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
  const data = dataText(record);
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

function sectionField(name: string, records: readonly DecodedField[]): DecodedField {
  return field(name, String(records.length), [...records]);
}

/** Decodes one DNS message (without a TCP length prefix). */
export function describeDnsMessage(bytes: Uint8Array): DnsDescription {
  const header = readHeader(bytes);
  if (header === undefined) {
    return {
      fields: [field('bytes', String(bytes.byteLength)), { label: `${KEY}.verdict.tooShort` }],
    };
  }
  const role = header.isResponse ? 'response' : 'request';
  let packet: DecodedPacket;
  try {
    packet = decode(Buffer.from(bytes));
  } catch {
    const verdict = header.isResponse ? 'malformedResponse' : 'malformed';
    return {
      role,
      fields: [...headerFields(header, header.flags & 0xf), { label: `${KEY}.verdict.${verdict}` }],
    };
  }
  const opt = packet.additionals?.find((record) => record.type === 'OPT');
  const rcode = ((opt?.type === 'OPT' ? opt.extendedRcode : 0) << 4) | (header.flags & 0xf);
  const fields = [
    ...headerFields(header, rcode),
    sectionField('questions', (packet.questions ?? []).map(questionField)),
    sectionField('answers', (packet.answers ?? []).map(recordField)),
    sectionField('authorities', (packet.authorities ?? []).map(recordField)),
    sectionField('additionals', (packet.additionals ?? []).map(recordField)),
  ];
  if (!header.isResponse && header.questionCount !== 1)
    fields.push({ label: `${KEY}.verdict.questionCount` });
  return { role, fields };
}
