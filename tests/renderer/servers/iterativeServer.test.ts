import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { requestSchemas } from '../../../shared/contract';
import type {
  ConnectionInfo,
  ConnectionStatus,
  Endpoint,
  RequestInput,
  ServerInfo,
} from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import ServerForm from '../../../renderer/src/components/servers/ServerForm.vue';
import ServerPanel from '../../../renderer/src/components/servers/ServerPanel.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useServerDraftStore } from '../../../renderer/src/stores/serverDraft';
import { useWorkspaceStore } from '../../../renderer/src/stores/workspace';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { labMachine } from '../machine/systemInfoFixtures';
import { serverInfo, serverPlan, startedServer } from './serverFixtures';

type Wrapper = ReturnType<ReturnType<typeof createPuertoTestApp>['mountComponent']>;

/** An engine double that starts what it is asked for, as the real one reports it back. */
function startingApi(): FakePuertoApi {
  const api = new FakePuertoApi();
  let next = 1;
  api.respond('getSystemInfo', () => ({ ok: true, value: labMachine() }));
  api.respond('startServer', (request) => ({
    ok: true,
    value: startedServer(`server-${next++}`, request),
  }));
  return api;
}

async function choose(wrapper: Wrapper, testId: string) {
  await wrapper.get(`[data-testid="${testId}"] input`).setValue(true);
  await nextTick();
}

async function submitted(wrapper: Wrapper): Promise<RequestInput<'startServer'> | undefined> {
  await wrapper.get('form').trigger('submit');
  const emitted = wrapper.emitted('start') as [RequestInput<'startServer'>][] | undefined;
  return emitted?.at(-1)?.[0];
}

function showState(
  app: ReturnType<typeof createPuertoTestApp>,
  servers: ServerInfo[],
  connections: ConnectionInfo[] = [],
) {
  useEngineStore(app.pinia).applyState({ servers, clients: [], connections });
}

/** The connection an iterative server accepted and talks to now. */
function accepted(serverId: string, remote: Endpoint, status: ConnectionStatus = 'open') {
  const connection: ConnectionInfo = {
    id: `connection-${remote.port}`,
    protocol: 'tcp',
    role: 'server',
    serverId,
    local: { address: '127.0.0.1', port: 7007 },
    remote,
    status,
    localEnded: false,
    remoteEnded: false,
    flow: 'flowing',
    openedAt: 1,
    counters: { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 },
  };
  return connection;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ServerForm: one client at a time', () => {
  it('sends iterative for TCP and leaves the default (concurrent) out', async () => {
    const wrapper = createPuertoTestApp('en', startingApi()).mountComponent(ServerForm);
    await settle();
    const field = wrapper.get('[data-testid="server-concurrency-field"]');
    expect(field.attributes('data-offered')).toBe('true');
    expect(field.text()).toContain(messages.en.ui.servers.concurrencyHelp.concurrent);
    expect((await submitted(wrapper))?.concurrency).toBeUndefined();

    await choose(wrapper, 'server-concurrency-iterative');
    expect(field.text()).toContain(messages.en.ui.servers.concurrencyHelp.iterative);
    const request = await submitted(wrapper);
    expect(request).toEqual({
      protocol: 'tcp',
      port: 7007,
      behaviour: { name: 'echo' },
      concurrency: 'iterative',
    });
    expect(requestSchemas.startServer.parse(request).concurrency).toBe('iterative');
    wrapper.unmount();
  });

  it('never sends a choice for UDP, says why, and keeps the TCP choice for later', async () => {
    const wrapper = createPuertoTestApp('es', startingApi()).mountComponent(ServerForm);
    await settle();
    await choose(wrapper, 'server-concurrency-iterative');
    await choose(wrapper, 'server-protocol-udp');

    const field = wrapper.get('[data-testid="server-concurrency-field"]');
    expect(field.attributes('data-offered')).toBe('false');
    expect(field.text()).toContain(messages.es.validation.iterativeNeedsTcp);
    const iterative = wrapper.get('[data-testid="server-concurrency-iterative"] input');
    expect((iterative.element as HTMLInputElement).disabled).toBe(true);
    const request = await submitted(wrapper);
    expect(request?.protocol).toBe('udp');
    expect(request).not.toHaveProperty('concurrency');
    expect(requestSchemas.startServer.safeParse(request).success).toBe(true);

    await choose(wrapper, 'server-protocol-tcp');
    expect((await submitted(wrapper))?.concurrency).toBe('iterative');
    wrapper.unmount();
  });

  it('takes the choice a draft proposes', async () => {
    const app = createPuertoTestApp('en', startingApi());
    const wrapper = app.mountComponent(ServerForm);
    await settle();
    useServerDraftStore(app.pinia).propose({
      protocol: 'tcp',
      port: 7100,
      concurrency: 'iterative',
    });
    await settle();
    expect(await submitted(wrapper)).toMatchObject({ port: 7100, concurrency: 'iterative' });
    wrapper.unmount();
  });
});

