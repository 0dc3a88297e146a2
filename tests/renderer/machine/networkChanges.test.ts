import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { messages } from '../../../shared/i18n';
import type { Result, SystemInfo } from '../../../shared/contract';
import MachinePanel from '../../../renderer/src/components/machine/MachinePanel.vue';
import { groupByInterface } from '../../../renderer/src/components/machine/addressGroups';
import { useEngineFeed } from '../../../renderer/src/composables/useEngineFeed';
import { useMachineStore } from '../../../renderer/src/stores/machine';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { LOOPBACK_V4, LOOPBACK_V6, labMachine, networkAddress } from './systemInfoFixtures';

/** The window's own wiring: the engine feed (which routes `batch.system`) and the panel. */
const Workspace = defineComponent({
  setup() {
    useEngineFeed();
    return () => h(MachinePanel);
  },
});

/** The lab PC after it joined another network: the same card with a new address. */
function movedMachine(): SystemInfo {
  const info = labMachine();
  info.addresses = info.addresses.map((address) =>
    address.address === '192.168.1.20' ? { ...address, address: '10.0.5.7' } : address,
  );
  return info;
}

async function mountWorkspace(locale: 'en' | 'es' = 'en', first: SystemInfo = labMachine()) {
  const api = new FakePuertoApi();
  api.respond('getSystemInfo', () => ({ ok: true, value: first }));
  const app = createPuertoTestApp(locale, api);
  const wrapper = app.mountComponent(Workspace);
  await settle();
  return { api, app, wrapper };
}

type Wrapper = Awaited<ReturnType<typeof mountWorkspace>>['wrapper'];
const partnerOf = (wrapper: Wrapper) => wrapper.get('[data-testid="partner-address-value"]').text();
const notice = (wrapper: Wrapper) => wrapper.find('[data-testid="machine-network-changed"]');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('network changes, live', () => {
  it('updates the panel from a batch and says the partner address changed', async () => {
    const { api, wrapper } = await mountWorkspace('en');
    expect(partnerOf(wrapper)).toBe('192.168.1.20');
    expect(notice(wrapper).exists()).toBe(false);

    api.emitBatch({ system: movedMachine() });
    await settle();
    expect(partnerOf(wrapper)).toBe('10.0.5.7');
    expect(notice(wrapper).attributes('data-address')).toBe('10.0.5.7');
    expect(notice(wrapper).text()).toContain('The address to give your partner is now 10.0.5.7.');
    // The push, not a new reading, brought the change.
    expect(api.callsOf('getSystemInfo')).toHaveLength(1);

    await notice(wrapper).get('.n-alert__close').trigger('click');
    await settle();
    expect(notice(wrapper).exists()).toBe(false);
    wrapper.unmount();
  });

  it('stays quiet when the addresses change but the partner address does not', async () => {
    const { api, app, wrapper } = await mountWorkspace('en');
    const info = labMachine();
    info.addresses = [...info.addresses, networkAddress('2001:db8::99', 'IPv6', 'wlan0')];
    api.emitBatch({ system: info });
    await settle();

    expect(useMachineStore(app.pinia).info?.addresses).toHaveLength(info.addresses.length);
    await wrapper.get('.n-collapse-item__header-main').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid="address-group"][data-interface="wlan0"]').exists()).toBe(
      true,
    );
    expect(partnerOf(wrapper)).toBe('192.168.1.20');
    expect(notice(wrapper).exists()).toBe(false);
    wrapper.unmount();
  });

  it('does not call the first reading a change, even when a batch brings it', async () => {
    const api = new FakePuertoApi();
    // The engine's answer never comes: the batch is the first thing the window hears.
    api.respond('getSystemInfo', () => new Promise<Result<SystemInfo>>(() => undefined));
    const app = createPuertoTestApp('en', api);
    const wrapper = app.mountComponent(Workspace);
    await settle();
    api.emitBatch({ system: labMachine() });
    await settle();
    expect(partnerOf(wrapper)).toBe('192.168.1.20');
    expect(notice(wrapper).exists()).toBe(false);
    wrapper.unmount();
  });

  it('warns, in Spanish, when the machine left every network', async () => {
    const { api, wrapper } = await mountWorkspace('es');
    api.emitBatch({ system: { ...labMachine(), addresses: [LOOPBACK_V4, LOOPBACK_V6] } });
    await settle();
    expect(notice(wrapper).attributes('data-reason')).toBe('loopback');
    expect(notice(wrapper).text()).toContain(messages.es.machine.networkChanged.title);
    expect(notice(wrapper).text()).toContain(
      messages.es.machine.networkChanged.loopback.replace('{address}', '127.0.0.1'),
    );
    wrapper.unmount();
  });

  it('never lets a slow reading undo a newer pushed one', async () => {
    const { api, app } = await mountWorkspace('en');
    let answer: (result: Result<SystemInfo>) => void = () => undefined;
    api.respond('getSystemInfo', () => new Promise((resolve) => (answer = resolve)));
    const machine = useMachineStore(app.pinia);

    const reading = machine.refresh();
    api.emitBatch({ system: movedMachine() });
    answer({ ok: true, value: labMachine() });
    await reading;
    expect(machine.info?.addresses.map((address) => address.address)).toContain('10.0.5.7');
  });
});

describe('groupByInterface', () => {
  it('groups each interface’s addresses, the partner’s interface and address first', () => {
    const groups = groupByInterface(labMachine().addresses, '192.168.1.20');
    expect(groups.map((group) => [group.name, group.virtual])).toEqual([
      ['eth0', false],
      ['docker0', true],
      ['lo', false],
    ]);
    expect(groups[0]?.rows.map((row) => [row.address.address, row.scope, row.partner])).toEqual([
      ['192.168.1.20', 'lan', true],
      ['2001:db8::20', 'public', false],
      ['fe80::1c2b:3ff:fe4d:5e6f', 'link-local', false],
    ]);
    expect(groups[2]?.rows.map((row) => row.address.family)).toEqual(['IPv4', 'IPv6']);
  });
});
