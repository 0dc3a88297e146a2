/** The classic Internet services: dns (UDP and TCP), authoritative for one lab zone. */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';
import { createDnsBehaviour } from './dnsBehaviour';

export type { DnsBehaviour, DnsConfig, DnsInstance, DnsLimits, DnsStats } from './dnsBehaviour';
export { createDnsBehaviour, DEFAULT_DNS_LIMITS } from './dnsBehaviour';

export function dnsServices(_context: ServiceContext): Behaviour<{ name: string }>[] {
  return [createDnsBehaviour()];
}
