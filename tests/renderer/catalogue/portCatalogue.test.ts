import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { fail } from '../../../shared/contract';
import type { RequestInput } from '../../../shared/contract';
import { suggestLabPort } from '../../../shared/catalogue/labPorts';
import { WELL_KNOWN_PORTS } from '../../../shared/catalogue/wellKnownPorts';
import { messages } from '../../../shared/i18n';
import PortCatalogue from '../../../renderer/src/components/catalogue/PortCatalogue.vue';
import ServerForm from '../../../renderer/src/components/servers/ServerForm.vue';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { startedServer } from '../servers/serverFixtures';

type Wrapper = ReturnType<ReturnType<typeof createPuertoTestApp>['mountComponent']>;

const shownPorts = (wrapper: Wrapper) =>
  wrapper
    .findAll('[data-testid="catalogue-row"]')
    .map((row) => Number(row.attributes('data-port')));

async function search(wrapper: Wrapper, query: string) {
  await wrapper.get('[data-testid="catalogue-search"] input').setValue(query);
  await settle();
}

const row = (wrapper: Wrapper, port: number) =>
  wrapper.get(`[data-testid="catalogue-row"][data-port="${port}"]`);

afterEach(() => {
  document.body.innerHTML = '';
});

// Drawing the whole table (every port, badges and buttons) takes happy-dom a few seconds.
const slowDom = { timeout: 30_000 };

describe('PortCatalogue', slowDom, () => {
  it('lists the whole catalogue, then only what the search finds', async () => {
    const wrapper = createPuertoTestApp('en').mountComponent(PortCatalogue);
    await settle();
    expect(shownPorts(wrapper)).toHaveLength(WELL_KNOWN_PORTS.length);

    await search(wrapper, 'mail');
    expect(shownPorts(wrapper)).toEqual(expect.arrayContaining([25, 110, 143, 587]));
    expect(shownPorts(wrapper)).not.toContain(80);
    expect(wrapper.get('[data-testid="catalogue-count"]').text()).toBe(
      `Ports shown: ${shownPorts(wrapper).length}`,
    );

    await search(wrapper, 'zzzz');
    expect(shownPorts(wrapper)).toEqual([]);
    expect(wrapper.text()).toContain(messages.en.catalogue.noMatch);
    wrapper.unmount();
  });

  it('searches the explanations in Spanish and shows them in Spanish', async () => {
    const wrapper = createPuertoTestApp('es').mountComponent(PortCatalogue);
    await search(wrapper, 'hora');
    expect(shownPorts(wrapper)).toEqual(expect.arrayContaining([13, 37]));
    expect(row(wrapper, 37).text()).toContain('segundos desde el 1 de enero de 1900');
    wrapper.unmount();
  });

  it('marks what each service uses, what is only reserved, and where TCP and UDP differ', async () => {
    const wrapper = createPuertoTestApp('en').mountComponent(PortCatalogue);
    await settle();

    const http = row(wrapper, 80);
    expect(http.find('[data-protocol="tcp"]').classes()).not.toContain('protocol-badge--muted');
    expect(http.find('[data-protocol="udp"]').classes()).toContain('protocol-badge--muted');
    expect(http.text()).toContain(messages.en.catalogue.reservedBoth);
    expect(http.text()).toContain('RFC 9110');

    const syslog = row(wrapper, 514);
    expect(syslog.find('[data-protocol="tcp"]').exists()).toBe(false);
    expect(syslog.text()).toContain('TCP: rsh (shell)');
    expect(syslog.text()).not.toContain(messages.en.catalogue.reservedBoth);

    expect(row(wrapper, 3306).text()).toContain(messages.en.catalogue.noRfc);
    wrapper.unmount();
  });
});

describe('start a server here', slowDom, () => {
  /** An engine that starts what it is asked, or refuses every start (the port is taken). */
  function engineApi(accepts: boolean): FakePuertoApi {
    const api = new FakePuertoApi();
    let next = 1;
    api.respond('startServer', (request) => {
      if (!accepts) {
        return fail('PORT_IN_USE', 'in use');
      }
      return { ok: true, value: startedServer(`server-${next++}`, request) };
    });
    return api;
  }

  async function mountBoth(locale: 'en' | 'es', api: FakePuertoApi) {
    const app = createPuertoTestApp(locale, api);
    const form = app.mountComponent(ServerForm);
    const catalogue = app.mountComponent(PortCatalogue);
    await settle();
    return { form, catalogue };
  }

  async function startHere(catalogue: Wrapper, port: number) {
    await row(catalogue, port).get('[data-testid="catalogue-start"]').trigger('click');
    await settle();
  }

  async function submitted(form: Wrapper) {
    await form.get('form').trigger('submit');
    return (form.emitted('start') as [RequestInput<'startServer'>][] | undefined)?.at(-1)?.[0];
  }

  it('starts exactly each service on exactly the port its button names', async () => {
    const api = engineApi(true);
    const { form, catalogue } = await mountBoth('en', api);
    // What the form chose before must not leak into what the catalogue starts (issue 11).
    await form.get('[data-testid="behaviour-manual"] input').setValue(true);
    expect(row(catalogue, 7).get('[data-testid="catalogue-start"]').text()).toBe('Start on 7007');

    for (const entry of WELL_KNOWN_PORTS) {
      const button = row(catalogue, entry.port).get('[data-testid="catalogue-start"]');
      const lab = Number(button.attributes('data-lab-port'));
      await startHere(catalogue, entry.port);
      const request = api.callsOf('startServer').at(-1) as RequestInput<'startServer'>;
      expect([request.protocol, request.port, request.behaviour?.name]).toEqual([
        entry.protocols[0],
        lab,
        entry.behaviour ?? 'manual',
      ]);
      expect(lab).toBe(entry.port < 1024 ? suggestLabPort(entry.port) : entry.port);
    }
    expect(api.callsOf('startServer')).toHaveLength(WELL_KNOWN_PORTS.length);
    form.unmount();
    catalogue.unmount();
  });

  it('starts QOTD after chargen was chosen, and UDP for DNS and SNMP', async () => {
    const api = engineApi(true);
    const { form, catalogue } = await mountBoth('es', api);
    await startHere(catalogue, 19);
    await startHere(catalogue, 17);
    await startHere(catalogue, 53);
    await startHere(catalogue, 161);
    const requests = api.callsOf('startServer') as RequestInput<'startServer'>[];
    expect(
      requests.map((request) => [request.protocol, request.port, request.behaviour?.name]),
    ).toEqual([
      ['tcp', 7019, 'chargen'],
      ['tcp', 7017, 'qotd'],
      ['udp', 5300, 'dns'],
      ['udp', 1161, 'snmp'],
    ]);
    form.unmount();
    catalogue.unmount();
  });

  it('puts a refused start into the form, with that service and port', async () => {
    const { form, catalogue } = await mountBoth('en', engineApi(false));
    await form.get('[data-testid="behaviour-manual"] input').setValue(true);
    await startHere(catalogue, 17);
    expect(form.get('[data-testid="server-filled"]').text()).toContain('QOTD');
    expect(await submitted(form)).toEqual({
      protocol: 'tcp',
      port: 7017,
      behaviour: { name: 'qotd' },
    });

    // The note about what was filled in goes as soon as the student changes it.
    await startHere(catalogue, 3306);
    expect((await submitted(form))?.port).toBe(3306);
    await startHere(catalogue, 3306);
    await form.get('[data-testid="server-port"] input').setValue('3307');
    await nextTick();
    expect(form.find('[data-testid="server-filled"]').exists()).toBe(false);
    form.unmount();
    catalogue.unmount();
  });
});
