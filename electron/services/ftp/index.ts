/** The classic Internet services: ftp (anonymous reading, a lab account, a jailed folder). */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';
import { ftpBehaviour } from './ftpBehaviour';

export function ftpServices(context: ServiceContext): Behaviour<{ name: string }>[] {
  return [ftpBehaviour(context)];
}
