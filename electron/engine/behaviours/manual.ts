/** The student answers by hand: the server only listens and shows what arrives. */
import type { Behaviour } from './behaviour';

export const manualBehaviour: Behaviour<{ name: 'manual' }> = {
  name: 'manual',
  protocols: ['tcp', 'udp'],
  create: () => ({}),
};
