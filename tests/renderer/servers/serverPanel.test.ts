import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestInput } from '../../../shared/contract';
import { explainError, messages } from '../../../shared/i18n';
import ServerPanel from '../../../renderer/src/components/servers/ServerPanel.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { useWorkspaceStore } from '../../../renderer/src/stores/workspace';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { labMachine } from '../machine/systemInfoFixtures';
import { serverInfo, serverPlan } from './serverFixtures';

/** An engine double that starts every server it is asked for, numbering them. */
function startingApi(): FakePuertoApi {
  const api = new FakePuertoApi();
  let next = 1;
  api.respond('getSystemInfo', () => ({ ok: true, value: labMachine() }));
  api.respond('startServer', (request) => {
    const parsed = request as RequestInput<'startServer'>;
    const port = parsed.port === 0 ? 40000 + next : parsed.port;
    const server = serverInfo({
      id: `server-${next++}`,
      protocol: parsed.protocol,
      requestedPort: parsed.port,
      port,
      bind: parsed.bind ?? { mode: 'all' },
      behaviour: (parsed.behaviour ?? { name: 'manual' }) as never,
      concurrency: parsed.concurrency ?? 'concurrent',
    });
    return { ok: true, value: server };
  });
  api.respond('stopServer', () => ({ ok: true, value: serverInfo({ status: 'stopped' }) }));
  return api;
}

