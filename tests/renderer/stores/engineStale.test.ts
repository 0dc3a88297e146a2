/**
 * A browser-mode tab whose engine stopped (issue 11, item 6): the lists at once read as not
 * running, the banner says why, and the next whole state from a restarted engine replaces both.
 */
import { describe, expect, it } from 'vitest';
import type { EngineState, ServerInfo } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import ConnectionStatus from '../../../renderer/src/components/feedback/ConnectionStatus.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import type { TransportStatus } from '../../../renderer/src/transport/puertoTransport';
import { openClient, openConversation, zeroCounters } from '../support/engineInfo';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

/** The fake API with a link that the test drops and restores, as the WebSocket transport does. */
class LinkedFakeApi extends FakePuertoApi {
  status: TransportStatus = 'open';
  private readonly statusListeners = new Set<(status: TransportStatus) => void>();

  onStatus(listener: (status: TransportStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  setStatus(status: TransportStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  close(): void {}
}

function server(id: string, status: ServerInfo['status'] = 'listening'): ServerInfo {
  return {
    id,
    protocol: 'tcp',
    requestedPort: 7007,
    port: 7007,
    bind: { mode: 'all' },
    local: { address: '::', port: 7007 },
    behaviour: { name: 'echo' },
    status,
    startedAt: 1,
    counters: zeroCounters(),
    activeConnections: 1,
    totalConnections: 1,
    concurrency: 'concurrent',
    waiting: [],
  };
}

const client = openClient('c1', 'k1');

const connection = openConversation('k1', { clientId: 'c1' });

const running: EngineState = {
  servers: [server('s1'), server('s2', 'failed')],
  clients: [client],
  connections: [connection],
};

async function connectedStore() {
  const api = new LinkedFakeApi();
  api.respond('getState', () => ({ ok: true, value: running }));
  const app = createPuertoTestApp('en', api);
  const engine = useEngineStore(app.pinia);
  const disconnect = engine.connect();
  await settle();
  return { api, app, engine, disconnect };
}

describe('engine store when the engine stops', () => {
  it('shows every live item as not running at once, keeping the items', async () => {
    const { api, engine, disconnect } = await connectedStore();
    expect(engine.stale).toBe(false);
    expect(engine.servers.map((item) => item.status)).toEqual(['listening', 'failed']);

    api.setStatus('reconnecting');
    expect(engine.stale).toBe(true);
    expect(engine.servers.map((item) => [item.id, item.status])).toEqual([
      ['s1', 'stopped'],
      ['s2', 'failed'],
    ]);
    expect(engine.servers[0]?.activeConnections).toBe(0);
    expect(engine.clients.map((item) => item.status)).toEqual(['closed']);
    expect(engine.connections.map((item) => item.status)).toEqual(['closed']);
    disconnect();
  });

  it('stays stale when the link opens, until the restarted engine sends its whole state', async () => {
    const { api, engine, disconnect } = await connectedStore();
    api.setStatus('reconnecting');
    // The restarted engine runs something else: its answer to getState is held back.
    let answer: (value: { ok: true; value: EngineState }) => void = () => {};
    api.respond('getState', () => new Promise((resolve) => (answer = resolve)));
    api.setStatus('open');
    await settle();
    expect(engine.stale).toBe(true);
    expect(engine.servers.map((item) => item.status)).toEqual(['stopped', 'failed']);

    api.emitBatch({ state: { servers: [server('s9')], clients: [], connections: [] } });
    expect(engine.stale).toBe(false);
    expect(engine.servers.map((item) => [item.id, item.status])).toEqual([['s9', 'listening']]);
    answer({ ok: true, value: { servers: [server('s9')], clients: [], connections: [] } });
    await settle();
    disconnect();
  });

  it('says the engine stopped in a banner, in both languages, and removes it on reconnection', async () => {
    for (const locale of ['en', 'es'] as const) {
      const api = new LinkedFakeApi();
      const app = createPuertoTestApp(locale, api);
      const engine = useEngineStore(app.pinia);
      const disconnect = engine.connect();
      const wrapper = app.mountComponent(ConnectionStatus);
      await settle();
      const banner = () => document.body.querySelector('[data-testid="engine-stopped"]');
      expect(banner()).toBeNull();

      api.setStatus('reconnecting');
      await settle();
      expect(banner()?.textContent).toContain(translate(locale, 'ui.transport.engineStopped'));
      expect(wrapper.get('[data-testid="connection-status"]').attributes('data-stale')).toBe(
        'true',
      );

      api.setStatus('open');
      await settle();
      expect(banner()).toBeNull();
      wrapper.unmount();
      disconnect();
    }
  });
});
