/**
 * Character generator (RFC 864). TCP: the pattern flows from the moment the client connects
 * until it closes the connection (a FIN alone only says it will send nothing more, so the
 * stream goes on, as in BSD inetd), one whole cycle per send. When the client reads slower,
 * `send` returns false and nothing more is written until the connection drains, so memory
 * stays flat however slow the reader. UDP: each datagram gets one datagram of 0 to 512
 * characters that continue the pattern where that client's previous burst stopped.
 */
import type { Behaviour, BehaviourSession } from '../../engine';
import type { EventAnnotation } from '../../../shared/contract/events';
import {
  CHARGEN_CYCLE,
  CHARGEN_CYCLE_BYTES,
  CHARGEN_MAX_DATAGRAM_CHARACTERS,
  chargenBytes,
} from './chargenPattern';
import type { SimpleServiceOptions } from './options';
import type { NoteLimits } from './textNotes';
import { describeIgnoredRequest, lineNotes, SIMPLE_KEYS } from './textNotes';

const CHARGEN_KEYS = `${SIMPLE_KEYS}.chargen`;
/**
 * A TCP chunk holds 95 lines that differ only by their start: two show the pattern, a third
 * note counts the rest, and the capture stays small while chargen floods it.
 */
const TCP_CHUNK_NOTES = 2;

export function describeChargenOutput(
  protocol: 'tcp' | 'udp',
  data: Uint8Array,
  limits: NoteLimits,
): EventAnnotation {
  const annotation = (lines: EventAnnotation['lines']): EventAnnotation => ({
    protocol: 'chargen',
    role: 'response',
    lines,
  });
  if (protocol === 'tcp') {
    const chunkLimits = {
      ...limits,
      notesPerMessage: Math.min(limits.notesPerMessage, TCP_CHUNK_NOTES),
    };
    return annotation(lineNotes(data, `${CHARGEN_KEYS}.line`, chunkLimits));
  }
  if (data.byteLength === 0) return annotation([{ text: '', key: `${CHARGEN_KEYS}.empty` }]);
  const [first, ...rest] = lineNotes(data, `${CHARGEN_KEYS}.line`, limits);
  const burst = {
    text: first?.text ?? '',
    key: `${CHARGEN_KEYS}.burst`,
    params: { count: data.byteLength },
  };
  return annotation([burst, ...rest]);
}

export function chargenService(options: SimpleServiceOptions): Behaviour<{ name: 'chargen' }> {
  return {
    name: 'chargen',
    protocols: ['tcp', 'udp'],
    create() {
      /** TCP: the next send, scheduled so one fast reader cannot hold the event loop. */
      const nextSends = new Map<string, ReturnType<typeof setImmediate>>();
      /** UDP: where each client's next burst starts in the endless pattern. */
      const offsets = new Map<string, number>();

      const stop = (session: BehaviourSession): void => {
        clearImmediate(nextSends.get(session.id));
        nextSends.delete(session.id);
      };
      const pump = (session: BehaviourSession): void => {
        nextSends.delete(session.id);
        // false: the buffer is full (onDrain calls again) or the connection is closing.
        if (!session.send(CHARGEN_CYCLE)) return;
        nextSends.set(
          session.id,
          setImmediate(() => pump(session)),
        );
      };
      const burst = (session: BehaviourSession): void => {
        const offset = offsets.get(session.id) ?? 0;
        const length = Math.floor(options.random() * (CHARGEN_MAX_DATAGRAM_CHARACTERS + 1));
        offsets.set(session.id, (offset + length) % CHARGEN_CYCLE_BYTES);
        session.send(chargenBytes(offset, length));
      };

      return {
        onOpen(session) {
          if (session.protocol === 'tcp') pump(session);
        },
        onData(session) {
          if (session.protocol === 'udp') burst(session);
        },
        onDrain(session) {
          if (session.protocol === 'tcp' && !nextSends.has(session.id)) pump(session);
        },
        onClose(session) {
          stop(session);
          offsets.delete(session.id);
        },
        describe(session, direction, data) {
          return direction === 'in'
            ? describeIgnoredRequest('chargen', session.protocol, data, options)
            : describeChargenOutput(session.protocol, data, options);
        },
        dispose() {
          for (const next of nextSends.values()) clearImmediate(next);
          nextSends.clear();
          offsets.clear();
        },
      };
    },
  };
}
