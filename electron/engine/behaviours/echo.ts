/**
 * Echo (RFC 862): every chunk or datagram goes straight back. When the peer reads slower than
 * it writes, reading pauses until our replies drain, so memory stays flat however fast it sends.
 */
import type { Behaviour } from './behaviour';

export const echoBehaviour: Behaviour<{ name: 'echo' }> = {
  name: 'echo',
  protocols: ['tcp', 'udp'],
  create: () => ({
    onData(session, data) {
      if (!session.send(data)) session.pause();
    },
    onDrain(session) {
      session.resume();
    },
    onRemoteEnd(session) {
      session.end();
    },
  }),
};
