/** The classic Internet services: snmp (a v1 and v2c agent over UDP). */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';
import { createSnmpBehaviour } from './snmpBehaviour';

export type {
  SnmpBehaviour,
  SnmpConfig,
  SnmpEnvironment,
  SnmpInstance,
  SnmpLimits,
  SnmpStats,
} from './snmpBehaviour';
export { createSnmpBehaviour, DEFAULT_SNMP_LIMITS, MACHINE_ENVIRONMENT } from './snmpBehaviour';

export function snmpServices(_context: ServiceContext): Behaviour<{ name: string }>[] {
  return [createSnmpBehaviour()];
}
