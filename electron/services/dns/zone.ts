/**
 * One authoritative zone in memory, built from the zone editor's records (or the ready lab
 * zone): records by owner name, the names that exist without records of their own (empty
 * non-terminals, RFC 8020), and the delegation points (NS below the zone's own name).
 */
import type { DnsRecordInput, SoaData, ZoneRecord } from '../../../shared/contract/dnsRecords';
import {
  DEFAULT_DNS_TTL,
  DEFAULT_SOA_TIMERS,
  isInZone,
  normalizeDnsName,
  parseDnsRecord,
  zoneProblems,
} from '../../../shared/contract/dnsRecords';

export type SoaRecord = ZoneRecord & { data: SoaData };

/** A zone the service cannot serve; the boundary's schema refuses the same lists first. */
export class ZoneError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`invalid DNS zone: ${field} (${reason})`);
  }
}

export class Zone {
  readonly origin: string;
  readonly soa: SoaRecord;
  readonly #byOwner = new Map<string, ZoneRecord[]>();
  readonly #existing = new Set<string>();

  constructor(origin: string, records: readonly ZoneRecord[]) {
    this.origin = origin;
    for (const record of records) this.#add(record);
    const soa = this.recordsAt(origin).find((record) => record.data.type === 'SOA');
    this.soa = (soa as SoaRecord | undefined) ?? this.#defaultSoa();
    if (soa === undefined) this.#add(this.soa);
  }

  /** Every record, in the order the zone lists them. */
  get records(): ZoneRecord[] {
    return [...this.#byOwner.values()].flat();
  }

  recordsAt(name: string): ZoneRecord[] {
    return this.#byOwner.get(name) ?? [];
  }

  /** True for a name with records or with records below it: such a name is never NXDOMAIN. */
  exists(name: string): boolean {
    return this.#existing.has(name);
  }

  /**
   * The highest delegation point at or above `name` (an NS set below the zone's own name):
   * this server is not authoritative there and can only refer the client (RFC 1034 §4.3.2).
   */
  delegationFor(name: string): string | undefined {
    const labels = name.split('.');
    const originLabels = this.origin.split('.').length;
    for (let depth = originLabels + 1; depth <= labels.length; depth++) {
      const candidate = labels.slice(labels.length - depth).join('.');
      if (this.recordsAt(candidate).some((record) => record.data.type === 'NS')) return candidate;
    }
    return undefined;
  }

  /** The SOA as negative answers carry it: its TTL no longer than its minimum (RFC 2308 §3). */
  negativeSoa(): SoaRecord {
    return { ...this.soa, ttl: Math.min(this.soa.ttl, this.soa.data.minimum) };
  }

  #add(record: ZoneRecord): void {
    const list = this.#byOwner.get(record.owner) ?? [];
    const duplicate = list.some(
      (held) => JSON.stringify(held.data) === JSON.stringify(record.data),
    );
    if (!duplicate) list.push(record);
    this.#byOwner.set(record.owner, list);
    let name = record.owner;
    while (isInZone(name, this.origin) && !this.#existing.has(name)) {
      this.#existing.add(name);
      if (name === this.origin) break;
      name = name.slice(name.indexOf('.') + 1);
    }
  }

  #defaultSoa(): SoaRecord {
    const nameServer = this.recordsAt(this.origin).find((record) => record.data.type === 'NS');
    const mname = nameServer?.data.type === 'NS' ? nameServer.data.target : `ns.${this.origin}`;
    return {
      owner: this.origin,
      ttl: DEFAULT_DNS_TTL,
      data: { type: 'SOA', mname, rname: `hostmaster.${this.origin}`, ...DEFAULT_SOA_TIMERS },
    };
  }
}

/** Builds the zone for `originText`, or throws a ZoneError naming the first bad record. */
export function buildZone(originText: string, inputs: readonly DnsRecordInput[]): Zone {
  const origin = normalizeDnsName(originText);
  if (origin === undefined) throw new ZoneError('origin', 'validation.dnsName');
  const [problem] = zoneProblems(origin, inputs);
  if (problem !== undefined) {
    throw new ZoneError(`records.${problem.index}.${problem.field}`, problem.reason);
  }
  const records = inputs.map((input) => {
    const check = parseDnsRecord(input, origin);
    if (!check.ok) throw new ZoneError('records', check.reason);
    return check.record;
  });
  return new Zone(origin, records);
}
