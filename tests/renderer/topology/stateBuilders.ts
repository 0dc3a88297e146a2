/** Small engine states for the topology tests, shaped exactly like the engine's snapshots. */
import type {
  ClientInfo,
  ConnectionInfo,
  Counters,
  Endpoint,
  EngineState,
  Protocol,
  ServerInfo,
} from '../../../shared/contract';

const zero = (): Counters => ({ bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 });
export const T0 = 1_700_000_000_000;

export function server(id: string, protocol: Protocol, port: number, startedAt = T0): ServerInfo {
  return {
    id,
    protocol,
    requestedPort: port,
    port,
    bind: { mode: 'all' },
    local: { address: '::', port },
    behaviour: { name: 'echo' },
    status: 'listening',
    startedAt,
    counters: zero(),
    activeConnections: 0,
    totalConnections: 0,
    concurrency: 'concurrent',
    waiting: [],
  };
}

/** A conversation a server accepted from `remote`. */
export function accepted(
  id: string,
  owner: ServerInfo,
  remote: Endpoint,
  openedAt = T0 + 1,
): ConnectionInfo {
  return {
    id,
    protocol: owner.protocol,
    role: 'server',
    serverId: owner.id,
    local: owner.protocol === 'tcp' ? { address: remote.address, port: owner.port } : owner.local,
    remote,
    status: 'open',
    localEnded: false,
    remoteEnded: false,
    flow: 'flowing',
    openedAt,
    counters: zero(),
  };
}

/** A client of this machine and the conversation it opened from `local` to `remote`. */
export function opened(
  clientId: string,
  connectionId: string,
  protocol: Protocol,
  local: Endpoint,
  remote: Endpoint,
  openedAt = T0 + 1,
): { client: ClientInfo; connection: ConnectionInfo } {
  return {
    client: {
      id: clientId,
      protocol,
      remote,
      host: remote.address,
      local,
      status: 'open',
      connectionId,
      openedAt,
      counters: zero(),
    },
    connection: {
      id: connectionId,
      protocol,
      role: 'client',
      clientId,
      local,
      remote,
      status: 'open',
      localEnded: false,
      remoteEnded: false,
      flow: 'flowing',
      openedAt,
      counters: zero(),
    },
  };
}

export function state(
  servers: ServerInfo[],
  connections: ConnectionInfo[] = [],
  clients: ClientInfo[] = [],
): EngineState {
  return { servers, clients, connections };
}
