/** The classic Internet services: dns (UDP and TCP). */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';

export function dnsServices(_context: ServiceContext): Behaviour<{ name: string }>[] {
  return [];
}
