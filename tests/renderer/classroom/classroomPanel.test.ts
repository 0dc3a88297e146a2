import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { ProbeResult, Workspace } from '../../../shared/contract';
import { DISCOVERY_PORT, emptyWorkspace } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import ClassroomPanel from '../../../renderer/src/components/classroom/ClassroomPanel.vue';
import AppHeader from '../../../renderer/src/components/layout/AppHeader.vue';
import { useClassroomStore } from '../../../renderer/src/stores/classroom';
import { useWorkspaceStore } from '../../../renderer/src/stores/workspace';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { classroomHost, peer } from './classroomFixtures';

type TestApp = ReturnType<typeof createPuertoTestApp>;
type Wrapper = ReturnType<TestApp['mountComponent']>;

afterEach(() => {
  document.body.innerHTML = '';
});

/** The message with its `{placeholders}` filled, as vue-i18n shows it. */
function filled(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => String(values[name]));
}

async function mountPanel(app: TestApp): Promise<Wrapper> {
  const wrapper = app.mountComponent(ClassroomPanel);
  await settle();
  return wrapper;
}

async function turnOn(wrapper: Wrapper): Promise<void> {
  await wrapper.get('[data-testid="classroom-switch"]').trigger('click');
  await settle();
}

describe('ClassroomPanel', () => {
  it('starts off, says nothing is announced, and shows no header badge', async () => {
    const app = createPuertoTestApp('en', classroomHost());
    const wrapper = await mountPanel(app);
    const header = app.mountComponent(AppHeader);
    await settle();

    expect(wrapper.get('[data-testid="classroom-panel"]').attributes('data-enabled')).toBe('false');
    expect(wrapper.get('[data-testid="classroom-off"]').text()).toBe(messages.en.classroom.off);
    expect(wrapper.find('[data-testid="discovery-notice"]').exists()).toBe(false);
    expect(header.find('[data-testid="discovery-badge"]').exists()).toBe(false);
    expect(app.api.callsOf('setClassroom')).toEqual([]);
  });

  it('turns on when asked, explains what is sent, and shows the badge in the header', async () => {
    const app = createPuertoTestApp('en', classroomHost());
    const wrapper = await mountPanel(app);
    const header = app.mountComponent(AppHeader);
    await turnOn(wrapper);

    expect(app.api.callsOf('setClassroom')).toEqual([{ enabled: true }]);
    const notice = wrapper.get('[data-testid="discovery-notice"]').text();
    expect(notice).toContain(messages.en.classroom.on.title);
    expect(notice).toContain(
      filled(messages.en.classroom.on.sent, { port: DISCOVERY_PORT, nickname: 'lab-pc-07' }),
    );
    expect(notice).toContain(messages.en.classroom.on.safe);
    expect(header.get('[data-testid="discovery-badge"]').text()).toBe(messages.en.classroom.badge);

    await wrapper.get('[data-testid="classroom-switch"]').trigger('click');
    await settle();
    expect(app.api.callsOf('setClassroom').at(-1)).toEqual({ enabled: false });
    expect(header.find('[data-testid="discovery-badge"]').exists()).toBe(false);
  });

  it('says what to check when nobody is heard, naming the discovery port', async () => {
    const app = createPuertoTestApp('es', classroomHost());
    const wrapper = await mountPanel(app);
    await turnOn(wrapper);

    const empty = wrapper.get('[data-testid="peer-list-empty"]').text();
    expect(empty).toContain(messages.es.classroom.empty.sameNetwork);
    expect(empty).toContain(messages.es.classroom.empty.partnerOn);
    expect(empty).toContain(filled(messages.es.classroom.empty.firewall, { port: DISCOVERY_PORT }));
  });

  it('lists each classmate with the address that reached us and every announced server', async () => {
    // Heard three seconds before each answer, as a host would report them.
    const heard = () => [peer(), peer({ instance: '99aa88bb77', nickname: 'Bruno', servers: [] })];
    const app = createPuertoTestApp(
      'en',
      classroomHost(() => ({ peers: heard() })),
    );
    const wrapper = await mountPanel(app);
    await turnOn(wrapper);

    const cards = wrapper.findAll('[data-testid="peer"]');
    expect(cards.map((card) => card.get('[data-testid="peer-nickname"]').text())).toEqual([
      'Ana',
      'Bruno',
    ]);
    const ana = cards[0]!;
    expect(ana.get('[data-testid="peer-hostname"]').text()).toBe('lab-pc-08');
    expect(ana.get('[data-testid="peer-source"]').text()).toBe(
      filled(messages.en.classroom.peers.heardFrom, { address: '192.168.1.21' }),
    );
    expect(ana.get('[data-testid="peer-heard"]').text()).toBe(
      filled(messages.en.classroom.peers.heardAgo, { seconds: 3 }),
    );
    const servers = ana.findAll('[data-testid="peer-server"]');
    const shown = servers.map((row) => [
      row.attributes('data-protocol'),
      row.attributes('data-port'),
      row.get('[data-protocol]').text(),
      row.text(),
    ]);
    expect(shown).toEqual([
      ['tcp', '7007', 'TCP', expect.stringContaining('7007echo')],
      ['udp', '7008', 'UDP', expect.stringContaining('7008daytime')],
    ]);
    expect(cards[1]!.text()).toContain(messages.en.classroom.peers.noServers);
    expect(wrapper.get('[data-testid="peer-list"]').text()).toContain(
      filled(messages.en.classroom.peers.title, { count: 2 }),
    );
  });

  it('opens a client to the address the beacon came from', async () => {
    const app = createPuertoTestApp(
      'en',
      classroomHost(() => ({
        peers: [peer({ addresses: ['10.0.0.5'], source: { address: '192.168.1.21', port: 1 } })],
      })),
    );
    app.api.respond('openClient', () => ({
      ok: false,
      error: { code: 'TIMED_OUT', message: 'x', details: {} },
    }));
    const wrapper = await mountPanel(app);
    await turnOn(wrapper);

    await wrapper.findAll('[data-testid="peer-server-connect"]')[1]!.trigger('click');
    await settle();
    expect(app.api.callsOf('openClient')).toEqual([
      { protocol: 'udp', host: '192.168.1.21', port: 7008 },
    ]);
  });

  it('tests a classmate’s server and explains a refusal', async () => {
    const app = createPuertoTestApp(
      'en',
      classroomHost(() => ({ peers: [peer()] })),
    );
    const refused: ProbeResult = {
      protocol: 'tcp',
      host: '192.168.1.21',
      port: 7007,
      outcome: 'refused',
      elapsedMs: 2,
    };
    app.api.respond('probeServer', () => ({ ok: true, value: refused }));
    const wrapper = await mountPanel(app);
    await turnOn(wrapper);

    await wrapper.findAll('[data-testid="peer-server-test"]')[0]!.trigger('click');
    await settle();
    expect(app.api.callsOf('probeServer')).toEqual([
      { protocol: 'tcp', host: '192.168.1.21', port: 7007 },
    ]);
    expect(app.api.callsOf('openClient')).toEqual([]);
    const outcome = wrapper.get('[data-testid="peer-server"] [data-testid="probe-outcome"]');
    expect(outcome.attributes('data-outcome')).toBe('refused');
    expect(outcome.get('[data-testid="probe-explanation"]').text()).toBe(
      filled(messages.en.reach.explain.refused, { protocol: 'TCP', port: 7007 }),
    );
  });

  it('offers the firewall advice for the classmate’s own system when a probe times out', async () => {
    const app = createPuertoTestApp(
      'en',
      classroomHost(() => ({ peers: [peer({ platform: 'darwin' })] })),
    );
    app.api.respond('probeServer', (request) => ({
      ok: true,
      value: {
        protocol: request.protocol,
        host: request.host,
        port: request.port,
        outcome: 'timed-out',
        elapsedMs: 3_000,
      },
    }));
    const wrapper = await mountPanel(app);
    await turnOn(wrapper);
    await wrapper.findAll('[data-testid="peer-server-test"]')[0]!.trigger('click');
    await settle();

    const help = wrapper.get('[data-testid="firewall-help"]');
    expect(help.attributes('data-platform')).toBe('macos');
    expect(help.get('[data-testid="firewall-intro"]').text()).toContain('7007');
  });

  it('shows the ignored beacons discreetly and explains why discovery failed', async () => {
    const app = createPuertoTestApp(
      'en',
      classroomHost(() => ({
        ignored: { malformed: 3, oversized: 1 },
        error: {
          code: 'PORT_IN_USE',
          message: 'busy',
          details: { proto: 'UDP', otherProto: 'TCP', port: DISCOVERY_PORT },
        },
      })),
    );
    const wrapper = await mountPanel(app);
    await turnOn(wrapper);

    const ignored = wrapper.get('[data-testid="classroom-ignored"]');
    expect([ignored.attributes('data-malformed'), ignored.attributes('data-oversized')]).toEqual([
      '3',
      '1',
    ]);
    expect(ignored.text()).toBe(
      filled(messages.en.classroom.ignored, { malformed: 3, oversized: 1 }),
    );
    const error = wrapper.get('[data-testid="classroom-error"]');
    expect(error.get('[data-testid="error-explanation"]').attributes('data-code')).toBe(
      'PORT_IN_USE',
    );
    expect(error.text()).toContain(String(DISCOVERY_PORT));
  });
});

