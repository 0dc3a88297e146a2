/**
 * A variable binding's value in the words `snmpget` prints: its SMI type (RFC 2578 §7.1,
 * RFC 3416 §3 for the v2c exceptions) and its value, TimeTicks also as days and hours.
 */
import type { BerNode } from './ber';
import { readInteger, readOid, readUnsigned } from './ber';
import { oidName } from './oidNames';

const TYPE_NAMES: Readonly<Record<number, string>> = {
  0x02: 'INTEGER',
  0x04: 'OCTET STRING',
  0x05: 'NULL',
  0x06: 'OBJECT IDENTIFIER',
  0x40: 'IpAddress',
  0x41: 'Counter32',
  0x42: 'Gauge32',
  0x43: 'TimeTicks',
  0x44: 'Opaque',
  0x46: 'Counter64',
  0x80: 'noSuchObject',
  0x81: 'noSuchInstance',
  0x82: 'endOfMibView',
};

export function typeName(tag: number): string {
  return TYPE_NAMES[tag] ?? `0x${tag.toString(16).padStart(2, '0')}`;
}

/** Hundredths of a second as `snmpget` shows them: (12345) 0:02:03.45. */
export function timeTicksText(ticks: bigint): string {
  const total = Number(ticks);
  const hundredths = total % 100;
  const seconds = Math.floor(total / 100) % 60;
  const minutes = Math.floor(total / 6000) % 60;
  const hours = Math.floor(total / 360000) % 24;
  const days = Math.floor(total / 8640000);
  const two = (value: number) => String(value).padStart(2, '0');
  const clock = `${hours}:${two(minutes)}:${two(seconds)}.${two(hundredths)}`;
  return `(${total}) ${days > 0 ? `${days} d ` : ''}${clock}`;
}

const isControl = (byte: number): boolean =>
  (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f;

/**
 * Octets read to show a value: a note shows at most 256 characters, so a 60 KB value needs
 * only its start (issue 12). Cut where a UTF-8 character begins, so the text still decodes.
 */
export const MAX_OCTETS_SHOWN = 1024;

export function leadingOctets(bytes: Uint8Array, max = MAX_OCTETS_SHOWN): Uint8Array {
  if (bytes.byteLength <= max) return bytes;
  let end = max;
  while (end > max - 4 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end);
}

/** Text when the octets are readable UTF-8 (sysDescr), else hex pairs (ifPhysAddress). */
function octetsText(whole: Uint8Array): string {
  const bytes = leadingOctets(whole);
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(':');
  if (bytes.some(isControl)) return hex;
  try {
    return JSON.stringify(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return hex;
  }
}

export function valueText(node: BerNode): string {
  switch (node.tag) {
    case 0x02:
      return String(readInteger(node));
    case 0x04:
      return octetsText(node.contents);
    case 0x06: {
      const oid = readOid(node);
      const name = oidName(oid);
      return name === undefined ? oid : `${oid} (${name})`;
    }
    case 0x40:
      return [...node.contents].join('.');
    case 0x41:
    case 0x42:
    case 0x46:
      return String(readUnsigned(node));
    case 0x43:
      return timeTicksText(readUnsigned(node));
    case 0x05:
    case 0x80:
    case 0x81:
    case 0x82:
      return '';
    default:
      return [...node.contents].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
  }
}
