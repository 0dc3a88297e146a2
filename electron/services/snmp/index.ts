/** The classic Internet services: snmp (v1 and v2c agent). */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';

export function snmpServices(_context: ServiceContext): Behaviour<{ name: string }>[] {
  return [];
}
