import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messages } from '../../../shared/i18n';
import type { SystemInfo } from '../../../shared/contract';
import MachinePanel from '../../../renderer/src/components/machine/MachinePanel.vue';
import { MACHINE_REFRESH_MS, useMachineStore } from '../../../renderer/src/stores/machine';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { LOOPBACK_V4, labMachine, networkAddress } from './systemInfoFixtures';

function apiAnswering(info: () => SystemInfo): FakePuertoApi {
  const api = new FakePuertoApi();
  api.respond('getSystemInfo', () => ({ ok: true, value: info() }));
  return api;
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  vi.stubGlobal('navigator', { ...globalThis.navigator, clipboard: { writeText: spy } });
  return spy;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('MachinePanel', () => {
  it('shows the host name and highlights the address to give a partner', async () => {
    const app = createPuertoTestApp('en', apiAnswering(labMachine));
    const wrapper = app.mountComponent(MachinePanel);
    await settle();

    expect(wrapper.get('[data-testid="machine-hostname"]').text()).toBe('lab-pc-07');
    const partner = wrapper.get('[data-testid="partner-address"]');
    expect(partner.attributes('data-reason')).toBe('ipv4');
    expect(wrapper.get('[data-testid="partner-address-value"]').text()).toBe('192.168.1.20');
    expect(partner.text()).toContain(messages.en.machine.partner.ipv4);
    wrapper.unmount();
  });

  it('lists every address marked by scope, the partner’s first', async () => {
    // Like a cloud machine: a public IPv4 address and a private (unique local) IPv6 one.
    const info = labMachine();
    info.addresses = info.addresses
      .filter((address) => address.address !== '192.168.1.20')
      .concat(
        networkAddress('fd00::2', 'IPv6', 'eth0'),
        networkAddress('192.0.2.2', 'IPv4', 'eth0'),
      );
    const wrapper = createPuertoTestApp(
      'en',
      apiAnswering(() => info),
    ).mountComponent(MachinePanel);
    await settle();
    await wrapper.get('.n-collapse-item__header-main').trigger('click');
    await settle();

    const items = wrapper.findAll('[data-testid="address-item"]');
    expect(items).toHaveLength(info.addresses.length);
    expect(items[0]?.text()).toContain('192.0.2.2');
    expect(items[0]?.attributes('data-scope')).toBe('public');
    const scopeOf = (address: string) =>
      items.find((item) => item.text().startsWith(address))?.attributes('data-scope');
    expect(scopeOf('127.0.0.1')).toBe('loopback');
    expect(scopeOf('fe80::1c2b:3ff:fe4d:5e6f')).toBe('link-local');
    expect(scopeOf('172.17.0.1')).toBe('lan');
    expect(scopeOf('fd00::2')).toBe('lan');
    const docker = wrapper.get('[data-testid="address-group"][data-interface="docker0"]');
    expect(docker.attributes('data-virtual')).toBe('true');
    expect(docker.text()).toContain(messages.en.machine.virtual);
    expect(docker.text()).toContain('172.17.0.1');
    wrapper.unmount();
  });

  it('explains, in Spanish too, that loopback only works on this machine', async () => {
    const api = apiAnswering(() => ({
      hostname: 'aislada',
      platform: 'linux',
      addresses: [LOOPBACK_V4],
    }));
    const wrapper = createPuertoTestApp('es', api).mountComponent(MachinePanel);
    await settle();

    const partner = wrapper.get('[data-testid="partner-address"]');
    expect(partner.attributes('data-reason')).toBe('loopback');
    expect(partner.text()).toContain('127.0.0.1');
    expect(partner.text()).toContain(messages.es.machine.partner.loopback);
    wrapper.unmount();
  });

  it('copies the partner address and says so', async () => {
    const writeText = stubClipboard(async () => undefined);
    const wrapper = createPuertoTestApp('en', apiAnswering(labMachine)).mountComponent(
      MachinePanel,
    );
    await settle();

    await wrapper.get('[data-testid="partner-address-copy"]').trigger('click');
    await settle();
    expect(writeText).toHaveBeenCalledWith('192.168.1.20');
    expect(wrapper.get('[data-testid="partner-address-copy"]').text()).toBe(
      messages.en.machine.copied,
    );
    expect(wrapper.find('[data-testid="partner-address-refused"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('tells the student to copy by hand when the browser refuses', async () => {
    stubClipboard(async () => {
      throw new DOMException('Document is not focused.', 'NotAllowedError');
    });
    const wrapper = createPuertoTestApp('es', apiAnswering(labMachine)).mountComponent(
      MachinePanel,
    );
    await settle();

    await wrapper.get('[data-testid="partner-address-copy"]').trigger('click');
    await settle();
    expect(wrapper.get('[data-testid="partner-address-refused"]').text()).toBe(
      messages.es.machine.copyRefused,
    );
    wrapper.unmount();
  });

  it('counts the servers waiting and the clients open here', async () => {
    const app = createPuertoTestApp('en', apiAnswering(labMachine));
    const wrapper = app.mountComponent(MachinePanel);
    await settle();
    const engine = useEngineStore(app.pinia);
    const base = {
      protocol: 'tcp' as const,
      bind: { mode: 'all' as const },
      local: { address: '::', port: 7007 },
    };
    const counters = { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 };
    const server = (id: string, status: 'listening' | 'stopped') => ({
      ...base,
      id,
      requestedPort: 7007,
      port: 7007,
      behaviour: { name: 'echo' as const },
      status,
      startedAt: 0,
      counters,
      activeConnections: 0,
      totalConnections: 0,
      concurrency: 'concurrent' as const,
      waiting: [],
    });
    engine.applyState({
      servers: [server('s1', 'listening'), server('s2', 'stopped'), server('s3', 'listening')],
      clients: [],
      connections: [],
    });
    await settle();
    // In the sidebar the summary waits behind "More about this machine" (issue 11).
    await wrapper.get('.n-collapse-item__header-main').trigger('click');
    await settle();

    const summary = wrapper.get('[data-testid="machine-summary"]').text();
    expect(summary).toContain('Servers waiting: 2');
    expect(summary).toContain('Clients open: 0');
    wrapper.unmount();
  });
});

describe('machine store', () => {
  it('refreshes every few seconds while followed, and stops when nobody follows', async () => {
    vi.useFakeTimers();
    let reads = 0;
    const api = apiAnswering(() => {
      reads += 1;
      return { ...labMachine(), hostname: `read-${reads}` };
    });
    const app = createPuertoTestApp('en', api);
    const machine = useMachineStore(app.pinia);

    const stopFirst = machine.follow();
    const stopSecond = machine.follow();
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toBe(1);

    await vi.advanceTimersByTimeAsync(MACHINE_REFRESH_MS);
    expect(reads).toBe(2);
    expect(machine.info?.hostname).toBe('read-2');

    stopFirst();
    await vi.advanceTimersByTimeAsync(MACHINE_REFRESH_MS);
    expect(reads).toBe(3);

    stopSecond();
    await vi.advanceTimersByTimeAsync(MACHINE_REFRESH_MS * 3);
    expect(reads).toBe(3);
  });

  it('keeps a failure to itself instead of filling the error banner', async () => {
    const api = new FakePuertoApi();
    api.respond('getSystemInfo', () => ({
      ok: false,
      error: { code: 'INTERNAL', message: 'no', details: {} },
    }));
    const wrapper = createPuertoTestApp('en', api).mountComponent(MachinePanel);
    await settle();
    expect(wrapper.get('[data-testid="machine-error"]').text()).toBe(
      messages.en.machine.unavailable,
    );
    wrapper.unmount();
  });
});