describe('ServerPanel: iterative servers and their plans', () => {
  it('saves the choice in the plan and starts the saved plan with it', async () => {
    const api = startingApi();
    const app = createPuertoTestApp('en', api);
    const wrapper = app.mountComponent(ServerPanel);
    await settle();
    const workspace = useWorkspaceStore(app.pinia);

    await wrapper.get('form').trigger('submit');
    await settle();
    await choose(wrapper, 'server-concurrency-iterative');
    await wrapper.get('form').trigger('submit');
    await settle();
    // Same port, same behaviour: only the concurrency tells the two plans apart.
    expect(workspace.servers.map((plan) => plan.concurrency)).toEqual(['concurrent', 'iterative']);

    // After a restart nothing runs: the saved iterative plan starts iterative again.
    showState(app, []);
    await settle();
    const saved = wrapper.findAll('[data-testid="server-item"][data-status="saved"]');
    expect(saved).toHaveLength(2);
    expect(saved[1]?.find('[data-testid="server-iterative-tag"]').exists()).toBe(true);
    expect(saved[0]?.find('[data-testid="server-iterative-tag"]').exists()).toBe(false);
    await saved[1]?.get('[data-testid="server-start-again"]').trigger('click');
    await settle();
    expect(api.callsOf('startServer').at(-1)).toEqual({
      protocol: 'tcp',
      port: 7007,
      bind: { mode: 'all' },
      behaviour: { name: 'echo' },
      concurrency: 'iterative',
    });
    expect(workspace.servers).toHaveLength(2);
    wrapper.unmount();
  });

  it('starts a stopped iterative server again as iterative', async () => {
    const api = startingApi();
    const app = createPuertoTestApp('en', api);
    const wrapper = app.mountComponent(ServerPanel);
    await settle();
    useWorkspaceStore(app.pinia).servers = [serverPlan({ concurrency: 'iterative' })];
    showState(app, [serverInfo({ id: 'old', status: 'stopped', concurrency: 'iterative' })]);
    await settle();

    const item = wrapper.get('[data-testid="server-item"]');
    expect(item.attributes('data-plan-key')).toBe('plan-1');
    await item.get('[data-testid="server-start-again"]').trigger('click');
    await settle();
    expect(api.callsOf('startServer')).toEqual([
      {
        protocol: 'tcp',
        port: 7007,
        bind: { mode: 'all' },
        behaviour: { name: 'echo' },
        concurrency: 'iterative',
      },
    ]);
    wrapper.unmount();
  });
});

