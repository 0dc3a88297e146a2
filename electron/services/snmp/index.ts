/**
 * The classic Internet services: snmp (a v1 and v2c agent over UDP). Registered lazily:
 * net-snmp loads when the first snmp server starts (issue 10).
 */
import type { LazyBehaviour } from '../../engine';
import type { ServiceContext } from '../context';

export type {
  SnmpBehaviour,
  SnmpConfig,
  SnmpEnvironment,
  SnmpInstance,
  SnmpLimits,
  SnmpStats,
} from './snmpBehaviour';

export function snmpServices(_context: ServiceContext): LazyBehaviour[] {
  return [
    {
      name: 'snmp',
      protocols: ['udp'],
      load: async () => (await import('./snmpBehaviour')).createSnmpBehaviour(),
    },
  ];
}
