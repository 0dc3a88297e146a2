import { describe, expect, it } from 'vitest';
import type { EngineState, ServerInfo } from '../../../shared/contract';
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
