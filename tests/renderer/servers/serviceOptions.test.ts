import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { NRadioGroup, NSelect } from 'naive-ui';
import type { RequestInput } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import ServerPanel from '../../../renderer/src/components/servers/ServerPanel.vue';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { labMachine } from '../machine/systemInfoFixtures';
import { serverInfo } from './serverFixtures';

type Wrapper = ReturnType<ReturnType<typeof createPuertoTestApp>['mountComponent']>;

function startingApi(): FakePuertoApi {
  const api = new FakePuertoApi();
  api.respond('getSystemInfo', () => ({ ok: true, value: labMachine() }));
  api.respond('startServer', (request) => {
    const parsed = request as RequestInput<'startServer'>;
    const server = serverInfo({
      id: 'server-1',
      protocol: parsed.protocol,
      requestedPort: parsed.port,
      port: parsed.port,
      behaviour: parsed.behaviour as never,
    });
    return { ok: true, value: server };
  });
  return api;
}

async function mountPanel(locale: 'en' | 'es' = 'en') {
  const api = startingApi();
  const wrapper = createPuertoTestApp(locale, api).mountComponent(ServerPanel);
  await settle();
  return { api, wrapper };
}

async function pickService(wrapper: Wrapper, name: string) {
  const picker = wrapper
    .findAllComponents(NSelect)
    .find((select) =>
      (select.props('options') as { value: string }[]).some((option) => option.value === 'daytime'),
    );
  expect(picker).toBeDefined();
  picker?.vm.$emit('update:value', name);
  await nextTick();
}

async function submit(wrapper: Wrapper) {
  await wrapper.get('[data-testid="server-form"]').trigger('submit');
  await settle();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Service options', () => {
  it('sends the http folder the student typed', async () => {
    const { api, wrapper } = await mountPanel('en');
    await pickService(wrapper, 'http');
    await wrapper.get('[data-testid="option-http-folder"] input').setValue('/home/alumno/web');
    await nextTick();
    await submit(wrapper);

    const request = api.callsOf('startServer').at(-1) as RequestInput<'startServer'>;
    expect(request.behaviour).toEqual({ name: 'http', folder: '/home/alumno/web' });
    wrapper.unmount();
  });

  it('explains a wrong DNS record in the row and does not start', async () => {
    const { api, wrapper } = await mountPanel('es');
    await pickService(wrapper, 'dns');
    expect(wrapper.find('[data-testid="option-dns-problem"]').exists()).toBe(false);
    const wwwRow = wrapper
      .findAll('[data-testid^="option-dns-record-"]')
      .find(
        (row) =>
          (row.get('[data-testid="option-dns-name"] input').element as HTMLInputElement).value ===
          'www',
      );
    expect(wwwRow).toBeDefined();
    await wwwRow?.get('[data-testid="option-dns-value"] input').setValue('999.1.1.1');
    await nextTick();

    expect(wwwRow?.get('[data-testid="option-dns-problem"]').text()).toBe(
      messages.es.validation.dnsIpv4,
    );
    expect(wrapper.get('[data-testid="service-options-problem"]').text()).toBe(
      messages.es.validation.dnsIpv4,
    );
    expect(wrapper.get('[data-testid="server-start"]').attributes('disabled')).toBeDefined();
    await submit(wrapper);
    expect(api.callsOf('startServer')).toEqual([]);
    wrapper.unmount();
  });

  it('sends the snmp community the student typed', async () => {
    const { api, wrapper } = await mountPanel('en');
    wrapper.findComponent(NRadioGroup).vm.$emit('update:value', 'udp');
    await nextTick();
    await pickService(wrapper, 'snmp');
    await wrapper.get('[data-testid="option-snmp-community"] input').setValue('aula7');
    await wrapper.get('[data-testid="option-snmp-sysName"] input').setValue('router-lab');
    await nextTick();
    await submit(wrapper);

    const request = api.callsOf('startServer').at(-1) as RequestInput<'startServer'>;
    expect(request.protocol).toBe('udp');
    expect(request.behaviour).toEqual({ name: 'snmp', community: 'aula7', sysName: 'router-lab' });
    wrapper.unmount();
  });
});
