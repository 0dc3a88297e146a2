/**
 * How a zone editor's record becomes an absolute, checked record, and how the boundary refuses
 * a bad zone with the field and an i18n reason (pure: no sockets).
 */
import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../electron/boundary';
import {
  absoluteName,
  normalizeDnsName,
  parseDnsRecord,
  zoneProblems,
} from '../../../shared/contract/dnsRecords';
import type { DnsRecordInput } from '../../../shared/contract/dnsRecords';
import { LAB_ZONE_RECORDS } from '../../../shared/catalogue/labZone';
import { messages } from '../../../shared/i18n';

const ORIGIN = 'lab.example';

describe('DNS names in the zone editor', () => {
  it('normalizes to lower case without the final dot and refuses what is not a name', () => {
    expect(normalizeDnsName('WWW.Lab.Example.')).toBe('www.lab.example');
    expect(normalizeDnsName('_dmarc.lab.example')).toBe('_dmarc.lab.example');
    expect(normalizeDnsName('')).toBeUndefined();
    expect(normalizeDnsName('a..b')).toBeUndefined();
    expect(normalizeDnsName('-bad.lab.example')).toBeUndefined();
    expect(normalizeDnsName(`${'a'.repeat(64)}.example`)).toBeUndefined();
    expect(normalizeDnsName(`${'a'.repeat(63)}.example`)).toBe(`${'a'.repeat(63)}.example`);
    expect(normalizeDnsName(Array.from({ length: 128 }, () => 'ab').join('.'))).toBeUndefined();
  });

  it('reads @, relative, absolute and already-qualified names as a beginner means them', () => {
    expect(absoluteName('@', ORIGIN)).toBe(ORIGIN);
    expect(absoluteName('www', ORIGIN)).toBe('www.lab.example');
    expect(absoluteName('mail.lab.example', ORIGIN)).toBe('mail.lab.example');
    expect(absoluteName('mail.other.test.', ORIGIN)).toBe('mail.other.test');
    expect(absoluteName('mail.other.test', ORIGIN)).toBe('mail.other.test.lab.example');
    expect(absoluteName('bad name', ORIGIN)).toBeUndefined();
  });
});

describe('one record', () => {
  const parse = (record: DnsRecordInput) => parseDnsRecord(record, ORIGIN);

  it('turns each type into its data', () => {
    expect(parse({ name: 'www', type: 'A', value: '192.0.2.1' })).toEqual({
      ok: true,
      record: { owner: 'www.lab.example', ttl: 300, data: { type: 'A', address: '192.0.2.1' } },
    });
    expect(parse({ name: '@', type: 'MX', ttl: 60, value: '10 mail' })).toMatchObject({
      ok: true,
      record: { ttl: 60, data: { preference: 10, exchange: 'mail.lab.example' } },
    });
    expect(parse({ name: '@', type: 'SOA', value: 'ns hostmaster@lab.example' })).toMatchObject({
      ok: true,
      record: { data: { mname: 'ns.lab.example', rname: 'hostmaster.lab.example', serial: 1 } },
    });
    expect(parse({ name: '@', type: 'SOA', value: 'ns hm 7 1 2 3 4' })).toMatchObject({
      record: { data: { serial: 7, refresh: 1, retry: 2, expire: 3, minimum: 4 } },
    });
    expect(parse({ name: 'web', type: 'CNAME', value: 'www' })).toMatchObject({
      record: { data: { type: 'CNAME', target: 'www.lab.example' } },
    });
  });

  it('refuses each mistake with the field and a reason the catalogue explains', () => {
    const cases: Array<[DnsRecordInput, string, string]> = [
      [{ name: 'www', type: 'A', value: '::1' }, 'value', 'validation.dnsIpv4'],
      [{ name: 'www', type: 'A', value: '300.1.1.1' }, 'value', 'validation.dnsIpv4'],
      [{ name: 'www', type: 'AAAA', value: '127.0.0.1' }, 'value', 'validation.dnsIpv6'],
      [{ name: 'www', type: 'AAAA', value: 'fe80::1%eth0' }, 'value', 'validation.dnsIpv6'],
      [{ name: '@', type: 'MX', value: 'mail' }, 'value', 'validation.dnsMx'],
      [{ name: '@', type: 'MX', value: '70000 mail' }, 'value', 'validation.dnsMx'],
      [{ name: '@', type: 'SOA', value: 'ns' }, 'value', 'validation.dnsSoa'],
      [{ name: '@', type: 'SOA', value: 'ns hm 1 2 3' }, 'value', 'validation.dnsSoa'],
      [{ name: 'www', type: 'SOA', value: 'ns hm' }, 'name', 'validation.dnsSoaPlace'],
      [
        { name: 'www.other.test.', type: 'A', value: '192.0.2.1' },
        'name',
        'validation.dnsOutsideZone',
      ],
      [{ name: 'a b', type: 'A', value: '192.0.2.1' }, 'name', 'validation.dnsName'],
      [{ name: 'web', type: 'CNAME', value: 'bad..name' }, 'value', 'validation.dnsName'],
    ];
    for (const [record, field, reason] of cases) {
      expect(parse(record), JSON.stringify(record)).toEqual({ ok: false, field, reason });
      const key = reason.replace('validation.', '') as keyof typeof messages.en.validation;
      expect(messages.en.validation[key]).toBeTruthy();
      expect(messages.es.validation[key]).toBeTruthy();
    }
  });
});

describe('a whole zone', () => {
  it('finds nothing wrong in the ready lab zone', () => {
    expect(zoneProblems(ORIGIN, LAB_ZONE_RECORDS)).toEqual([]);
  });

  it('refuses a second SOA and a CNAME sharing its name (RFC 1034 §3.6.2)', () => {
    const problems = zoneProblems(ORIGIN, [
      { name: '@', type: 'SOA', value: 'ns hm' },
      { name: '@', type: 'SOA', value: 'ns2 hm' },
      { name: 'web', type: 'A', value: '192.0.2.1' },
      { name: 'web', type: 'CNAME', value: 'www' },
      { name: 'alias', type: 'CNAME', value: 'www' },
      { name: 'alias', type: 'TXT', value: 'hola' },
      { name: '@', type: 'CNAME', value: 'www' },
    ]);
    expect(problems).toEqual([
      { index: 1, field: 'type', reason: 'validation.dnsSoaPlace' },
      { index: 3, field: 'type', reason: 'validation.dnsCnameAlone' },
      { index: 5, field: 'type', reason: 'validation.dnsCnameAlone' },
      { index: 6, field: 'type', reason: 'validation.dnsCnameAlone' },
    ]);
  });

  it('is checked at the boundary, naming the record and the reason', () => {
    const start = (behaviour: Record<string, unknown>) =>
      validateRequest('startServer', {
        protocol: 'udp',
        port: 0,
        bind: { mode: 'loopback' },
        behaviour: { name: 'dns', ...behaviour },
      });
    const refused = start({
      records: [
        { name: 'www', type: 'A', value: '192.0.2.1' },
        { name: 'mail', type: 'A', value: 'not an address' },
      ],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        details: { field: 'behaviour.records.1.value', reason: 'validation.dnsIpv4' },
      },
    });
    expect(start({ origin: 'not a domain' })).toMatchObject({
      ok: false,
      error: { details: { field: 'behaviour.origin', reason: 'validation.dnsName' } },
    });
    const accepted = start({});
    expect(accepted).toMatchObject({
      ok: true,
      value: { request: { behaviour: { name: 'dns', origin: 'lab.example' } } },
    });
  });
});
