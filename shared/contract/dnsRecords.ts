/**
 * The lab DNS zone as data: how a record typed in the zone editor (or in `--config`) becomes an
 * absolute, checked record. Pure, so the boundary's schema, the zone editor and the DNS
 * service all read a record the same way and refuse the same mistakes with the same reason.
 *
 * Names follow zone-file habits with one kindness for beginners: `@` is the zone itself, a name
 * ending in `.` is absolute, a name that already ends in the zone's domain is taken as written
 * (so `mail.lab.example` does not become `mail.lab.example.lab.example`), anything else is
 * relative to the zone.
 */
import { isIPv4, isIPv6 } from './validation';

export const DNS_RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SOA'] as const;
export type DnsRecordType = (typeof DNS_RECORD_TYPES)[number];

/** A record as the zone editor holds it: `value` is text whose shape depends on `type`. */
export interface DnsRecordInput {
  name: string;
  type: DnsRecordType;
  ttl?: number;
  value: string;
}

export interface SoaData {
  type: 'SOA';
  /** The primary name server. */
  mname: string;
  /** The administrator's mailbox written as a name (hostmaster.lab.example). */
  rname: string;
  serial: number;
  refresh: number;
  retry: number;
  expire: number;
  /** How long resolvers may remember that a name does not exist (RFC 2308). */
  minimum: number;
}

export type DnsRecordData =
  | { type: 'A' | 'AAAA'; address: string }
  | { type: 'CNAME' | 'NS'; target: string }
  | { type: 'MX'; preference: number; exchange: string }
  | { type: 'TXT'; text: string }
  | SoaData;

/** A checked record: `owner` is absolute, lower case, without the final dot. */
export interface ZoneRecord {
  owner: string;
  ttl: number;
  data: DnsRecordData;
}

export const DEFAULT_DNS_TTL = 300;
/** SOA timers when the zone editor gives only "mname rname" (seconds, as RFC 1912 suggests). */
export const DEFAULT_SOA_TIMERS = {
  serial: 1,
  refresh: 3600,
  retry: 600,
  expire: 86400,
  minimum: 300,
} as const;

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const MAX_NAME_LENGTH = 253;
const UINT32_MAX = 4_294_967_295;

/** A domain name in lower case without the final dot, or undefined when it is not one. */
export function normalizeDnsName(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase();
  const name = trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return undefined;
  return name.split('.').every((label) => LABEL.test(label)) ? name : undefined;
}

export function isDnsName(text: string): boolean {
  return normalizeDnsName(text) !== undefined;
}

/** True when `name` is the zone's own name or below it (both normalized). */
export function isInZone(name: string, origin: string): boolean {
  return name === origin || name.endsWith(`.${origin}`);
}

/** Resolves a name as typed in the zone editor against the zone; undefined when malformed. */
export function absoluteName(text: string, origin: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '@') return origin;
  if (trimmed.endsWith('.')) return normalizeDnsName(trimmed);
  const asTyped = normalizeDnsName(trimmed);
  if (asTyped === undefined) return undefined;
  if (isInZone(asTyped, origin)) return asTyped;
  return normalizeDnsName(`${asTyped}.${origin}`);
}

export type RecordCheck =
  { ok: true; record: ZoneRecord } | { ok: false; field: 'name' | 'value'; reason: string };

function refuse(field: 'name' | 'value', reason: string): RecordCheck {
  return { ok: false, field, reason };
}

function wholeNumber(text: string, max: number): number | undefined {
  if (!/^\d{1,10}$/.test(text)) return undefined;
  const value = Number(text);
  return value <= max ? value : undefined;
}

/** SOA's mailbox may be typed as an address (hostmaster@lab.example): DNS writes it as a name. */
function mailboxName(text: string, origin: string): string | undefined {
  return absoluteName(text.replace('@', '.'), origin);
}

