/**
 * Issue 11: a stopped or failed server can be removed from the list, or edited (its plan goes
 * back into the New server form, and starting it takes the old card's place); a card reads
 * "Puerto TCP 7007" in Spanish and names its behaviour for the end-to-end checks.
 */
import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestInput, ServerInfo } from '../../../shared/contract';
import ServerForm from '../../../renderer/src/components/servers/ServerForm.vue';
import ServerList from '../../../renderer/src/components/servers/ServerList.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useWorkspaceStore } from '../../../renderer/src/stores/workspace';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { labMachine } from '../machine/systemInfoFixtures';
import { serverInfo, serverPlan } from './serverFixtures';

async function mountList(locale: 'en' | 'es', servers: ServerInfo[]) {
  const api = new FakePuertoApi();
  api.respond('getSystemInfo', () => ({ ok: true, value: labMachine() }));
  const app = createPuertoTestApp(locale, api);
  const form = app.mountComponent(ServerForm);
  const list = app.mountComponent(ServerList);
  await settle();
  const workspace = useWorkspaceStore(app.pinia);
  useEngineStore(app.pinia).applyState({ servers, clients: [], connections: [] });
  await settle();
  return { app, form, list, workspace };
}

const replyServer = serverInfo({
  id: 'mail',
  status: 'stopped',
  port: 3025,
  behaviour: { name: 'reply', payload: 'hola', encoding: 'text', trigger: 'line' },
  bind: { mode: 'loopback', family: 'IPv4' },
  concurrency: 'iterative',
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('server card actions', () => {
  it('edits a stopped server: its whole plan in the form, and the new one replaces it', async () => {
    const { form, list, workspace } = await mountList('en', [replyServer]);
    workspace.servers = [
      serverPlan({
        key: 'mail-plan',
        port: 3025,
        behaviour: replyServer.behaviour,
        bind: replyServer.bind,
        concurrency: 'iterative',
      }),
    ];
    await settle();
    const card = list.get('[data-testid="server-item"]');
    expect(list.findAll('[data-testid="server-item"]')).toHaveLength(1);
    expect(card.attributes('data-plan-key')).toBe('mail-plan');
    expect(card.attributes('data-behaviour')).toBe('reply');
    expect(card.find('[data-testid="server-stop"]').exists()).toBe(false);

    await card.get('[data-testid="server-edit"]').trigger('click');
    await settle();
    expect(form.get('[data-testid="server-filled"]').text()).toContain('Editing a server');
    await form.get('form').trigger('submit');
    const request = (form.emitted('start') as [RequestInput<'startServer'>][])[0]?.[0];
    expect(request).toEqual({
      protocol: 'tcp',
      port: 3025,
      bind: { mode: 'loopback', family: 'IPv4' },
      behaviour: { name: 'reply', payload: 'hola', encoding: 'text', trigger: 'line' },
      concurrency: 'iterative',
    });
    await settle();
    expect(list.find('[data-testid="server-item"]').exists()).toBe(false);
    expect(workspace.servers).toEqual([]);
  });

  it('removes a failed server and its plan, but offers no Remove while one listens', async () => {
    const failed = serverInfo({ id: 'broken', status: 'failed', port: 7017 });
    const listening = serverInfo({ id: 'live', port: 7009, behaviour: { name: 'discard' } });
    const { list, workspace } = await mountList('en', [failed, listening]);
    workspace.servers = [serverPlan({ key: 'broken-plan', port: 7017 })];
    await settle();
    const cards = () => list.findAll('[data-testid="server-item"]');
    expect(cards()).toHaveLength(2);
    expect(cards()[1]?.find('[data-testid="server-remove"]').exists()).toBe(false);
    expect(cards()[1]?.find('[data-testid="server-edit"]').exists()).toBe(false);

    await cards()[0]?.get('[data-testid="server-remove"]').trigger('click');
    await settle();
    expect(cards().map((card) => card.attributes('data-port'))).toEqual(['7009']);
    expect(workspace.servers).toEqual([]);
  });

  it('reads “Puerto TCP 7007” in Spanish and “TCP port 7007” in English', async () => {
    const spanish = await mountList('es', [serverInfo()]);
    expect(spanish.list.get('[data-testid="server-item"]').text()).toContain(
      'Puerto TCP 7007 en todas las direcciones',
    );
    const english = await mountList('en', [serverInfo()]);
    expect(english.list.get('[data-testid="server-item"]').text()).toContain(
      'TCP port 7007 on all addresses',
    );
  });
});
