/** The classic Internet services: ftp. */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';

export function ftpServices(_context: ServiceContext): Behaviour<{ name: string }>[] {
  return [];
}
