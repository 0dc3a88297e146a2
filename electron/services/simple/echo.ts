/**
 * Echo (RFC 862), with its explanations: the engine's echo behaviour already sends back every
 * TCP chunk and every UDP datagram, honouring backpressure; this adds what the inspector says.
 */
import type { Behaviour } from '../../engine';
import { echoBehaviour } from '../../engine/behaviours/echo';
import type { EventAnnotation } from '../../../shared/contract/events';
import type { SimpleServiceOptions } from './options';
import type { NoteLimits } from './textNotes';
import { lineNotes, SIMPLE_KEYS } from './textNotes';

export function describeEcho(
  direction: 'in' | 'out',
  data: Uint8Array,
  limits: NoteLimits,
): EventAnnotation {
  const role = direction === 'in' ? 'request' : 'response';
  return { protocol: 'echo', role, lines: lineNotes(data, `${SIMPLE_KEYS}.echo.${role}`, limits) };
}

export function echoService(options: SimpleServiceOptions): Behaviour<{ name: 'echo' }> {
  return {
    name: echoBehaviour.name,
    protocols: echoBehaviour.protocols,
    create(config) {
      return {
        ...echoBehaviour.create(config),
        describe: (_session, direction, data) => describeEcho(direction, data, options),
      };
    },
  };
}
