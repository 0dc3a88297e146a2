/**
 * Connects one conversation to a server's behaviour: builds the session the behaviour sees and
 * forwards conversation events to its hooks. A hook that throws becomes an error event on that
 * conversation; it never escapes into the socket callback that called it.
 */
import type { PuertoError } from '../../../shared/contract/errors';
import type { Conversation } from '../conversation';
import type { BehaviourInstance, BehaviourSession } from './behaviour';

export function createSession(conversation: Conversation): BehaviourSession {
  const attempt = (action: () => void): boolean => {
    try {
      action();
      return true;
    } catch {
      return false;
    }
  };
  return {
    id: conversation.id,
    protocol: conversation.info.protocol,
    local: conversation.info.local,
    remote: conversation.info.remote,
    send: (data) => {
      try {
        return conversation.send(data).flushed;
      } catch {
        return false;
      }
    },
    end: () => {
      if (conversation.info.protocol === 'tcp' && !conversation.info.localEnded) {
        attempt(() => conversation.halfClose());
      }
    },
    close: () => {
      conversation.close().catch(() => {});
    },
    pause: () => conversation.pause(),
    resume: () => conversation.resume(),
  };
}

/**
 * `onReport` receives the limits a behaviour reports (`session.report`), apart from hooks that
 * throw, so the server can count them on its card.
 */
export function attachBehaviour(
  instance: BehaviourInstance,
  conversation: Conversation,
  onHookError: (cause: unknown) => void,
  onReport: (error: PuertoError) => void = onHookError,
): void {
  const session = createSession(conversation);
  session.report = (error) => onReport(error);
  const guard = (hook: () => void): void => {
    try {
      hook();
    } catch (cause) {
      onHookError(cause);
    }
  };
  const describe = instance.describe;
  if (describe !== undefined) {
    conversation.describer = (direction, data) => describe.call(instance, session, direction, data);
  }
  conversation.on('data', (data) => guard(() => instance.onData?.(session, data)));
  conversation.on('drain', () => guard(() => instance.onDrain?.(session)));
  conversation.on('remote-end', () => guard(() => instance.onRemoteEnd?.(session)));
  conversation.on('close', () => guard(() => instance.onClose?.(session)));
  guard(() => instance.onOpen?.(session));
}
