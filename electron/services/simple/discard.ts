/**
 * Discard (RFC 863): everything the client sends is read and thrown away; the server never
 * answers, on TCP or on UDP. Reading on keeps the client's sends from stalling.
 */
import type { Behaviour } from '../../engine';
import type { SimpleServiceOptions } from './options';
import { lineNotes, SIMPLE_KEYS } from './textNotes';

export function discardService(options: SimpleServiceOptions): Behaviour<{ name: 'discard' }> {
  return {
    name: 'discard',
    protocols: ['tcp', 'udp'],
    create: () => ({
      onRemoteEnd(session) {
        session.close();
      },
      describe: (_session, _direction, data) => ({
        protocol: 'discard',
        role: 'request',
        lines: lineNotes(data, `${SIMPLE_KEYS}.discard.request`, options),
      }),
    }),
  };
}