function parseSoa(words: string[], origin: string): SoaData | undefined {
  if (words.length !== 2 && words.length !== 7) return undefined;
  const mname = absoluteName(words[0] ?? '', origin);
  const rname = mailboxName(words[1] ?? '', origin);
  const numbers = words.slice(2).map((word) => wholeNumber(word, UINT32_MAX));
  if (mname === undefined || rname === undefined || numbers.includes(undefined)) return undefined;
  const [serial, refresh, retry, expire, minimum] =
    numbers.length === 5 ? (numbers as number[]) : [];
  return {
    type: 'SOA',
    mname,
    rname,
    serial: serial ?? DEFAULT_SOA_TIMERS.serial,
    refresh: refresh ?? DEFAULT_SOA_TIMERS.refresh,
    retry: retry ?? DEFAULT_SOA_TIMERS.retry,
    expire: expire ?? DEFAULT_SOA_TIMERS.expire,
    minimum: minimum ?? DEFAULT_SOA_TIMERS.minimum,
  };
}

function parseData(input: DnsRecordInput, origin: string): DnsRecordData | string {
  const value = input.value.trim();
  switch (input.type) {
    case 'A':
      return isIPv4(value) ? { type: 'A', address: value } : 'validation.dnsIpv4';
    case 'AAAA':
      return isIPv6(value) && !value.includes('%')
        ? { type: 'AAAA', address: value }
        : 'validation.dnsIpv6';
    case 'CNAME':
    case 'NS': {
      const target = absoluteName(value, origin);
      return target === undefined ? 'validation.dnsName' : { type: input.type, target };
    }
    case 'MX': {
      const [priority, exchangeText, extra] = value.split(/\s+/);
      const preference = wholeNumber(priority ?? '', 65535);
      const exchange = absoluteName(exchangeText ?? '', origin);
      if (preference === undefined || exchange === undefined || extra !== undefined) {
        return 'validation.dnsMx';
      }
      return { type: 'MX', preference, exchange };
    }
    case 'TXT':
      return value.length > 0 ? { type: 'TXT', text: input.value } : 'validation.wrongValue';
    case 'SOA':
      return parseSoa(value.split(/\s+/), origin) ?? 'validation.dnsSoa';
  }
}

/** Checks one record against the zone `origin` (already normalized). */
export function parseDnsRecord(input: DnsRecordInput, origin: string): RecordCheck {
  const owner = absoluteName(input.name, origin);
  if (owner === undefined) return refuse('name', 'validation.dnsName');
  if (!isInZone(owner, origin)) return refuse('name', 'validation.dnsOutsideZone');
  if (input.type === 'SOA' && owner !== origin) return refuse('name', 'validation.dnsSoaPlace');
  const data = parseData(input, origin);
  if (typeof data === 'string') return refuse('value', data);
  return { ok: true, record: { owner, ttl: input.ttl ?? DEFAULT_DNS_TTL, data } };
}

export interface ZoneProblem {
  /** The record's position in the list, so a form can mark its row. */
  index: number;
  field: 'name' | 'value' | 'type';
  reason: string;
}

/**
 * Everything wrong with a zone, record by record: the record's own syntax, then the rules that
 * need the whole zone (one SOA; a CNAME alone at its name, RFC 1034 §3.6.2).
 */
export function zoneProblems(originText: string, inputs: readonly DnsRecordInput[]): ZoneProblem[] {
  const origin = normalizeDnsName(originText);
  if (origin === undefined) return [];
  const problems: ZoneProblem[] = [];
  const typesByOwner = new Map<string, Set<DnsRecordType>>();
  let soaSeen = false;
  inputs.forEach((input, index) => {
    const check = parseDnsRecord(input, origin);
    if (!check.ok) {
      problems.push({ index, field: check.field, reason: check.reason });
      return;
    }
    if (input.type === 'SOA') {
      if (soaSeen) problems.push({ index, field: 'type', reason: 'validation.dnsSoaPlace' });
      soaSeen = true;
    }
    const { owner } = check.record;
    const types = typesByOwner.get(owner) ?? new Set<DnsRecordType>();
    const cnameClash =
      (input.type === 'CNAME' && types.size > 0) || (input.type !== 'CNAME' && types.has('CNAME'));
    // The zone's own name always holds an SOA (added when the list has none), so no CNAME there.
    if (cnameClash || (input.type === 'CNAME' && owner === origin)) {
      problems.push({ index, field: 'type', reason: 'validation.dnsCnameAlone' });
    }
    types.add(input.type);
    typesByOwner.set(owner, types);
  });
  return problems;
}
