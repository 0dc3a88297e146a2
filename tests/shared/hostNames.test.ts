/**
 * Issue 12: host names are checked the way URLs are before any lookup. A name ending in a
 * number can only be an IPv4 address, and then only a dotted quad with every part 0–255:
 * `256.1.1.1`, `127.1`, `0x7f.1` and `0177.0.0.1` used to pass and reach the system resolver,
 * whose inet_aton reads hex, octal and short forms as other addresses.
 */
import { describe, expect, it } from 'vitest';
import { createDispatcher, validateRequest } from '../../electron/boundary';
import type { CommandHandlers } from '../../shared/contract/api';
import { isHost } from '../../shared/contract/validation';
import { translate } from '../../shared/i18n';

const NOT_HOSTS = [
  '256.1.1.1',
  '1.2.3.256',
  '0x7f.1',
  '0x7f000001',
  '0X7F.0.0.1',
  '127.1',
  '1.2.3',
  '2130706433',
  '0177.0.0.1',
  '01.2.3.4',
  '1.2.3.4.5',
  'lab.pc.42',
  '1.2.3.4.',
  '0x',
];

const HOSTS = [
  '127.0.0.1',
  '255.255.255.255',
  '0.0.0.0',
  '::1',
  'localhost',
  'lab-pc-07',
  '1password.example',
  '42.lab.example',
  'www.0x.example',
  'a.b.c.',
  'x'.repeat(63),
];

describe('host names as URLs see them', () => {
  it.each(NOT_HOSTS)('refuses %s', (value) => expect(isHost(value)).toBe(false));
  it.each(HOSTS)('accepts %s', (value) => expect(isHost(value)).toBe(true));

  it.each(NOT_HOSTS)('the boundary refuses openClient to %s, naming the host field', (host) => {
    const result = validateRequest('openClient', { protocol: 'tcp', host, port: 7 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        details: { field: 'host', reason: 'validation.hostInvalid' },
      },
    });
  });

  it('refuses an over-long host before looking at its labels', () => {
    const host = `${'a'.repeat(60)}.`.repeat(5);
    const result = validateRequest('probeServer', { protocol: 'tcp', host, port: 7 });
    expect(result).toMatchObject({ ok: false, error: { details: { field: 'host' } } });
  });

  it('never hands a refused host to the engine (so nothing is resolved)', async () => {
    const asked: unknown[] = [];
    const engine = new Proxy({} as CommandHandlers, {
      get: () => (request: unknown) => {
        asked.push(request);
        return Promise.resolve({});
      },
    });
    const dispatch = createDispatcher(engine);
    for (const host of ['256.1.1.1', '0x7f.1']) {
      const result = await dispatch('openClient', { protocol: 'tcp', host, port: 7 });
      expect(result.ok).toBe(false);
    }
    expect(asked).toEqual([]);
  });

  it('explains a dotted quad in both languages', () => {
    expect(translate('en', 'validation.hostInvalid')).toContain('0 to 255');
    expect(translate('es', 'validation.hostInvalid')).toContain('0 a 255');
  });
});