describe('ServerPanel: the waiting queue', () => {
  const waiting: Endpoint[] = [
    { address: '192.168.1.30', port: 51000 },
    { address: '2001:db8::31', port: 51001 },
  ];

  it('shows who is served and who waits, in order, and follows the engine live', async () => {
    const app = createPuertoTestApp('en', startingApi());
    const wrapper = app.mountComponent(ServerPanel);
    await settle();
    const iterative = serverInfo({
      id: 'one-at-a-time',
      concurrency: 'iterative',
      activeConnections: 1,
      totalConnections: 3,
      waiting,
    });
    const served = accepted('one-at-a-time', { address: '127.0.0.1', port: 50474 });
    showState(
      app,
      [iterative, serverInfo({ id: 'many', port: 7008, activeConnections: 2 })],
      [served, accepted('elsewhere', { address: '127.0.0.1', port: 50999 })],
    );
    await settle();

    const [first, second] = wrapper.findAll('[data-testid="server-item"]');
    expect(first?.find('[data-testid="server-iterative-tag"]').text()).toBe(
      messages.en.ui.servers.iterative,
    );
    const queue = first?.get('[data-testid="server-waiting-queue"]');
    expect(queue?.get('[data-testid="server-waiting-summary"]').text()).toBe(
      'Serving 127.0.0.1:50474; 2 waiting',
    );
    const items = queue?.findAll('[data-testid="server-waiting-item"]') ?? [];
    expect(items.map((item) => item.attributes('data-remote'))).toEqual([
      '192.168.1.30:51000',
      '[2001:db8::31]:51001',
    ]);
    expect(items.map((item) => item.text())).toEqual([
      'turn 1192.168.1.30:51000',
      'turn 2[2001:db8::31]:51001',
    ]);
    // A concurrent server serves everyone at once: no tag, no queue.
    expect(second?.find('[data-testid="server-iterative-tag"]').exists()).toBe(false);
    expect(second?.find('[data-testid="server-waiting-queue"]').exists()).toBe(false);

    // The first client closed: the next one is served and the queue moves up.
    const next = accepted('one-at-a-time', waiting[0] as Endpoint);
    showState(
      app,
      [{ ...iterative, waiting: waiting.slice(1) }],
      [{ ...served, status: 'closed' }, next],
    );
    await settle();
    expect(wrapper.get('[data-testid="server-waiting-summary"]').text()).toBe(
      'Serving 192.168.1.30:51000; 1 waiting',
    );
    const moved = wrapper.findAll('[data-testid="server-waiting-item"]');
    expect(moved.map((item) => item.attributes('data-position'))).toEqual(['1']);
    expect(moved[0]?.attributes('data-remote')).toBe('[2001:db8::31]:51001');

    showState(app, [{ ...iterative, activeConnections: 0, waiting: [] }]);
    await settle();
    expect(wrapper.find('[data-testid="server-waiting-item"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="server-waiting-summary"]').text()).toBe(
      'Serving nobody; nobody waiting',
    );
    wrapper.unmount();
  });

  it('explains the listen queue in Spanish, and hides it once the server stops', async () => {
    const app = createPuertoTestApp('es', startingApi());
    const wrapper = app.mountComponent(ServerPanel);
    await settle();
    const iterative = serverInfo({ concurrency: 'iterative', activeConnections: 1, waiting });
    showState(app, [iterative], [accepted(iterative.id, { address: '::1', port: 50474 })]);
    await settle();

    const summary = wrapper.get('[data-testid="server-waiting-summary"]');
    expect(summary.text()).toBe('Atendiendo a [::1]:50474; 2 en espera');
    expect(document.body.textContent).not.toContain(messages.es.ui.servers.queue.help);
    await summary.trigger('mouseenter');
    // Naive UI shows a tooltip after a short hover delay.
    await new Promise((resolve) => setTimeout(resolve, 250));
    await settle();
    expect(document.body.textContent).toContain(messages.es.ui.servers.queue.help);

    showState(app, [{ ...iterative, status: 'stopped', waiting: [] }]);
    await settle();
    expect(wrapper.find('[data-testid="server-waiting-queue"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="server-iterative-tag"]').exists()).toBe(true);
    wrapper.unmount();
  });
});
