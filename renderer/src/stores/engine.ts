import { defineStore } from 'pinia';
import { computed, shallowRef, watch } from 'vue';
import type {
  ClientInfo,
  CommandName,
  ConnectionInfo,
  EngineState,
  EventBatch,
  RequestInput,
  Response,
  ServerInfo,
  StateChanges,
} from '../../../shared/contract';
import { usePuertoClient } from '../client/puertoClient';
import { createKeyedList } from './keyedList';
import { useNotificationsStore } from './notifications';

/**
 * How the lists read while the engine is gone: not running, so every card, line and composer
 * shows them stopped or closed and offers nothing to send on. The items themselves are kept.
 */
const asStopped = (server: ServerInfo): ServerInfo =>
  server.status === 'failed' ? server : { ...server, status: 'stopped', activeConnections: 0 };
function asClosed<T extends ClientInfo | ConnectionInfo>(item: T): T {
  return item.status === 'closed' || item.status === 'error' ? item : { ...item, status: 'closed' };
}

/** What the engine is running: servers, clients and their conversations. */
export const useEngineStore = defineStore('engine', () => {
  const client = usePuertoClient();
  const notifications = useNotificationsStore();

  const serverList = createKeyedList<ServerInfo>();
  const clientList = createKeyedList<ClientInfo>();
  const connectionList = createKeyedList<ConnectionInfo>();
  const linkStatus = computed(() => client.status.value);
  /**
   * The link dropped after the engine had spoken, and no whole state has come since: what the
   * lists hold is the last the engine said before it stopped (browser mode: `puerto web` ended),
   * so nothing in them runs any more. Cleared by the next whole state, which a reconnected
   * engine sends first (issue 11, item 6).
   */
  const stale = shallowRef(false);
  // Synchronous: a drop and a quick reopen must not be folded into one "open" and go unseen.
  watch(
    linkStatus,
    (next) => {
      if (next === 'reconnecting' || next === 'closed') stale.value = true;
    },
    { flush: 'sync' },
  );
  /** Bumped by every whole state applied, so a slow `getState` cannot overwrite a newer one. */
  let stateVersion = 0;
  let refreshesWaiting = 0;
  /** Changes that arrived while a `getState` was on its way, replayed over its answer. */
  let changesSinceRefresh: StateChanges[] = [];

  function applyState(state: EngineState): void {
    stateVersion += 1;
    stale.value = false;
    serverList.replace(state.servers);
    clientList.replace(state.clients);
    connectionList.replace(state.connections);
  }

  function applyChanges(changes: StateChanges): void {
    serverList.apply(changes.servers, changes.removed.servers);
    clientList.apply(changes.clients, changes.removed.clients);
    connectionList.apply(changes.connections, changes.removed.connections);
  }

  /** A batch's whole state (a subscriber's first batch), then what changed since the last. */
  function applyBatch(batch: EventBatch): void {
    if (batch.state !== undefined) applyState(batch.state);
    if (batch.changes === undefined) return;
    applyChanges(batch.changes);
    if (refreshesWaiting > 0) changesSinceRefresh.push(batch.changes);
  }

  async function run<C extends CommandName>(
    command: C,
    request: RequestInput<C>,
  ): Promise<Response<C> | undefined> {
    const result = await client.invoke(command, request);
    if (result.ok) return result.value;
    notifications.notifyError(result.error);
    return undefined;
  }

  /**
   * Reloads the whole state. A whole state that arrived by batch meanwhile wins (later batches
   * carry every change after it). Otherwise the answer is applied and the changes received while
   * it travelled are applied again over it, since it may have been read before they happened;
   * without that, a window that had no state yet (an Electron reload) would lose them.
   */
  async function refresh(): Promise<void> {
    const versionBefore = stateVersion;
    const replayFrom = changesSinceRefresh.length;
    refreshesWaiting += 1;
    let state: EngineState | undefined;
    try {
      state = await run('getState', {});
    } finally {
      refreshesWaiting -= 1;
    }
    if (state !== undefined && stateVersion === versionBefore) {
      applyState(state);
      for (const changes of changesSinceRefresh.slice(replayFrom)) applyChanges(changes);
    }
    if (refreshesWaiting === 0) changesSinceRefresh = [];
  }

  async function startServer(request: RequestInput<'startServer'>) {
    const server = await run('startServer', request);
    // Responses can arrive before the batch that lists the new item: show it at once.
    if (server !== undefined) serverList.addIfMissing(server);
    return server;
  }

  async function openClient(request: RequestInput<'openClient'>) {
    const opened = await run('openClient', request);
    if (opened !== undefined) clientList.addIfMissing(opened);
    return opened;
  }

  const stopServer = (serverId: string) => run('stopServer', { serverId });
  const closeClient = (clientId: string) => run('closeClient', { clientId });
  const send = (connectionId: string, data: Uint8Array<ArrayBuffer>) =>
    run('send', { connectionId, data });
  const halfClose = (connectionId: string) => run('halfClose', { connectionId });
  const closeConnection = (connectionId: string) => run('closeConnection', { connectionId });

  /** Follows the engine: every batch's state and changes, and a full reload whenever the link opens. */
  function connect(): () => void {
    const stopBatches = client.onBatch(applyBatch);
    const stopReloads = client.whenOpen(() => void refresh());
    return () => {
      stopBatches();
      stopReloads();
    };
  }

  return {
    servers: computed(() =>
      stale.value ? serverList.items.value.map(asStopped) : serverList.items.value,
    ),
    clients: computed(() =>
      stale.value ? clientList.items.value.map(asClosed) : clientList.items.value,
    ),
    connections: computed(() =>
      stale.value ? connectionList.items.value.map(asClosed) : connectionList.items.value,
    ),
    linkStatus,
    stale,
    applyState,
    applyBatch,
    refresh,
    startServer,
    stopServer,
    openClient,
    closeClient,
    send,
    halfClose,
    closeConnection,
    connect,
  };
});
