/**
 * The shape daytime (RFC 867), qotd (RFC 865) and time (RFC 868) share. On TCP the server
 * answers as soon as the client connects, throws away anything it receives, and closes. On UDP
 * each datagram, whatever it carries, gets one datagram back.
 */
import type { Behaviour, BehaviourInstance, BehaviourSession } from '../../engine';
import type { SimpleServiceOptions } from './options';

export interface AnswerOnceSpec<Name extends string> {
  name: Name;
  /** Called once per server start; returns what to send for each request. */
  create(): {
    answer(): Uint8Array;
    describe: NonNullable<BehaviourInstance['describe']>;
  };
}

export function answerOnceBehaviour<Name extends string>(
  spec: AnswerOnceSpec<Name>,
  options: SimpleServiceOptions,
): Behaviour<{ name: Name }> {
  return {
    name: spec.name,
    protocols: ['tcp', 'udp'],
    create() {
      const { answer, describe } = spec.create();
      const lingering = new Map<string, ReturnType<typeof setTimeout>>();
      const forget = (session: BehaviourSession): void => {
        clearTimeout(lingering.get(session.id));
        lingering.delete(session.id);
      };
      return {
        onOpen(session) {
          if (session.protocol !== 'tcp') return;
          session.send(answer());
          // FIN rather than an abrupt close: a close with unread client bytes would send RST,
          // and the client could lose the answer. The client closes its side; a client that
          // never does is closed after `lingerMs`.
          session.end();
          const timer = setTimeout(() => session.close(), options.lingerMs);
          timer.unref?.();
          lingering.set(session.id, timer);
        },
        onData(session) {
          if (session.protocol === 'udp') session.send(answer());
        },
        onRemoteEnd(session) {
          forget(session);
          session.close();
        },
        onClose: forget,
        describe,
        dispose() {
          for (const timer of lingering.values()) clearTimeout(timer);
          lingering.clear();
        },
      };
    },
  };
}
