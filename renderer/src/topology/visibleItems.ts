/**
 * Deciding what is drawn, before deciding where: which servers, clients and conversations are
 * live or fading, which client reaches which of our own ports, and which peers fit the caps.
 */
import type { ClientInfo, ConnectionInfo, ServerInfo } from '../../../shared/contract';
import type { EngineView } from './types';
import type { Closings, Presence } from './closings';
import { presenceOf } from './closings';
import { isMirror, ownServerReached } from './matching';

export interface Visible<T> {
  item: T;
  presence: Presence;
}

export interface Caps {
  peersPerServer: number;
  peersTotal: number;
  clients: number;
  waitingPerServer: number;
}

/** A drawn client and what its conversation reaches. */
export interface ClientPlan {
  client: Visible<ClientInfo>;
  connection?: Visible<ConnectionInfo>;
  /** One of our own servers, when the client talks to this machine. */
  ownServer?: ServerInfo;
  /** The conversation that server accepted for this client, once it exists. */
  mirror?: Visible<ConnectionInfo>;
}

export interface PeerPlan {
  drawn: Visible<ConnectionInfo>[];
  hidden: number;
}

const byOpening = <T extends { openedAt: number }>(left: Visible<T>, right: Visible<T>) =>
  left.item.openedAt - right.item.openedAt;

function visible<T extends { id: string }>(
  items: readonly T[],
  isFinished: (item: T) => boolean,
  isDrawable: (item: T) => boolean,
  closings: Closings,
  now: number,
): Visible<T>[] {
  const result: Visible<T>[] = [];
  for (const item of items) {
    if (!isDrawable(item)) continue;
    const presence = presenceOf(item.id, isFinished(item), closings, now);
    if (presence !== undefined) result.push({ item, presence });
  }
  return result;
}

export function visibleServers(state: EngineView, closings: Closings, now: number) {
  return visible(
    state.servers,
    (server) => server.status === 'stopped',
    (server) => server.status !== 'failed',
    closings,
    now,
  ).sort((left, right) => left.item.startedAt - right.item.startedAt);
}

export function visibleConnections(state: EngineView, closings: Closings, now: number) {
  const connections = visible(
    state.connections,
    (connection) => connection.status === 'closed',
    () => true,
    closings,
    now,
  );
  return new Map(connections.map((entry) => [entry.item.id, entry]));
}

export function visibleClients(state: EngineView, closings: Closings, now: number) {
  return visible(
    state.clients,
    (client) => client.status === 'closed' || client.status === 'error',
    () => true,
    closings,
    now,
  ).sort(byOpening);
}

/** The newest clients are drawn; older ones beyond the cap are only counted. */
export function capClients(clients: Visible<ClientInfo>[], cap: number) {
  if (clients.length <= cap) return { drawn: clients, hidden: 0 };
  const keep = Math.max(0, cap - 1);
  return { drawn: clients.slice(clients.length - keep), hidden: clients.length - keep };
}

export function planClients(
  clients: Visible<ClientInfo>[],
  connections: ReadonlyMap<string, Visible<ConnectionInfo>>,
  servers: Visible<ServerInfo>[],
): ClientPlan[] {
  const accepted = [...connections.values()].filter((entry) => entry.item.role === 'server');
  const drawnServers = new Map(servers.map((entry) => [entry.item.id, entry.item]));
  const liveServers = servers
    .filter((entry) => entry.presence === 'live')
    .map((entry) => entry.item);
  return clients.map((client) => {
    const connection = connections.get(client.item.connectionId);
    if (connection === undefined) return { client };
    const mirror = accepted.find(
      (entry) =>
        isMirror(entry.item, connection.item) && drawnServers.has(entry.item.serverId ?? ''),
    );
    const ownServer =
      mirror !== undefined
        ? drawnServers.get(mirror.item.serverId ?? '')
        : ownServerReached(connection.item, liveServers);
    return {
      client,
      connection,
      ...(ownServer !== undefined ? { ownServer } : {}),
      ...(mirror !== undefined ? { mirror } : {}),
    };
  });
}

/** Live conversations first, newest first, when choosing which peers fit. */
const byImportance = (left: Visible<ConnectionInfo>, right: Visible<ConnectionInfo>) =>
  (left.presence === 'live' ? 0 : 1) - (right.presence === 'live' ? 0 : 1) ||
  right.item.openedAt - left.item.openedAt;

/** The conversations each server accepted that are drawn as peers (not as one of our clients). */
export function peersByServer(
  connections: ReadonlyMap<string, Visible<ConnectionInfo>>,
  clients: ClientPlan[],
): Map<string, Visible<ConnectionInfo>[]> {
  const mirrored = new Set(clients.map((plan) => plan.mirror?.item.id));
  const result = new Map<string, Visible<ConnectionInfo>[]>();
  for (const entry of connections.values()) {
    const serverId = entry.item.serverId;
    if (entry.item.role !== 'server' || serverId === undefined || mirrored.has(entry.item.id)) {
      continue;
    }
    const list = result.get(serverId);
    if (list === undefined) result.set(serverId, [entry]);
    else list.push(entry);
  }
  return result;
}

/**
 * Fits one server's peers within its own cap and what is left of the total. When some do not
 * fit, one slot becomes "+N more".
 */
export function planPeers(
  peers: Visible<ConnectionInfo>[],
  perServer: number,
  remaining: number,
): PeerPlan {
  const room = Math.min(perServer, Math.max(0, remaining));
  if (peers.length <= room) return { drawn: [...peers].sort(byOpening), hidden: 0 };
  const keep = Math.max(0, room - 1);
  const drawn = [...peers].sort(byImportance).slice(0, keep).sort(byOpening);
  return { drawn, hidden: peers.length - keep };
}
