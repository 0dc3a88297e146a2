/**
 * A fixed answer, the simplest request → response server: once per received message (chunk or
 * datagram) or once per complete line, buffering a partial line per session until its end.
 */
import type { BehaviourConfig } from '../../../shared/contract/model';
import type { Behaviour, BehaviourSession } from './behaviour';
import { LineFramer } from './lineFramer';

type ReplyConfig = Extract<BehaviourConfig, { name: 'reply' }>;

export function encodePayload(payload: string, encoding: ReplyConfig['encoding']): Uint8Array {
  if (encoding === 'text') return new TextEncoder().encode(payload);
  const pairs = payload.replace(/\s+/g, '').match(/../g) ?? [];
  return Uint8Array.from(pairs, (pair) => Number.parseInt(pair, 16));
}

export const replyBehaviour: Behaviour<ReplyConfig> = {
  name: 'reply',
  protocols: ['tcp', 'udp'],
  create(config) {
    const answer = encodePayload(config.payload, config.encoding);
    const framers = new Map<BehaviourSession, LineFramer>();
    const answerTimes = (session: BehaviourSession, count: number): void => {
      for (let index = 0; index < count; index++) session.send(answer);
    };
    return {
      onData(session, data) {
        if (config.trigger === 'message') {
          answerTimes(session, 1);
          return;
        }
        let framer = framers.get(session);
        if (framer === undefined) {
          framer = new LineFramer();
          framers.set(session, framer);
        }
        answerTimes(session, framer.push(data).length);
      },
      onRemoteEnd(session) {
        session.end();
      },
      onClose(session) {
        framers.delete(session);
      },
      dispose() {
        framers.clear();
      },
    };
  },
};
