import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServerInfo, SystemInfo } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import ServerReach from '../../../renderer/src/components/reach/ServerReach.vue';
import ServerListItem from '../../../renderer/src/components/servers/ServerListItem.vue';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { LOOPBACK_V4, labMachine } from '../machine/systemInfoFixtures';
import { serverInfo } from '../servers/serverFixtures';
import { filled } from './reachFixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function machineApi(info: SystemInfo = labMachine()): FakePuertoApi {
  const api = new FakePuertoApi();
  api.respond('getSystemInfo', () => ({ ok: true, value: info }));
  return api;
}

async function openReach(server: ServerInfo, locale: 'en' | 'es' = 'en', api = machineApi()) {
  const app = createPuertoTestApp(locale, api);
  const wrapper = app.mountComponent(ServerReach, { server });
  await settle();
  await wrapper.get('.n-collapse-item__header-main').trigger('click');
  await settle();
  return { app, wrapper };
}

const listed = (wrapper: Awaited<ReturnType<typeof openReach>>['wrapper']) =>
  wrapper
    .findAll('[data-testid="server-reach-address"]')
    .map((row) => [row.attributes('data-address'), row.attributes('data-scope')]);

describe('Can my partner reach me?', () => {
  it('stays closed, reading nothing, until the student opens it', async () => {
    const api = machineApi();
    const wrapper = createPuertoTestApp('en', api).mountComponent(ServerReach, {
      server: serverInfo(),
    });
    await settle();
    expect(wrapper.text()).toBe(messages.en.reach.server.title);
    expect(api.callsOf('getSystemInfo')).toEqual([]);
  });

  it('lists every address of a server on all interfaces, loopback marked', async () => {
    const { wrapper } = await openReach(serverInfo());
    const details = wrapper.get('[data-testid="server-reach-details"]');
    expect(details.attributes('data-kind')).toBe('all');
    expect(listed(wrapper)).toEqual([
      ['192.168.1.20', 'lan'],
      ['172.17.0.1', 'lan'],
      ['2001:db8::20', 'public'],
      ['fe80::1c2b:3ff:fe4d:5e6f', 'link-local'],
      ['127.0.0.1', 'loopback'],
      ['::1', 'loopback'],
    ]);
    const loopback = wrapper.find('[data-address="127.0.0.1"]');
    expect(loopback.text()).toContain(messages.en.reach.server.onlyThisMachine);
    expect(wrapper.find('[data-address="[::1]:7007"]').exists()).toBe(false);
    expect(wrapper.find('[data-address="::1"]').text()).toContain('[::1]:7007');
  });

  it('tells what the partner types, and the firewall help for this machine and port', async () => {
    const { wrapper } = await openReach(serverInfo({ protocol: 'udp', port: 7008 }), 'es');
    expect(wrapper.get('[data-testid="server-reach-partner-value"]').text()).toBe(
      '192.168.1.20:7008',
    );
    expect(wrapper.get('[data-testid="server-reach-partner"]').text()).toContain(
      filled(messages.es.reach.server.partnerHelp, {
        protocol: 'UDP',
        address: '192.168.1.20',
        port: 7008,
      }),
    );
    const help = wrapper.get('[data-testid="firewall-help"]');
    expect(help.attributes('data-platform')).toBe('linux');
    expect(help.text()).toContain('sudo ufw allow 7008/udp');
  });

  it('warns that a loopback server cannot be reached and says how to change it', async () => {
    const { wrapper } = await openReach(
      serverInfo({
        bind: { mode: 'loopback', family: 'IPv4' },
        local: { address: '127.0.0.1', port: 7007 },
      }),
    );
    expect(wrapper.get('[data-testid="server-reach-details"]').attributes('data-kind')).toBe(
      'loopback',
    );
    expect(wrapper.get('[data-testid="server-reach-note"]').text()).toBe(
      filled(messages.en.reach.server.loopback, { address: '127.0.0.1' }),
    );
    expect(wrapper.get('[data-testid="server-reach-fix"]').text()).toBe(
      filled(messages.en.reach.server.loopbackFix, {
        field: messages.en.ui.servers.bind,
        choice: messages.en.ui.servers.bindChoices.all,
      }),
    );
    expect(listed(wrapper)).toEqual([['127.0.0.1', 'loopback']]);
    expect(wrapper.find('[data-testid="server-reach-partner"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="firewall-help"]').exists()).toBe(false);
  });

  it('gives the one address of a server bound to it', async () => {
    const { wrapper } = await openReach(
      serverInfo({
        bind: { mode: 'address', address: '192.168.1.20' },
        local: { address: '192.168.1.20', port: 7007 },
      }),
    );
    expect(listed(wrapper)).toEqual([['192.168.1.20', 'lan']]);
    expect(wrapper.get('[data-testid="server-reach-note"]').text()).toBe(
      messages.en.reach.server.address,
    );
    expect(wrapper.get('[data-testid="server-reach-partner-value"]').text()).toBe(
      '192.168.1.20:7007',
    );
  });

  it('says no address reaches another machine when only loopback exists', async () => {
    const api = machineApi({ hostname: 'aislada', platform: 'win32', addresses: [LOOPBACK_V4] });
    const { wrapper } = await openReach(serverInfo(), 'en', api);
    expect(wrapper.get('[data-testid="server-reach-no-partner"]').text()).toBe(
      messages.en.reach.server.noPartner,
    );
    expect(wrapper.get('[data-testid="firewall-help"]').attributes('data-platform')).toBe(
      'windows',
    );
  });

  it('appears on running servers in the server list, not on saved plans', async () => {
    const app = createPuertoTestApp('en', machineApi());
    const running = app.mountComponent(ServerListItem, {
      row: { key: 'a', server: serverInfo() },
      selected: false,
    });
    const stopped = app.mountComponent(ServerListItem, {
      row: { key: 'b', server: serverInfo({ status: 'stopped' }) },
      selected: false,
    });
    await settle();
    expect(running.find('[data-testid="server-reach"]').exists()).toBe(true);
    expect(stopped.find('[data-testid="server-reach"]').exists()).toBe(false);
  });
});
