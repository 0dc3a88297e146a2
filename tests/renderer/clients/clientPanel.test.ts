import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { ClientInfo, RequestInput } from '../../../shared/contract';
import { requestSchemas } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import ClientPanel from '../../../renderer/src/components/clients/ClientPanel.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { useWorkspaceStore } from '../../../renderer/src/stores/workspace';
import { focusShortcutTarget } from '../../../renderer/src/composables/shortcutKeys';
import { openClient, openConversation } from '../support/engineInfo';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

type Wrapper = ReturnType<ReturnType<typeof createPuertoTestApp>['mountComponent']>;

function clientInfo(id: number, request: RequestInput<'openClient'>): ClientInfo {
  return openClient(`client-${id}`, `connection-${id}`, {
    protocol: request.protocol,
    host: request.host,
    remote: { address: request.host, port: request.port },
    local: { address: '127.0.0.1', port: request.localPort ?? 50000 + id },
  });
}

/** Opens every client asked for, giving each its own ephemeral port. */
function openingApi(): FakePuertoApi {
  const api = new FakePuertoApi();
  let next = 1;
  api.respond('openClient', (request) => ({ ok: true, value: clientInfo(next++, request) }));
  api.respond('closeClient', () => ({
    ok: true,
    value: clientInfo(1, { protocol: 'tcp', host: 'x', port: 1 }),
  }));
  return api;
}

async function mountPanel(locale: 'en' | 'es' = 'en', api = openingApi()) {
  const app = createPuertoTestApp(locale, api);
  const wrapper = app.mountComponent(ClientPanel);
  await settle();
  return { app, api, wrapper, workspace: useWorkspaceStore(app.pinia) };
}

async function fill(wrapper: Wrapper, field: string, value: string) {
  await wrapper.get(`[data-testid="${field}"] input`).setValue(value);
  await nextTick();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ClientForm validation', () => {
  it('explains a bad host, port 0 and a bad local port as they are typed, and sends nothing', async () => {
    const { wrapper, api } = await mountPanel('en');
    await fill(wrapper, 'client-host', 'lab pc');
    await fill(wrapper, 'client-port', '0');
    await fill(wrapper, 'client-local-port', '70000');

    expect(wrapper.get('[data-testid="client-host-field"]').text()).toContain(
      messages.en.validation.hostInvalid,
    );
    expect(wrapper.get('[data-testid="client-port-field"]').text()).toContain(
      messages.en.validation.remotePortRange,
    );
    expect(wrapper.get('[data-testid="client-local-port-field"]').text()).toContain(
      messages.en.validation.portRange,
    );
    expect(wrapper.get('[data-testid="client-open"]').attributes('disabled')).toBeDefined();
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(api.callsOf('openClient')).toEqual([]);
    wrapper.unmount();
  });

  it('is where the "new client" shortcut lands: the host field', async () => {
    const { wrapper } = await mountPanel('en');
    expect(focusShortcutTarget('new-client')).toBe(true);
    expect(document.activeElement).toBe(wrapper.get('[data-testid="client-host"] input').element);
    wrapper.unmount();
  });

  it('explains in Spanish too', async () => {
    const { wrapper } = await mountPanel('es');
    await fill(wrapper, 'client-host', '');
    expect(wrapper.get('[data-testid="client-host-field"]').text()).toContain(
      messages.es.validation.hostEmpty,
    );
    wrapper.unmount();
  });

  it('leaves the local port to the system unless one is written', async () => {
    const { wrapper, api } = await mountPanel('en');
    expect(wrapper.get('[data-testid="client-local-port-field"]').text()).toContain(
      messages.en.ui.clients.localPortHelp,
    );
    await fill(wrapper, 'client-host', ' localhost ');
    await wrapper.get('form').trigger('submit');
    await fill(wrapper, 'client-local-port', '40000');
    await wrapper.get('[data-testid="client-protocol-udp"] input').setValue(true);
    await wrapper.get('form').trigger('submit');
    await settle();

    const calls = api.callsOf('openClient');
    expect(calls).toEqual([
      { protocol: 'tcp', host: 'localhost', port: 7007 },
      { protocol: 'udp', host: 'localhost', port: 7007, localPort: 40000 },
    ]);
    for (const call of calls) expect(requestSchemas.openClient.safeParse(call).success).toBe(true);
    wrapper.unmount();
  });
});

