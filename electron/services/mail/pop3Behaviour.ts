/**
 * The `pop3` service: a small server of our own (RFC 1939 with CAPA from RFC 2449) reading
 * the lab mailbox. Lines are framed with the engine's LineFramer, so a line over the limit is
 * cut, answered -ERR once, and the rest of it ignored. A client that stops reading its mail
 * pauses the conversation until the socket drains.
 */
import type { Behaviour, BehaviourSession } from '../../engine';
import { LineFramer } from '../../engine';
import type { Mailbox } from './mailbox';
import type { Pop3Config } from './mailOptions';
import { pop3OptionsFrom } from './mailOptions';
import { Pop3ConversationNotes } from './pop3Notes';
import { Pop3Session } from './pop3Session';
import { err } from './pop3Text';

const LINE_FEED = 0x0a;
const decoder = new TextDecoder('utf-8', { fatal: false });

interface Conversation {
  pop3: Pop3Session;
  framer: LineFramer;
  /** The rest of a line that was too long is skipped up to its end. */
  skipping: boolean;
  closing: boolean;
  idle: ReturnType<typeof setTimeout>;
}

export function pop3Behaviour(mailbox: Mailbox): Behaviour<Pop3Config> {
  return {
    name: 'pop3',
    protocols: ['tcp'],
    create(config) {
      const options = pop3OptionsFrom(config);
      const conversations = new Map<string, Conversation>();
      const notes = new WeakMap<BehaviourSession, Pop3ConversationNotes>();

      const finish = (id: string) => {
        const conversation = conversations.get(id);
        conversations.delete(id);
        if (conversation === undefined) return;
        clearTimeout(conversation.idle);
        conversation.pop3.end();
      };

      const answer = (session: BehaviourSession, conversation: Conversation, line: Uint8Array) => {
        const complete = line.at(-1) === LINE_FEED;
        if (conversation.skipping) {
          conversation.skipping = !complete;
          return;
        }
        if (!complete) {
          conversation.skipping = true;
          session.send(err(`line too long, the limit is ${options.maxLineBytes} bytes`));
          return;
        }
        const reply = conversation.pop3.handle(decoder.decode(line).replace(/\r?\n$/, ''));
        if (reply.bytes.byteLength > 0 && !session.send(reply.bytes)) session.pause();
        if (reply.close) {
          conversation.closing = true;
          session.end();
        }
      };

      return {
        onOpen(session) {
          const pop3 = new Pop3Session(mailbox, options);
          // RFC 1939 §3: an idle client is logged out without any reply and nothing deleted.
          const idle = setTimeout(() => session.close(), options.idleMs);
          idle.unref();
          const framer = new LineFramer(options.maxLineBytes);
          conversations.set(session.id, { pop3, framer, skipping: false, closing: false, idle });
          session.send(pop3.greeting());
        },
        onData(session, data) {
          const conversation = conversations.get(session.id);
          if (conversation === undefined) return;
          conversation.idle.refresh();
          for (const line of conversation.framer.push(data)) {
            if (conversation.closing) return;
            answer(session, conversation, line);
          }
        },
        onDrain: (session) => session.resume(),
        onRemoteEnd(session) {
          finish(session.id);
          session.end();
        },
        onClose: (session) => finish(session.id),
        describe(session, direction, data) {
          let conversation = notes.get(session);
          if (conversation === undefined) {
            conversation = new Pop3ConversationNotes();
            notes.set(session, conversation);
          }
          return conversation.describe(direction, data);
        },
        dispose() {
          for (const id of [...conversations.keys()]) finish(id);
        },
      };
    },
  };
}
