/**
 * What the authoritative server answers for one question, straight from the zone: no bytes,
 * no sockets (RFC 1034 §4.3.2 without recursion, RFC 2308 negative answers, RFC 8020).
 */
import { describe, expect, it } from 'vitest';
import { lookup, RCODE } from '../../../electron/services/dns/lookup';
import { buildZone, ZoneError } from '../../../electron/services/dns/zone';
import { LAB_ZONE_RECORDS } from '../../../shared/catalogue/labZone';
import type { ZoneRecord } from '../../../shared/contract/dnsRecords';

const TYPE = { A: 1, NS: 2, CNAME: 5, SOA: 6, MX: 15, TXT: 16, AAAA: 28, SRV: 33, ANY: 255 };
const labZone = buildZone('lab.example', LAB_ZONE_RECORDS);

const summary = (records: ZoneRecord[]) =>
  records.map((record) => `${record.owner} ${record.data.type}`);

describe('the ready lab zone', () => {
  it('has the SOA, NS, MX, TXT, hosts and aliases the issue asks for', () => {
    expect(labZone.soa.data).toMatchObject({ mname: 'ns.lab.example', minimum: 300 });
    const types = new Set(labZone.records.map((record) => record.data.type));
    expect([...types].sort()).toEqual(['A', 'AAAA', 'CNAME', 'MX', 'NS', 'SOA', 'TXT']);
    for (const host of ['www', 'mail', 'ftp', 'ns', 'servidor']) {
      expect(labZone.exists(`${host}.lab.example`), host).toBe(true);
    }
  });

  it('answers a host with its address, authoritatively', () => {
    const found = lookup(labZone, 'www.lab.example', TYPE.A);
    expect(found.rcode).toBe(RCODE.NOERROR);
    expect(found.authoritative).toBe(true);
    expect(found.answers.map((record) => record.data)).toEqual([
      { type: 'A', address: '127.0.0.1' },
    ]);
    expect(lookup(labZone, 'servidor.lab.example', TYPE.AAAA).answers[0]?.data).toEqual({
      type: 'AAAA',
      address: '2001:db8::10',
    });
  });

  it('answers MX with the mail server and its addresses in the additional section', () => {
    const found = lookup(labZone, 'lab.example', TYPE.MX);
    expect(found.answers[0]?.data).toEqual({
      type: 'MX',
      preference: 10,
      exchange: 'mail.lab.example',
    });
    expect(summary(found.additionals)).toEqual(['mail.lab.example A', 'mail.lab.example AAAA']);
  });

  it('follows a CNAME inside the zone, and answers the CNAME itself when asked for it', () => {
    expect(summary(lookup(labZone, 'web.lab.example', TYPE.A).answers)).toEqual([
      'web.lab.example CNAME',
      'www.lab.example A',
    ]);
    expect(summary(lookup(labZone, 'web.lab.example', TYPE.CNAME).answers)).toEqual([
      'web.lab.example CNAME',
    ]);
  });

  it('says NXDOMAIN with the SOA (its TTL capped by the minimum) for an unknown name', () => {
    const found = lookup(labZone, 'nobody.lab.example', TYPE.A);
    expect(found.rcode).toBe(RCODE.NXDOMAIN);
    expect(found.authoritative).toBe(true);
    expect(found.answers).toEqual([]);
    expect(summary(found.authorities)).toEqual(['lab.example SOA']);
    expect(found.authorities[0]?.ttl).toBe(300);
  });

  it('says NOERROR with no answer (NODATA) for an existing name without that type', () => {
    const found = lookup(labZone, 'www.lab.example', TYPE.MX);
    expect(found.rcode).toBe(RCODE.NOERROR);
    expect(found.answers).toEqual([]);
    expect(summary(found.authorities)).toEqual(['lab.example SOA']);
    expect(lookup(labZone, 'www.lab.example', TYPE.SRV).rcode).toBe(RCODE.NOERROR);
  });

  it('refuses names outside the zone, without authority, and never asks other servers', () => {
    for (const name of ['example.com', 'example', 'xlab.example', '.']) {
      const found = lookup(labZone, name, TYPE.A);
      expect(found, name).toMatchObject({ rcode: RCODE.REFUSED, authoritative: false });
      expect(found.answers).toEqual([]);
    }
  });

  it('answers ANY with every record at the name', () => {
    expect(summary(lookup(labZone, 'www.lab.example', TYPE.ANY).answers)).toEqual([
      'www.lab.example A',
      'www.lab.example AAAA',
    ]);
  });
});

describe('zones from the editor', () => {
  it('adds an SOA when the list has none, and keeps names with only children (RFC 8020)', () => {
    const zone = buildZone('Aula.Test.', [
      { name: 'a.b', type: 'A', value: '192.0.2.7' },
      { name: '@', type: 'NS', value: 'dns1' },
    ]);
    expect(zone.origin).toBe('aula.test');
    expect(zone.soa.data).toMatchObject({ mname: 'dns1.aula.test', rname: 'hostmaster.aula.test' });
    expect(lookup(zone, 'b.aula.test', TYPE.A).rcode).toBe(RCODE.NOERROR);
    expect(lookup(zone, 'c.aula.test', TYPE.A).rcode).toBe(RCODE.NXDOMAIN);
    expect(lookup(zone, 'aula.test', TYPE.SOA).answers).toHaveLength(1);
  });

  it('refers a delegated name to its name servers, with glue, without authority', () => {
    const zone = buildZone('lab.example', [
      { name: 'sub', type: 'NS', value: 'ns.sub' },
      { name: 'ns.sub', type: 'A', value: '192.0.2.53' },
      { name: 'www', type: 'A', value: '192.0.2.80' },
    ]);
    const found = lookup(zone, 'host.sub.lab.example', TYPE.A);
    expect(found).toMatchObject({ rcode: RCODE.NOERROR, authoritative: false, answers: [] });
    expect(summary(found.authorities)).toEqual(['sub.lab.example NS']);
    expect(summary(found.additionals)).toEqual(['ns.sub.lab.example A']);
  });

  it('stops a CNAME loop and reports NXDOMAIN when an alias points to nothing (RFC 6604)', () => {
    const zone = buildZone('lab.example', [
      { name: 'one', type: 'CNAME', value: 'two' },
      { name: 'two', type: 'CNAME', value: 'one' },
      { name: 'dangling', type: 'CNAME', value: 'missing' },
      { name: 'away', type: 'CNAME', value: 'www.other.test.' },
    ]);
    expect(summary(lookup(zone, 'one.lab.example', TYPE.A).answers)).toEqual([
      'one.lab.example CNAME',
      'two.lab.example CNAME',
    ]);
    const dangling = lookup(zone, 'dangling.lab.example', TYPE.A);
    expect(dangling.rcode).toBe(RCODE.NXDOMAIN);
    expect(summary(dangling.answers)).toEqual(['dangling.lab.example CNAME']);
    expect(lookup(zone, 'away.lab.example', TYPE.A)).toMatchObject({ rcode: RCODE.NOERROR });
  });

  it('throws a ZoneError naming the first bad record', () => {
    expect(() => buildZone('lab.example', [{ name: 'x', type: 'A', value: 'nope' }])).toThrow(
      ZoneError,
    );
    const mistake = () =>
      buildZone('lab.example', [
        { name: 'x', type: 'A', value: '192.0.2.1' },
        { name: 'y', type: 'MX', value: 'mail' },
      ]);
    expect(mistake).toThrow(
      expect.objectContaining({ field: 'records.1.value', reason: 'validation.dnsMx' }),
    );
    expect(() => buildZone('bad domain', [])).toThrow(ZoneError);
  });
});