describe('nickname', () => {
  async function mountWithWorkspace(saved: Workspace = emptyWorkspace()) {
    const api = classroomHost();
    api.respond('loadWorkspace', () => ({ ok: true, value: { workspace: saved } }));
    const app = createPuertoTestApp('en', api);
    const workspace = useWorkspaceStore(app.pinia);
    const disconnect = workspace.connect();
    const wrapper = await mountPanel(app);
    return { app, workspace, wrapper, disconnect };
  }

  async function type(wrapper: Wrapper, text: string) {
    const input = wrapper.get('[data-testid="classroom-nickname"] input');
    await input.setValue(text);
    await input.trigger('change');
    await nextTick();
    await settle();
  }

  it('is saved in the workspace settings and announced while discovery is on', async () => {
    const { app, workspace, wrapper, disconnect } = await mountWithWorkspace();
    await turnOn(wrapper);
    await type(wrapper, '  Ana  ');
    await workspace.flush();

    const saves = app.api.callsOf('saveWorkspace') as Array<{ workspace: Workspace }>;
    expect(saves.at(-1)?.workspace.settings.nickname).toBe('Ana');
    expect(app.api.callsOf('setClassroom').at(-1)).toEqual({ enabled: true, nickname: 'Ana' });
    expect(useClassroomStore(app.pinia).state?.nickname).toBe('Ana');
    disconnect();
  });

  it('comes back from the saved workspace', async () => {
    const saved = emptyWorkspace();
    saved.settings.nickname = 'Bea';
    const { app, wrapper, disconnect } = await mountWithWorkspace(saved);
    const input = wrapper.get<HTMLInputElement>('[data-testid="classroom-nickname"] input');
    expect(input.element.value).toBe('Bea');
    await turnOn(wrapper);
    expect(app.api.callsOf('setClassroom')).toEqual([{ enabled: true, nickname: 'Bea' }]);
    disconnect();
  });

  it('refuses a nickname that is too long, saving nothing', async () => {
    const { app, workspace, wrapper, disconnect } = await mountWithWorkspace();
    await type(wrapper, 'x'.repeat(40));
    await workspace.flush();

    expect(wrapper.get('[data-testid="classroom-nickname-field"]').text()).toContain(
      messages.en.validation.nicknameTooLong,
    );
    const saves = app.api.callsOf('saveWorkspace') as Array<{ workspace: Workspace }>;
    expect(saves.every((save) => save.workspace.settings.nickname === undefined)).toBe(true);
    disconnect();
  });
});
