/** The classic Internet services: http. */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';

export function httpServices(_context: ServiceContext): Behaviour<{ name: string }>[] {
  return [];
}
