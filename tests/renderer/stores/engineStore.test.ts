import { describe, expect, it } from 'vitest';
import type {
  ConnectionInfo,
  EngineState,
  ServerInfo,
  StateChanges,
} from '../../../shared/contract';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useNotificationsStore } from '../../../renderer/src/stores/notifications';
import { emptyState } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

function server(id: string, port: number): ServerInfo {
  return {
    id,
    protocol: 'tcp',
    requestedPort: port,
    port,
    bind: { mode: 'all' },
    local: { address: '::', port },
    behaviour: { name: 'echo' },
    status: 'listening',
    startedAt: 1,
    counters: { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 },
    activeConnections: 0,
    totalConnections: 0,
    concurrency: 'concurrent',
    waiting: [],
  };
}

const stateWith = (...servers: ServerInfo[]): EngineState => ({ ...emptyState(), servers });

function connection(id: string, bytesIn = 0): ConnectionInfo {
  return {
    id,
    protocol: 'tcp',
    role: 'server',
    serverId: 's1',
    local: { address: '127.0.0.1', port: 7007 },
    remote: { address: '127.0.0.1', port: 50_000 },
    status: 'open',
    localEnded: false,
    remoteEnded: false,
    flow: 'flowing',
    openedAt: 1,
    counters: { bytesIn, bytesOut: 0, messagesIn: 0, messagesOut: 0 },
  };
}

function changes(partial: Partial<StateChanges>): StateChanges {
  return {
    servers: [],
    clients: [],
    connections: [],
    removed: { servers: [], clients: [], connections: [] },
    ...partial,
  };
}

const removing = (connections: string[]): StateChanges['removed'] => ({
  servers: [],
  clients: [],
  connections,
});

describe('useEngineStore', () => {
  it('loads the state on connect and applies the state each batch carries', async () => {
    const { api, pinia } = createPuertoTestApp();
    api.respond('getState', () => ({ ok: true, value: stateWith(server('s1', 7007)) }));
    const engine = useEngineStore(pinia);
    const disconnect = engine.connect();
    await settle();
    expect(engine.servers.map((item) => item.port)).toEqual([7007]);

    api.emitBatch({ state: stateWith(server('s1', 7007), server('s2', 7100)) });
    expect(engine.servers.map((item) => item.id)).toEqual(['s1', 's2']);

    api.emitBatch({ events: [] });
    expect(engine.servers).toHaveLength(2);

    disconnect();
    expect(api.batchListenerCount).toBe(0);
  });

  it('applies changes by id: upserts in place, new items last, removals, order kept', () => {
    const { api, pinia } = createPuertoTestApp();
    const engine = useEngineStore(pinia);
    engine.connect();
    api.emitBatch({
      state: {
        ...stateWith(server('s1', 7007)),
        connections: [connection('a'), connection('b'), connection('c')],
      },
    });
    const serversBefore = engine.servers;
    const clientsBefore = engine.clients;

    api.emitBatch({
      changes: changes({
        connections: [connection('b', 40), connection('d', 1)],
        removed: removing(['a', 'never-seen']),
      }),
    });
    expect(engine.connections.map((item) => [item.id, item.counters.bytesIn])).toEqual([
      ['b', 40],
      ['c', 0],
      ['d', 1],
    ]);
    // Lists the batch did not touch keep their arrays, so nothing that reads them recomputes.
    expect(engine.servers).toBe(serversBefore);
    expect(engine.clients).toBe(clientsBefore);

    const connectionsBefore = engine.connections;
    api.emitBatch({ changes: changes({ removed: removing(['never-seen']) }) });
    api.emitBatch({ events: [] });
    expect(engine.connections).toBe(connectionsBefore);

    // An id both upserted and removed in one batch ends up removed (upserts apply first).
    api.emitBatch({
      changes: changes({ connections: [connection('e')], removed: removing(['e']) }),
    });
    expect(engine.connections.map((item) => item.id)).toEqual(['b', 'c', 'd']);
    expect(engine.connections).not.toBe(connectionsBefore);
  });

  it('replaces everything with a whole state, then applies the changes of the same batch', () => {
    const { api, pinia } = createPuertoTestApp();
    const engine = useEngineStore(pinia);
    engine.connect();
    api.emitBatch({ state: { ...emptyState(), connections: [connection('old')] } });
    api.emitBatch({
      state: { ...emptyState(), connections: [connection('x'), connection('y')] },
      changes: changes({ connections: [connection('x', 9)], removed: removing(['y']) }),
    });
    expect(engine.connections.map((item) => [item.id, item.counters.bytesIn])).toEqual([['x', 9]]);
    // The store's index follows the new state: an upsert of `x` replaces it, not appends.
    api.emitBatch({ changes: changes({ connections: [connection('x', 10)] }) });
    expect(engine.connections.map((item) => [item.id, item.counters.bytesIn])).toEqual([['x', 10]]);
  });

  it('replays changes that arrived while getState travelled over its answer', async () => {
    const { api, pinia } = createPuertoTestApp();
    let answer: (() => void) | undefined;
    api.respond(
      'getState',
      () =>
        new Promise((resolve) => {
          const state = { ...emptyState(), connections: [connection('a'), connection('b')] };
          answer = () => resolve({ ok: true, value: state });
        }),
    );
    const engine = useEngineStore(pinia);
    const refreshing = engine.refresh();
    engine.applyBatch({
      events: [],
      evicted: 0,
      changes: changes({ connections: [connection('c', 3)], removed: removing(['a']) }),
    });
    expect(engine.connections.map((item) => item.id)).toEqual(['c']);
    answer?.();
    await refreshing;
    expect(engine.connections.map((item) => item.id)).toEqual(['b', 'c']);
  });

  it('does not let a slow getState overwrite a newer batch', async () => {
    const { api, pinia } = createPuertoTestApp();
    let answer: (() => void) | undefined;
    api.respond(
      'getState',
      () => new Promise((resolve) => (answer = () => resolve({ ok: true, value: emptyState() }))),
    );
    const engine = useEngineStore(pinia);
    const refreshing = engine.refresh();
    engine.applyState(stateWith(server('s1', 7007)));
    answer?.();
    await refreshing;
    expect(engine.servers.map((item) => item.id)).toEqual(['s1']);
  });

  it('shows a started server at once and reports a refused command', async () => {
    const { api, pinia } = createPuertoTestApp();
    api.respond('startServer', (request) => ({ ok: true, value: server('s9', request.port) }));
    api.respond('stopServer', () => ({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'no server s404', details: { id: 's404' } },
    }));
    const engine = useEngineStore(pinia);
    const notifications = useNotificationsStore(pinia);

    await engine.startServer({ protocol: 'tcp', port: 7300 });
    expect(engine.servers.map((item) => item.port)).toEqual([7300]);
    expect(notifications.notifications).toHaveLength(0);

    expect(await engine.stopServer('s404')).toBeUndefined();
    expect(notifications.notifications.map((item) => item.error.code)).toEqual(['NOT_FOUND']);
  });
});
