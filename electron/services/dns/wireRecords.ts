/**
 * Turns the zone's records into dns-packet answers, and encodes the sections after the
 * question. dns-packet writes a TXT string's length in one byte, so long texts are cut into
 * strings of at most 255 bytes first (RFC 1035 §3.3.14), never inside a UTF-8 character.
 */
import { encode } from 'dns-packet';
import type { Answer } from 'dns-packet';
import type { ZoneRecord } from '../../../shared/contract/dnsRecords';

const TXT_STRING_BYTES = 255;

export function txtStrings(text: string): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const strings: Buffer[] = [];
  let start = 0;
  while (start < bytes.byteLength) {
    let end = Math.min(start + TXT_STRING_BYTES, bytes.byteLength);
    // A continuation byte (10xxxxxx) must stay with the byte that starts its character.
    while (end < bytes.byteLength && end > start && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    strings.push(bytes.subarray(start, end));
    start = end;
  }
  return strings.length === 0 ? [Buffer.alloc(0)] : strings;
}

export function toAnswer(record: ZoneRecord): Answer {
  const base = { name: record.owner, ttl: record.ttl, class: 'IN' as const };
  const { data } = record;
  switch (data.type) {
    case 'A':
    case 'AAAA':
      return { ...base, type: data.type, data: data.address };
    case 'CNAME':
    case 'NS':
      return { ...base, type: data.type, data: data.target };
    case 'MX':
      return {
        ...base,
        type: 'MX',
        data: { preference: data.preference, exchange: data.exchange },
      };
    case 'TXT':
      return { ...base, type: 'TXT', data: txtStrings(data.text) };
    case 'SOA': {
      const { mname, rname, serial, refresh, retry, expire, minimum } = data;
      return {
        ...base,
        type: 'SOA',
        data: { mname, rname, serial, refresh, retry, expire, minimum },
      };
    }
  }
}

/** The EDNS pseudo-record (RFC 6891 §6.1.2): the UDP size we accept, and the upper rcode bits. */
export function optRecord(udpPayloadSize: number, extendedRcode = 0): Answer {
  return {
    type: 'OPT',
    name: '.',
    udpPayloadSize,
    extendedRcode,
    ednsVersion: 0,
    flags: 0,
    flag_do: false,
    options: [],
  };
}

export interface Sections {
  answers: Answer[];
  authorities: Answer[];
  additionals: Answer[];
}

/** The answer, authority and additional sections, as bytes to follow the question. */
export function encodeSections(sections: Sections): Buffer {
  const whole = encode({ type: 'response', id: 0, flags: 0, questions: [], ...sections });
  return whole.subarray(12);
}
