/**
 * Where a server listens, from what the student chose. "All interfaces" prefers the IPv6
 * wildcard with dual stack (one socket hears IPv4 and IPv6 clients) and falls back to the IPv4
 * wildcard on machines without IPv6.
 */
import type { AddressFamily, BindChoice } from '../../shared/contract/model';
import { familyOf } from './endpoint';

export interface ListenAddress {
  address: string;
  family: AddressFamily;
}

export const IPV6_ANY = '::';
export const IPV4_ANY = '0.0.0.0';

export function listenCandidates(bind: BindChoice): ListenAddress[] {
  switch (bind.mode) {
    case 'all':
      return [
        { address: IPV6_ANY, family: 'IPv6' },
        { address: IPV4_ANY, family: 'IPv4' },
      ];
    case 'loopback':
      return bind.family === 'IPv6'
        ? [{ address: '::1', family: 'IPv6' }]
        : [{ address: '127.0.0.1', family: 'IPv4' }];
    case 'address': {
      const address = bind.address ?? IPV4_ANY;
      return [{ address, family: familyOf(address) }];
    }
  }
}

/** Errors that mean "this machine has no IPv6", not "this port is taken". */
const NO_IPV6_ERRNOS = new Set(['EAFNOSUPPORT', 'EADDRNOTAVAIL', 'EPROTONOSUPPORT']);

/**
 * Tries each candidate in order and returns the first that binds. Only a missing address
 * family moves on to the next one; a busy port or a refusal is the answer.
 */
export async function bindFirst<T>(
  candidates: ListenAddress[],
  attempt: (candidate: ListenAddress) => Promise<T>,
): Promise<{ value: T; candidate: ListenAddress }> {
  let lastError: unknown = new Error('no listen address');
  for (const [index, candidate] of candidates.entries()) {
    try {
      return { value: await attempt(candidate), candidate };
    } catch (error) {
      lastError = error;
      const errno = (error as { code?: unknown }).code;
      const isLast = index === candidates.length - 1;
      if (isLast || typeof errno !== 'string' || !NO_IPV6_ERRNOS.has(errno)) throw error;
    }
  }
  throw lastError;
}
