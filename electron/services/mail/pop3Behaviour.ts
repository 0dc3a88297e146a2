/**
 * The `pop3` service: a small server of our own (RFC 1939 with CAPA from RFC 2449) reading
 * the lab mailbox. Lines are framed with the engine's LineFramer, so a line over the limit is
 * cut, answered -ERR once, and the rest of it ignored. Commands are answered one at a time and
 * only while the client reads its replies (backpressure, like echo): a client that sends
 * `RETR 1` a thousand times and reads nothing gets one reply queued, not a thousand. At most
 * `maxPipelinedCommands` commands wait for their turn; beyond that the server says why and
 * closes, and everything it held for the client goes with the connection.
 */
import type { Behaviour, BehaviourSession } from '../../engine';
import { LineFramer } from '../../engine';
import type { Mailbox } from './mailbox';
import type { Pop3Config, Pop3Options } from './mailOptions';
import { pop3OptionsFrom } from './mailOptions';
import { Pop3ConversationNotes } from './pop3Notes';
import { Pop3Session } from './pop3Session';
import { err } from './pop3Text';

const LINE_FEED = 0x0a;
const decoder = new TextDecoder('utf-8', { fatal: false });

interface Conversation {
  pop3: Pop3Session;
  framer: LineFramer;
  /** Lines read but not answered yet, because the client has not read earlier replies. */
  waiting: Uint8Array[];
  /** A reply did not fit the socket's buffer: answer nothing more until it drains. */
  blocked: boolean;
  /** The rest of a line that was too long is skipped up to its end. */
  skipping: boolean;
  closing: boolean;
  idle: ReturnType<typeof setTimeout>;
}

/** Answers one line; false when the reply filled the socket's buffer. */
function answer(
  session: BehaviourSession,
  conversation: Conversation,
  line: Uint8Array,
  options: Pop3Options,
): boolean {
  const complete = line.at(-1) === LINE_FEED;
  if (conversation.skipping) {
    conversation.skipping = !complete;
    return true;
  }
  if (!complete) {
    conversation.skipping = true;
    return session.send(err(`line too long, the limit is ${options.maxLineBytes} bytes`));
  }
  const reply = conversation.pop3.handle(decoder.decode(line).replace(/\r?\n$/, ''));
  const flushed = reply.bytes.byteLength === 0 || session.send(reply.bytes);
  if (reply.close) {
    conversation.closing = true;
    session.end();
  }
  return flushed;
}

/** Answers waiting lines until one reply fills the buffer; reading resumes once all are answered. */
function answerWaiting(
  session: BehaviourSession,
  conversation: Conversation,
  options: Pop3Options,
) {
  while (!conversation.blocked && !conversation.closing) {
    const line = conversation.waiting.shift();
    if (line === undefined) break;
    if (!answer(session, conversation, line, options)) conversation.blocked = true;
  }
  if (conversation.closing) conversation.waiting = [];
  if (conversation.blocked || conversation.waiting.length > 0) session.pause();
  else session.resume();
}

/** Too many commands ahead of their replies: say why, record it, and close. */
function refusePipelining(session: BehaviourSession, conversation: Conversation, limit: number) {
  conversation.waiting = [];
  conversation.closing = true;
  session.send(err(`too many commands sent without reading the replies, the limit is ${limit}`));
  session.report?.({
    code: 'TOO_MANY_COMMANDS',
    message: `${session.id}: more than ${limit} POP3 commands waiting for their replies`,
    details: {
      address: session.remote.address,
      port: session.remote.port,
      limit,
      protocol: 'POP3',
    },
  });
  session.close();
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
        conversation.waiting = [];
        conversation.pop3.end();
      };

      return {
        onOpen(session) {
          const pop3 = new Pop3Session(mailbox, options);
          // RFC 1939 §3: an idle client is logged out without any reply and nothing deleted.
          const idle = setTimeout(() => session.close(), options.idleMs);
          idle.unref();
          const framer = new LineFramer(options.maxLineBytes);
          conversations.set(session.id, {
            pop3,
            framer,
            waiting: [],
            blocked: false,
            skipping: false,
            closing: false,
            idle,
          });
          if (!session.send(pop3.greeting())) session.pause();
        },
        onData(session, data) {
          const conversation = conversations.get(session.id);
          if (conversation === undefined || conversation.closing) return;
          conversation.idle.refresh();
          for (const line of conversation.framer.push(data)) conversation.waiting.push(line);
          answerWaiting(session, conversation, options);
          if (conversation.waiting.length > options.maxPipelinedCommands) {
            refusePipelining(session, conversation, options.maxPipelinedCommands);
          }
        },
        onDrain(session) {
          const conversation = conversations.get(session.id);
          if (conversation === undefined) return;
          conversation.blocked = false;
          answerWaiting(session, conversation, options);
        },
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
