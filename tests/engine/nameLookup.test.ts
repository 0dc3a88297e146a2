import { describe, expect, it } from 'vitest';
import { explainError } from '../../shared/i18n';
import { toPuertoError } from '../../electron/engine';
import { resolveHost } from '../../electron/engine/tcpClient';
import type { LookupAll } from '../../electron/engine/tcpClient';

/** A lookup that fails as Node's getaddrinfo does; the system resolver is never asked. */
const failingLookup =
  (code: string): LookupAll =>
  (host) =>
    Promise.reject(
      Object.assign(new Error(`getaddrinfo ${code} ${host}`), {
        code,
        syscall: 'getaddrinfo',
        hostname: host,
      }),
    );

async function lookupError(lookup: LookupAll, timeoutMs = 1_000) {
  const cause = await resolveHost('lab-pc-07.example', timeoutMs, lookup).then(
    () => undefined,
    (error: unknown) => error,
  );
  return toPuertoError(cause, { proto: 'tcp', port: 7007 });
}

describe('name lookup failures', () => {
  it('says a name that does not exist may be misspelt', async () => {
    const error = await lookupError(failingLookup('ENOTFOUND'));
    expect(error.code).toBe('HOST_NOT_FOUND');
    expect(explainError('en', error).hint).toContain('spelling');
  });

  it.each(['EAI_AGAIN', 'EAI_FAIL', 'ESERVFAIL', 'ETIMEOUT', 'ECONNREFUSED'])(
    'says the name server did not answer (%s), not that the name is misspelt',
    async (code) => {
      const error = await lookupError(failingLookup(code));
      expect(error.code).toBe('DNS_UNAVAILABLE');
      expect(error.details.host).toBe('lab-pc-07.example');
      const english = explainError('en', error);
      expect(english.title).toBe('Could not look up the name lab-pc-07.example');
      expect(english.hint).toContain('Check the network or the DNS server');
      expect(explainError('es', error).hint).toContain('Comprueba la red o el servidor DNS');
    },
  );

  it('reports a name server that never answers as unavailable', async () => {
    const silent: LookupAll = () => new Promise(() => {});
    const error = await lookupError(silent, 30);
    expect(error.code).toBe('DNS_UNAVAILABLE');
  });

  it('passes the addresses found through, IPv4 first', async () => {
    const lookup: LookupAll = () =>
      Promise.resolve([
        { address: '192.0.2.7', family: 4 },
        { address: '2001:db8::7', family: 6 },
      ]);
    expect(await resolveHost('lab-pc-07.example', 1_000, lookup)).toEqual([
      { address: '192.0.2.7', family: 4 },
      { address: '2001:db8::7', family: 6 },
    ]);
  });
});
