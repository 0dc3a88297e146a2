/**
 * The lecture's usual pattern is request (petición) → response (respuesta). Puerto labels a
 * message only where the roles are known: a client asks and the server answers; a server whose
 * behaviour answers what it receives (echo, reply, the request–response services) treats what
 * arrives as the request. A manual server gets no labels (the student decides what the bytes
 * mean), nor do discard (it never answers) and chargen (it streams whether asked or not).
 */
import type { DataEvent } from '../../../shared/contract';

export type MessageRole = 'request' | 'response';
export type ConversationRole = 'server' | 'client';
export type Direction = 'in' | 'out';

/**
 * Behaviours that answer what they receive. Daytime, time and QOTD over TCP speak first, with no
 * request: `labelMessages` leaves such an unasked-for answer unlabelled.
 */
export const ANSWERING_BEHAVIOURS: ReadonlySet<string> = new Set([
  'echo',
  'reply',
  'daytime',
  'qotd',
  'time',
  'sntp',
  'http',
  'smtp',
  'pop3',
  'ftp',
  'dns',
  'snmp',
]);

/** The direction whose messages are requests on this side of the conversation, if known. */
export function requestDirection(
  role: ConversationRole | undefined,
  behaviour: string | undefined,
): Direction | null {
  if (role === 'client') return 'out';
  if (role === 'server' && behaviour !== undefined && ANSWERING_BEHAVIOURS.has(behaviour)) {
    return 'in';
  }
  return null;
}

/** The role of the other side: a server's conversation partner is a client, and back. */
export function oppositeRole(role: ConversationRole | undefined): ConversationRole | undefined {
  if (role === undefined) return undefined;
  return role === 'server' ? 'client' : 'server';
}

export const directionOf = (event: Pick<DataEvent, 'kind'>): Direction =>
  event.kind === 'data-in' ? 'in' : 'out';

/** Whether one of the first `count` events is a request: what came before the latest ones. */
export function hasRequest(
  events: readonly { kind: string }[],
  requests: Direction | null,
  count = events.length,
): boolean {
  if (requests === null) return false;
  const kind = requests === 'in' ? 'data-in' : 'data-out';
  for (let index = 0; index < Math.min(count, events.length); index++) {
    if (events[index]?.kind === kind) return true;
  }
  return false;
}

/**
 * One label per message, in order. An answer can only follow a question: bytes the other side
 * sends before any request (a daytime greeting, say) stay unlabelled.
 */
export function labelMessages(
  messages: readonly Pick<DataEvent, 'kind'>[],
  requests: Direction | null,
  askedBefore = false,
): Array<MessageRole | undefined> {
  if (requests === null) return messages.map(() => undefined);
  let asked = askedBefore;
  return messages.map((message) => {
    if (directionOf(message) === requests) {
      asked = true;
      return 'request';
    }
    return asked ? 'response' : undefined;
  });
}