async function mountPanel(locale: 'en' | 'es' = 'en', api = startingApi()) {
  const app = createPuertoTestApp(locale, api);
  const wrapper = app.mountComponent(ServerPanel);
  await settle();
  return { app, api, wrapper, workspace: useWorkspaceStore(app.pinia) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ServerPanel', () => {
  it('teaches what a server is while there is none', async () => {
    const { wrapper } = await mountPanel('es');
    expect(wrapper.get('[data-testid="server-empty"]').text()).toBe(messages.es.ui.servers.empty);
    wrapper.unmount();
  });

  it('saves each server that starts as a plan, once, with a stable key', async () => {
    const { wrapper, workspace, api } = await mountPanel();
    // Clicking the submit button submits the form; the same setup started twice is one plan.
    await wrapper.get('[data-testid="server-start"]').trigger('click');
    await settle();
    await wrapper.get('form').trigger('submit');
    await settle();

    expect(api.callsOf('startServer')).toHaveLength(2);
    expect(workspace.servers).toEqual([
      {
        key: expect.stringMatching(/.{8,}/),
        protocol: 'tcp',
        port: 7007,
        bind: { mode: 'all' },
        behaviour: { name: 'echo' },
        concurrency: 'concurrent',
        autostart: false,
      },
    ]);
    const items = wrapper.findAll('[data-testid="server-item"]');
    expect(items.map((item) => item.attributes('data-status'))).toEqual(['listening', 'listening']);
    expect(items.map((item) => item.attributes('data-plan-key'))).toEqual([
      workspace.servers[0]?.key,
      undefined,
    ]);

    await wrapper.get('[data-testid="server-protocol-udp"] input').setValue(true);
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(workspace.servers.map((plan) => plan.protocol)).toEqual(['tcp', 'udp']);
    expect(new Set(workspace.servers.map((plan) => plan.key)).size).toBe(2);
    wrapper.unmount();
  });

  it('does not save a server the engine refused', async () => {
    const api = startingApi();
    api.respond('startServer', () => ({
      ok: false,
      error: { code: 'PORT_IN_USE', message: 'busy', details: { port: 7007, proto: 'tcp' } },
    }));
    const { wrapper, workspace } = await mountPanel('en', api);
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(workspace.servers).toEqual([]);
    wrapper.unmount();
  });

  it('lists saved plans that are not running, and starts one with its own settings', async () => {
    const api = startingApi();
    const { app, wrapper, workspace } = await mountPanel('en', api);
    workspace.servers = [
      serverPlan({
        key: 'boot',
        protocol: 'udp',
        port: 7013,
        bind: { mode: 'loopback', family: 'IPv6' },
      }),
    ];
    await settle();

    const item = wrapper.get('[data-testid="server-item"]');
    expect(item.attributes('data-status')).toBe('saved');
    expect(item.attributes('data-protocol')).toBe('udp');
    expect(item.text()).toContain('UDP port 7013 on ::1');

    await item.get('[data-testid="server-start-again"]').trigger('click');
    await settle();
    expect(api.callsOf('startServer')).toEqual([
      {
        protocol: 'udp',
        port: 7013,
        bind: { mode: 'loopback', family: 'IPv6' },
        behaviour: { name: 'echo' },
      },
    ]);
    // The new server takes the plan's row instead of adding a second one.
    expect(workspace.servers).toHaveLength(1);
    const rows = wrapper.findAll('[data-testid="server-item"]');
    expect(rows.map((row) => row.attributes('data-status'))).toEqual(['listening']);
    expect(rows[0]?.attributes('data-plan-key')).toBe('boot');
    expect(useEngineStore(app.pinia).servers).toHaveLength(1);
    wrapper.unmount();
  });

  it('binds "start when Puerto starts" to the plan and forgets a plan on request', async () => {
    const { wrapper, workspace } = await mountPanel('en');
    workspace.servers = [serverPlan({ key: 'p1' }), serverPlan({ key: 'p2', port: 7009 })];
    await settle();

    await wrapper.findAll('[data-testid="server-autostart"]')[1]?.trigger('click');
    await settle();
    expect(workspace.servers.map((plan) => plan.autostart)).toEqual([false, true]);

    await wrapper.findAll('[data-testid="server-forget"]')[0]?.trigger('click');
    await settle();
    expect(workspace.servers.map((plan) => plan.key)).toEqual(['p2']);
    wrapper.unmount();
  });

  it('explains why a server failed and offers to start it again', async () => {
    const { app, wrapper, api } = await mountPanel('es');
    const error = {
      code: 'PERMISSION_DENIED' as const,
      message: 'EACCES',
      details: { port: 80, proto: 'tcp' },
    };
    useEngineStore(app.pinia).applyState({
      servers: [serverInfo({ id: 'web', port: 80, status: 'failed', error })],
      clients: [],
      connections: [],
    });
    await settle();

    const item = wrapper.get('[data-testid="server-item"][data-status="failed"]');
    expect(item.get('[data-testid="error-explanation"]').text()).toContain(
      explainError('es', error).title,
    );
    expect(item.find('[data-testid="server-stop"]').exists()).toBe(false);
    await item.get('[data-testid="server-start-again"]').trigger('click');
    await settle();
    expect(api.callsOf('startServer')).toEqual([
      { protocol: 'tcp', port: 80, bind: { mode: 'all' }, behaviour: { name: 'echo' } },
    ]);
    wrapper.unmount();
  });

  it('never shows a message key for a behaviour it has no name for', async () => {
    const { app, wrapper } = await mountPanel('en');
    useEngineStore(app.pinia).applyState({
      servers: [serverInfo({ id: 'time', behaviour: { name: 'daytime' } })],
      clients: [],
      connections: [],
    });
    await settle();
    const text = wrapper.get('[data-testid="server-item"]').text();
    expect(text).not.toContain('ui.servers');
    expect(text.toLowerCase()).toContain('daytime');
    wrapper.unmount();
  });

  it('focuses a server when clicked and stops it from its button', async () => {
    const { app, wrapper, api } = await mountPanel('en');
    useEngineStore(app.pinia).applyState({
      servers: [serverInfo({ id: 'tcp-7007' }), serverInfo({ id: 'udp-7007', protocol: 'udp' })],
      clients: [],
      connections: [],
    });
    await settle();

    const items = wrapper.findAll('[data-testid="server-item"]');
    expect(items.map((item) => item.attributes('data-protocol'))).toEqual(['tcp', 'udp']);
    await items[1]?.trigger('click');
    expect(useSelectionStore(app.pinia).focus).toEqual({ kind: 'server', id: 'udp-7007' });

    await items[0]?.get('[data-testid="server-stop"]').trigger('click');
    await settle();
    expect(api.callsOf('stopServer')).toEqual([{ serverId: 'tcp-7007' }]);
    // The button's click does not also focus its server.
    expect(useSelectionStore(app.pinia).focus).toEqual({ kind: 'server', id: 'udp-7007' });
    wrapper.unmount();
  });
});
