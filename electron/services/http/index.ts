/** The classic Internet services: http (GET/HEAD/POST, a welcome page or a served folder). */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';
import { httpBehaviour } from './httpBehaviour';

export function httpServices(_context: ServiceContext): Behaviour<{ name: string }>[] {
  return [httpBehaviour];
}
