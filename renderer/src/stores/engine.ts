import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type {
  ClientInfo,
  CommandName,
  ConnectionInfo,
  EngineState,
  RequestInput,
  Response,
  ServerInfo,
} from '../../../shared/contract';
import { usePuertoClient } from '../client/puertoClient';
import { useNotificationsStore } from './notifications';

/** Responses can arrive before the batch that carries the new state: show new items at once. */
function withItem<T extends { id: string }>(items: readonly T[], item: T): readonly T[] {
  return items.some((existing) => existing.id === item.id) ? items : [...items, item];
}

/** What the engine is running: servers, clients and their conversations. */
export const useEngineStore = defineStore('engine', () => {
  const client = usePuertoClient();
  const notifications = useNotificationsStore();

  const servers = shallowRef<readonly ServerInfo[]>([]);
  const clients = shallowRef<readonly ClientInfo[]>([]);
  const connections = shallowRef<readonly ConnectionInfo[]>([]);
  const linkStatus = computed(() => client.status.value);
  /** Bumped by every applied state, so a slow `getState` cannot overwrite a newer batch. */
  let stateVersion = 0;

  function applyState(state: EngineState): void {
    stateVersion += 1;
    servers.value = state.servers;
    clients.value = state.clients;
    connections.value = state.connections;
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

  async function refresh(): Promise<void> {
    const versionBefore = stateVersion;
    const state = await run('getState', {});
    if (state !== undefined && stateVersion === versionBefore) applyState(state);
  }

  async function startServer(request: RequestInput<'startServer'>) {
    const server = await run('startServer', request);
    if (server !== undefined) servers.value = withItem(servers.value, server);
    return server;
  }

  async function openClient(request: RequestInput<'openClient'>) {
    const opened = await run('openClient', request);
    if (opened !== undefined) clients.value = withItem(clients.value, opened);
    return opened;
  }

  const stopServer = (serverId: string) => run('stopServer', { serverId });
  const closeClient = (clientId: string) => run('closeClient', { clientId });
  const send = (connectionId: string, data: Uint8Array<ArrayBuffer>) =>
    run('send', { connectionId, data });
  const halfClose = (connectionId: string) => run('halfClose', { connectionId });
  const closeConnection = (connectionId: string) => run('closeConnection', { connectionId });

  /** Follows the engine: state from every batch, and a full reload whenever the link opens. */
  function connect(): () => void {
    const stopBatches = client.onBatch((batch) => {
      if (batch.state !== undefined) applyState(batch.state);
    });
    const stopReloads = client.whenOpen(() => void refresh());
    return () => {
      stopBatches();
      stopReloads();
    };
  }

  return {
    servers,
    clients,
    connections,
    linkStatus,
    applyState,
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
