/**
 * What an authoritative-only server answers for one question (RFC 1034 §4.3.2, without
 * recursion): the records asked for, a CNAME chain followed inside the zone, NXDOMAIN or
 * NODATA with the SOA in the authority section (RFC 2308), a referral below a delegation, and
 * REFUSED for any name outside the zone (this server never asks other servers).
 */
import type { ZoneRecord } from '../../../shared/contract/dnsRecords';
import { isInZone } from '../../../shared/contract/dnsRecords';
import type { Zone } from './zone';

export const RCODE = {
  NOERROR: 0,
  FORMERR: 1,
  SERVFAIL: 2,
  NXDOMAIN: 3,
  NOTIMP: 4,
  REFUSED: 5,
} as const;

/** Question types by number, for the record types a lab zone holds (RFC 1035 §3.2.2). */
export const QUESTION_TYPES: Readonly<Record<number, ZoneRecord['data']['type']>> = {
  1: 'A',
  2: 'NS',
  5: 'CNAME',
  6: 'SOA',
  15: 'MX',
  16: 'TXT',
  28: 'AAAA',
};
export const TYPE_ANY = 255;

/** A CNAME chain longer than this is cut where it stands (resolvers give up sooner). */
const MAX_CNAME_HOPS = 8;

export interface LookupResult {
  rcode: number;
  authoritative: boolean;
  answers: ZoneRecord[];
  authorities: ZoneRecord[];
  additionals: ZoneRecord[];
}

function result(rcode: number, parts: Partial<LookupResult> = {}): LookupResult {
  return { rcode, authoritative: true, answers: [], authorities: [], additionals: [], ...parts };
}

/** A and AAAA records for the names an MX or NS answer points to, so no second query is needed. */
function addressesFor(zone: Zone, records: readonly ZoneRecord[]): ZoneRecord[] {
  const targets = records.flatMap((record) => {
    if (record.data.type === 'MX') return [record.data.exchange];
    if (record.data.type === 'NS') return [record.data.target];
    return [];
  });
  return [...new Set(targets)].flatMap((target) =>
    zone
      .recordsAt(target)
      .filter((record) => record.data.type === 'A' || record.data.type === 'AAAA'),
  );
}

function referral(zone: Zone, cut: string): LookupResult {
  const nameServers = zone.recordsAt(cut).filter((record) => record.data.type === 'NS');
  return result(RCODE.NOERROR, {
    authoritative: false,
    authorities: nameServers,
    additionals: addressesFor(zone, nameServers),
  });
}

/** `name` is normalized (lower case, no final dot); `type` is the question's type number. */
export function lookup(zone: Zone, name: string, type: number): LookupResult {
  if (!isInZone(name, zone.origin)) return result(RCODE.REFUSED, { authoritative: false });
  const wanted = QUESTION_TYPES[type];
  const answers: ZoneRecord[] = [];
  const visited = new Set<string>();
  let current = name;
  for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
    const cut = zone.delegationFor(current);
    if (cut !== undefined)
      return answers.length === 0 ? referral(zone, cut) : result(0, { answers });
    const here = zone.recordsAt(current);
    if (here.length === 0) {
      const rcode = zone.exists(current) ? RCODE.NOERROR : RCODE.NXDOMAIN;
      return result(rcode, { answers, authorities: [zone.negativeSoa()] });
    }
    const alias = here.find((record) => record.data.type === 'CNAME');
    if (alias?.data.type === 'CNAME' && wanted !== 'CNAME' && type !== TYPE_ANY) {
      answers.push(alias);
      visited.add(current);
      const target = alias.data.target;
      if (!isInZone(target, zone.origin) || visited.has(target)) return result(0, { answers });
      current = target;
      continue;
    }
    const matching =
      type === TYPE_ANY ? here : here.filter((record) => record.data.type === wanted);
    if (matching.length === 0) {
      return result(RCODE.NOERROR, { answers, authorities: [zone.negativeSoa()] });
    }
    answers.push(...matching);
    return result(RCODE.NOERROR, { answers, additionals: addressesFor(zone, matching) });
  }
  return result(RCODE.NOERROR, { answers });
}
