import { describe, expect, it } from 'vitest';
import { isHost, isHostName, isIPv4, isIPv6, isPort } from '../../shared/contract/validation';

describe('isPort', () => {
  it('accepts the 16-bit range and refuses everything else', () => {
    for (const port of [0, 1, 80, 1023, 1024, 65535]) expect(isPort(port)).toBe(true);
    for (const port of [-1, 65536, 1.5, Number.NaN, '80', null, undefined]) {
      expect(isPort(port)).toBe(false);
    }
  });
});

describe('addresses and host names', () => {
  it.each(['127.0.0.1', '0.0.0.0', '192.168.1.20', '255.255.255.255'])('IPv4 %s', (value) => {
    expect(isIPv4(value)).toBe(true);
  });

  it.each(['256.1.1.1', '1.2.3', '01.2.3.4x', '1.2.3.4.5', ''])('not IPv4 %s', (value) => {
    expect(isIPv4(value)).toBe(false);
  });

  it.each(['::1', '::', 'fe80::1', 'fe80::1%eth0', '2001:db8::8a2e:370:7334', '::ffff:192.0.2.1'])(
    'IPv6 %s',
    (value) => expect(isIPv6(value)).toBe(true),
  );

  it.each([':::1', '1::2::3', 'gggg::1', '1:2:3:4:5:6:7:8:9', 'fe80::1%', '12345::1'])(
    'not IPv6 %s',
    (value) => expect(isIPv6(value)).toBe(false),
  );

  it('accepts RFC 1123 host names and refuses the rest', () => {
    for (const name of ['localhost', 'lab-pc-07', 'www.lab.example', 'a.b.c.']) {
      expect(isHostName(name)).toBe(true);
    }
    for (const name of ['bad host!', '-lead', 'trail-', 'a..b', 'x'.repeat(64), '']) {
      expect(isHostName(name)).toBe(false);
    }
    expect(isHost('::1')).toBe(true);
    expect(isHost('under_score')).toBe(false);
  });
});
