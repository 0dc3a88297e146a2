import { describe, expect, it } from 'vitest';
import { WELL_KNOWN_PORTS } from '../../shared/catalogue/wellKnownPorts';
import {
  describePort,
  findWellKnownPort,
  foldText,
  searchPorts,
} from '../../shared/catalogue/portSearch';
import { suggestLabPort } from '../../shared/catalogue/labPorts';
import { PRIVILEGED_PORT_LIMIT, behaviourSchema } from '../../shared/contract';

/** The ports the issue asks the catalogue to cover. */
const REQUIRED_PORTS = [
  7, 9, 13, 17, 19, 20, 21, 22, 23, 25, 37, 53, 67, 68, 69, 80, 110, 123, 143, 161, 162, 389, 443,
  514, 587, 993, 995, 3306, 5432,
];

const ports = (entries: readonly { port: number }[]) => entries.map((entry) => entry.port);

describe('well-known ports catalogue data', () => {
  it('covers every required port exactly once', () => {
    const listed = ports(WELL_KNOWN_PORTS);
    expect(REQUIRED_PORTS.filter((port) => !listed.includes(port))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('explains every entry in both languages and names at least one transport', () => {
    for (const entry of WELL_KNOWN_PORTS) {
      expect(entry.summary.en.length, String(entry.port)).toBeGreaterThan(20);
      expect(entry.summary.es.length, String(entry.port)).toBeGreaterThan(20);
      expect(entry.summary.es).not.toBe(entry.summary.en);
      expect(entry.nickname.en.length).toBeGreaterThan(0);
      expect(entry.nickname.es.length).toBeGreaterThan(0);
      expect(entry.protocols.length).toBeGreaterThan(0);
      expect(new Set(entry.protocols).size).toBe(entry.protocols.length);
    }
  });

  it('records what each service really uses, as the lecture teaches', () => {
    expect(findWellKnownPort(80)?.protocols).toEqual(['tcp']);
    expect(findWellKnownPort(53)?.protocols).toEqual(['udp', 'tcp']);
    expect(findWellKnownPort(161)?.protocols).toEqual(['udp']);
    expect(findWellKnownPort(7)?.protocols).toEqual(['tcp', 'udp']);
    // Reserved on both even though HTTP and SNMP use one (slide 8).
    expect(findWellKnownPort(80)?.reservedBoth).toBe(true);
    expect(findWellKnownPort(161)?.reservedBoth).toBe(true);
  });

  it('shows that the same number can be two services: syslog on UDP, rsh on TCP', () => {
    const syslog = findWellKnownPort(514);
    expect(syslog?.reservedBoth).toBe(false);
    expect(syslog?.otherService?.protocol).toBe('tcp');
    expect(syslog?.protocols).not.toContain(syslog?.otherService?.protocol);
  });

  it('cites the defining RFCs of the classic services', () => {
    const rfcOf = (port: number) => findWellKnownPort(port)?.rfc;
    expect([7, 9, 13, 17, 19, 37].map(rfcOf)).toEqual([862, 863, 867, 865, 864, 868]);
    expect(rfcOf(21)).toBe(959);
    expect(rfcOf(25)).toBe(5321);
    expect(rfcOf(53)).toBe(1035);
    expect(rfcOf(3306)).toBeUndefined();
  });

  it('names only behaviours the contract knows, so "start a server here" can use them', () => {
    const hinted = WELL_KNOWN_PORTS.filter((entry) => entry.behaviour !== undefined);
    expect(hinted.map((entry) => entry.port)).toEqual(
      expect.arrayContaining([7, 9, 13, 17, 19, 37]),
    );
    for (const entry of hinted) {
      expect(behaviourSchema.safeParse({ name: entry.behaviour }).success, entry.behaviour).toBe(
        true,
      );
    }
  });

  it('has a lab port above the privileged range for every privileged entry', () => {
    for (const entry of WELL_KNOWN_PORTS.filter((item) => item.port < PRIVILEGED_PORT_LIMIT)) {
      const lab = suggestLabPort(entry.port);
      expect(lab, String(entry.port)).toBeGreaterThanOrEqual(PRIVILEGED_PORT_LIMIT);
      expect(ports(WELL_KNOWN_PORTS).filter((port) => port === lab && port !== 8080)).toEqual([]);
    }
  });
});

describe('searchPorts', () => {
  it('lists the whole catalogue in port order for an empty query', () => {
    const all = ports(searchPorts('  ', 'en'));
    expect(all).toHaveLength(WELL_KNOWN_PORTS.length);
    expect(all).toEqual([...all].sort((left, right) => left - right));
  });

  it('finds by number as it is typed, the exact port first', () => {
    expect(ports(searchPorts('53', 'en'))[0]).toBe(53);
    expect(ports(searchPorts('53', 'en'))).toContain(5353);
    expect(ports(searchPorts('5', 'es'))).toEqual(expect.arrayContaining([53, 514, 587, 5432]));
    expect(ports(searchPorts('5', 'es'))).not.toContain(80);
  });

  it('finds by service name and IANA keyword, in any case', () => {
    expect(ports(searchPorts('http', 'en')).slice(0, 3)).toEqual([80, 443, 8080]);
    expect(ports(searchPorts('SSH', 'es'))).toEqual([22]);
    expect(ports(searchPorts('domain', 'en'))).toEqual([53]);
    expect(ports(searchPorts('bootpc', 'en'))).toEqual([68]);
  });

  it('finds by RFC number, with or without the word RFC', () => {
    expect(ports(searchPorts('862', 'en'))).toEqual([7]);
    expect(ports(searchPorts('RFC 959', 'en'))).toEqual([20, 21]);
    expect(ports(searchPorts('rfc1035', 'es'))).toEqual([53]);
  });

  it('finds by a word of the explanation in the chosen language', () => {
    expect(ports(searchPorts('mail', 'en'))).toEqual(expect.arrayContaining([25, 110, 143, 587]));
    expect(ports(searchPorts('correo', 'es'))).toEqual(
      expect.arrayContaining([25, 110, 143, 587, 993, 995]),
    );
    expect(searchPorts('correo', 'en')).toEqual([]);
    expect(ports(searchPorts('clock', 'en'))).toContain(123);
    expect(ports(searchPorts('reloj', 'es'))).toEqual(expect.arrayContaining([37, 123]));
  });

  it('ignores accents and needs every word to match', () => {
    expect(foldText('Petición')).toBe('peticion');
    expect(ports(searchPorts('peticion', 'es'))).toContain(80);
    expect(ports(searchPorts('web segura', 'es'))).toEqual([443]);
    expect(searchPorts('web zzz', 'en')).toEqual([]);
  });
});

describe('describePort', () => {
  it('reads as a suggestion: number, service and what it is for', () => {
    const http = findWellKnownPort(80);
    if (http === undefined) throw new Error('80 is missing');
    expect(describePort(http, 'en')).toBe('80 — HTTP (web)');
    expect(describePort(findWellKnownPort(25) ?? http, 'es')).toBe(
      '25 — SMTP (correo entre servidores)',
    );
  });
});
