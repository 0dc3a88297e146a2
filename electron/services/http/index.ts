/**
 * The classic Internet services: http (GET/HEAD/POST, a welcome page or a served folder).
 * Registered lazily like the other library-backed services: its code loads on first start.
 */
import type { LazyBehaviour } from '../../engine';
import type { ServiceContext } from '../context';

export function httpServices(_context: ServiceContext): LazyBehaviour[] {
  return [
    {
      name: 'http',
      protocols: ['tcp'],
      load: async () => (await import('./httpBehaviour')).httpBehaviour,
    },
  ];
}
