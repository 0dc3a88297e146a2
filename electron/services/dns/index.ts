/**
 * The classic Internet services: dns (UDP and TCP), authoritative for one lab zone. Registered
 * lazily: dns-packet loads when the first dns server starts (issue 10).
 */
import type { LazyBehaviour } from '../../engine';
import type { ServiceContext } from '../context';

export type { DnsBehaviour, DnsConfig, DnsInstance, DnsLimits, DnsStats } from './dnsBehaviour';

export function dnsServices(_context: ServiceContext): LazyBehaviour[] {
  return [
    {
      name: 'dns',
      protocols: ['udp', 'tcp'],
      load: async () => (await import('./dnsBehaviour')).createDnsBehaviour(),
    },
  ];
}
