/**
 * The classic Internet services: ftp (anonymous reading, a lab account, a jailed folder).
 * Registered lazily: ftp-srv loads when the first ftp server starts (issue 10).
 */
import type { LazyBehaviour } from '../../engine';
import type { ServiceContext } from '../context';

export function ftpServices(context: ServiceContext): LazyBehaviour[] {
  return [
    {
      name: 'ftp',
      protocols: ['tcp'],
      load: async () => (await import('./ftpBehaviour')).ftpBehaviour(context),
    },
  ];
}
