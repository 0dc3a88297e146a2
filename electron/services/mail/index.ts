/** The classic Internet services: smtp and pop3, sharing one mailbox. */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';

export function mailServices(_context: ServiceContext): Behaviour<{ name: string }>[] {
  return [];
}
