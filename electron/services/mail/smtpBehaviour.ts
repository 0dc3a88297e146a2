/**
 * The `smtp` service. Each conversation is a SessionStream served by smtp-server, with a line
 * guard in front: a command line over the limit never reaches smtp-server (which would answer
 * 421 and hang up) but becomes a marker it answers with 500, in order, and the conversation
 * goes on (RFC 5321 §4.5.3.1.4). The guard follows the replies to know when the message text
 * runs, where long lines are the message's business, not the guard's.
 */
import type { Behaviour, BehaviourSession } from '../../engine';
import { SessionStream } from '../../engine';
import type { Mailbox } from './mailbox';
import type { SmtpConfig } from './mailOptions';
import { smtpOptionsFrom } from './mailOptions';
import type { SmtpInputPart } from './smtpDialogue';
import { SmtpDialogue } from './smtpDialogue';
import { SmtpConversationNotes } from './smtpNotes';
import type { SmtpConnectionHandle } from './smtpServer';
import { createLabSmtpServer, OVERLONG_LINE } from './smtpServer';

interface SmtpSession {
  stream: SessionStream;
  guard: SmtpDialogue;
  connection: SmtpConnectionHandle;
  idle: ReturnType<typeof setTimeout>;
}

function forwarded(part: SmtpInputPart): Uint8Array {
  return part.kind === 'overlong' ? OVERLONG_LINE : part.raw;
}

/** The session smtp-server writes to, with every reply shown to the guard first. */
function watchedSession(session: BehaviourSession, guard: SmtpDialogue): BehaviourSession {
  return {
    id: session.id,
    protocol: session.protocol,
    local: session.local,
    remote: session.remote,
    send: (data) => {
      guard.outgoing(data);
      return session.send(data);
    },
    end: () => session.end(),
    close: () => session.close(),
    pause: () => session.pause(),
    resume: () => session.resume(),
  };
}

export function smtpBehaviour(mailbox: Mailbox): Behaviour<SmtpConfig> {
  return {
    name: 'smtp',
    protocols: ['tcp'],
    create(config) {
      const options = smtpOptionsFrom(config);
      const server = createLabSmtpServer(options, mailbox);
      const sessions = new Map<string, SmtpSession>();
      const notes = new WeakMap<BehaviourSession, SmtpConversationNotes>();

      const forget = (id: string) => {
        const entry = sessions.get(id);
        sessions.delete(id);
        if (entry === undefined) return;
        clearTimeout(entry.idle);
        if (!entry.stream.destroyed) entry.stream.destroy();
      };

      return {
        onOpen(session) {
          const guard = new SmtpDialogue(options.maxLineBytes);
          const stream = new SessionStream(watchedSession(session, guard));
          stream.on('error', () => stream.destroy());
          const connection = server.serve(stream);
          const idle = setTimeout(() => connection.timeOut(), options.idleMs);
          idle.unref();
          sessions.set(session.id, { stream, guard, connection, idle });
        },
        onData(session, data) {
          const entry = sessions.get(session.id);
          if (entry === undefined) return;
          entry.idle.refresh();
          for (const part of entry.guard.incoming(data)) entry.stream.deliver(forwarded(part));
        },
        onDrain: (session) => sessions.get(session.id)?.stream.drained(),
        onRemoteEnd: (session) => sessions.get(session.id)?.stream.deliverEnd(),
        onClose: (session) => forget(session.id),
        describe(session, direction, data) {
          let conversation = notes.get(session);
          if (conversation === undefined) {
            conversation = new SmtpConversationNotes(options.maxLineBytes);
            notes.set(session, conversation);
          }
          return conversation.describe(direction, data);
        },
        dispose() {
          for (const id of [...sessions.keys()]) forget(id);
        },
      };
    },
  };
}