describe('ClientPanel', () => {
  it('teaches what a client is while there is none', async () => {
    const { wrapper } = await mountPanel('en');
    expect(wrapper.get('[data-testid="client-empty"]').text()).toBe(messages.en.ui.clients.empty);
    wrapper.unmount();
  });

  it('opens several clients to the same server, each with its own ephemeral port', async () => {
    const { wrapper } = await mountPanel('en');
    await wrapper.get('form').trigger('submit');
    await settle();
    await wrapper.get('form').trigger('submit');
    await settle();

    const items = wrapper.findAll('[data-testid="client-item"]');
    expect(items.map((item) => item.attributes('data-local-port'))).toEqual(['50001', '50002']);
    expect(items[1]?.get('[data-testid="client-local-port"]').text()).toBe('your port 50002');
    expect(items[0]?.text()).toContain('TCP to 127.0.0.1:7007');
    wrapper.unmount();
  });

  it('remembers targets that opened, newest first, and not the ones that failed', async () => {
    const api = openingApi();
    const { wrapper, workspace } = await mountPanel('en', api);
    await wrapper.get('form').trigger('submit');
    await settle();
    await fill(wrapper, 'client-port', '7013');
    await wrapper.get('form').trigger('submit');
    await settle();
    api.respond('openClient', () => ({
      ok: false,
      error: { code: 'CONNECTION_REFUSED', message: 'refused', details: {} },
    }));
    await fill(wrapper, 'client-port', '9999');
    await wrapper.get('form').trigger('submit');
    await settle();

    expect(workspace.recentTargets).toEqual([
      { protocol: 'tcp', host: '127.0.0.1', port: 7013 },
      { protocol: 'tcp', host: '127.0.0.1', port: 7007 },
    ]);
    const chips = wrapper.findAll('[data-testid="recent-target"]');
    expect(chips.map((chip) => chip.attributes('data-port'))).toEqual(['7013', '7007']);
    wrapper.unmount();
  });

  it('connects again with one click on a recent target', async () => {
    const { wrapper, workspace, api } = await mountPanel('en');
    workspace.recentTargets = [{ protocol: 'udp', host: '::1', port: 7007, localPort: 40001 }];
    await settle();

    const chip = wrapper.get('[data-testid="recent-target"]');
    expect(chip.text()).toContain('[::1]:7007');
    await chip.trigger('click');
    await settle();
    expect(api.callsOf('openClient')).toEqual([
      { protocol: 'udp', host: '::1', port: 7007, localPort: 40001 },
    ]);
    expect(
      (wrapper.get('[data-testid="client-host"] input').element as HTMLInputElement).value,
    ).toBe('::1');
    wrapper.unmount();
  });

  it('focuses a client and its conversation when clicked, and closes it from its button', async () => {
    const { app, wrapper, api } = await mountPanel('en');
    await wrapper.get('form').trigger('submit');
    await settle();

    // Only a conversation the engine lists can become current (a refused client has none).
    const engine = useEngineStore(app.pinia);
    const selection = useSelectionStore(app.pinia);
    await wrapper.get('[data-testid="client-item"]').trigger('click');
    expect(selection.connectionId).toBeNull();
    const opened = openConversation('connection-1', { clientId: 'client-1' });
    engine.applyState({ servers: [], clients: [...engine.clients], connections: [opened] });
    await settle();
    selection.connectionId = null;

    const item = wrapper.get('[data-testid="client-item"]');
    await item.trigger('click');
    expect(selection.focus).toEqual({ kind: 'client', id: 'client-1' });
    expect(selection.connectionId).toBe('connection-1');

    await item.get('[data-testid="client-close"]').trigger('click');
    await settle();
    expect(api.callsOf('closeClient')).toEqual([{ clientId: 'client-1' }]);
    expect(useEngineStore(app.pinia).clients).toHaveLength(1);
    wrapper.unmount();
  });
});
