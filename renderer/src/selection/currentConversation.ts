/**
 * Which conversation the composer sends on when the engine's conversations change: the rule of
 * issue 11, "one current conversation", kept apart from Vue so it can be judged on plain data.
 */
import type { ConnectionInfo, ServerInfo } from '../../../shared/contract';

/** Open, and this side has not sent its FIN: a message typed now can still leave. */
export function canStillSend(connection: ConnectionInfo | undefined): boolean {
  return connection !== undefined && connection.status !== 'closed' && !connection.localEnded;
}

export interface ConversationChange {
  /** The conversation the composer sends on now, if any. */
  currentId: string | null;
  connections: readonly ConnectionInfo[];
  /** Conversations already seen before this change: the others just appeared. */
  known: ReadonlySet<string>;
  servers: readonly ServerInfo[];
}

function isManualServerSide(connection: ConnectionInfo, servers: readonly ServerInfo[]): boolean {
  if (connection.role !== 'server') return false;
  const server = servers.find((item) => item.id === connection.serverId);
  return server?.behaviour.name === 'manual';
}

/**
 * The conversation that should be current after a change (the same id when nothing moves it).
 *
 * - A client the student just opened becomes current at once: opening it is the clearest sign
 *   of where the next message should go ("hola udp" once left on an older TCP client).
 * - A connection accepted by a manual server becomes current only while nothing current can
 *   still send (none chosen, or the chosen one closed). A student answering by hand is waiting
 *   for that first client; but one who is typing on an open conversation would be surprised to
 *   see the next message leave on a stranger's connection. Opening a client to one's own manual
 *   server makes both sides appear: the client wins, whichever batch brings its side first.
 * - Automatic servers (echo, daytime, HTTP…) answer by themselves: their connections never take
 *   the composer. A conversation that closes stays current, disabled with its reason, until one
 *   of the above replaces it or the student picks another.
 */
export function nextCurrentConversation(change: ConversationChange): string | null {
  const arrived = change.connections.filter(
    (item) => !change.known.has(item.id) && item.status !== 'closed',
  );
  const openedClient = arrived.filter((item) => item.role === 'client').at(-1);
  if (openedClient !== undefined) return openedClient.id;

  const current = change.connections.find((item) => item.id === change.currentId);
  if (canStillSend(current)) return change.currentId;
  const accepted = arrived.filter((item) => isManualServerSide(item, change.servers)).at(-1);
  return accepted?.id ?? change.currentId;
}
