/** The classic Internet services: echo, discard, daytime, qotd, chargen, time (TCP and UDP) and sntp. */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';

export function simpleServices(_context: ServiceContext): Behaviour<{ name: string }>[] {
  return [];
}
