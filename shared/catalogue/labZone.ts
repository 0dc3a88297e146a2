/**
 * The DNS service's ready zone, written as the zone editor holds records (names relative to
 * the zone, so it works for any origin). `lab.example` is the default origin: RFC 2606 reserves
 * `.example`, so no real domain is ever shadowed.
 *
 * The hosts that name Puerto's own services (ns, www, mail, ftp) point at this machine
 * (127.0.0.1 and ::1), so `dig` followed by `curl`, `swaks` or `lftp` works on one lab PC; an
 * instructor serving a room changes them to the server's address. `servidor` stands for another
 * machine and uses the documentation addresses (192.0.2.0/24, RFC 5737; 2001:db8::/32,
 * RFC 3849), which never reach a real host.
 */
import type { DnsRecordInput } from '../contract/dnsRecords';

export const DEFAULT_DNS_ORIGIN = 'lab.example';

export const LAB_ZONE_RECORDS: readonly DnsRecordInput[] = [
  { name: '@', type: 'SOA', ttl: 3600, value: 'ns hostmaster 1 3600 600 86400 300' },
  { name: '@', type: 'NS', ttl: 3600, value: 'ns' },
  { name: '@', type: 'MX', value: '10 mail' },
  {
    name: '@',
    type: 'TXT',
    value: 'Puerto lab zone: ask for www, mail, ftp and servidor (A, AAAA), MX, TXT, web (CNAME).',
  },
  {
    name: '@',
    type: 'TXT',
    value:
      'Zona del laboratorio Puerto: pregunta por www, mail, ftp y servidor (A, AAAA), MX, TXT, web (CNAME).',
  },
  { name: 'ns', type: 'A', value: '127.0.0.1' },
  { name: 'ns', type: 'AAAA', value: '::1' },
  { name: 'www', type: 'A', value: '127.0.0.1' },
  { name: 'www', type: 'AAAA', value: '::1' },
  { name: 'mail', type: 'A', value: '127.0.0.1' },
  { name: 'mail', type: 'AAAA', value: '::1' },
  { name: 'ftp', type: 'A', value: '127.0.0.1' },
  { name: 'ftp', type: 'AAAA', value: '::1' },
  { name: 'servidor', type: 'A', value: '192.0.2.10' },
  { name: 'servidor', type: 'AAAA', value: '2001:db8::10' },
  { name: 'web', type: 'CNAME', value: 'www' },
  { name: 'correo', type: 'CNAME', value: 'mail' },
];
