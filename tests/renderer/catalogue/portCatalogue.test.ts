import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { RequestInput } from '../../../shared/contract';
import { WELL_KNOWN_PORTS } from '../../../shared/catalogue/wellKnownPorts';
import { messages } from '../../../shared/i18n';
import PortCatalogue from '../../../renderer/src/components/catalogue/PortCatalogue.vue';
import ServerForm from '../../../renderer/src/components/servers/ServerForm.vue';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

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
  async function mountBoth(locale: 'en' | 'es') {
    const app = createPuertoTestApp(locale);
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

  it('fills the form with the lab port for a privileged service, and its behaviour', async () => {
    const { form, catalogue } = await mountBoth('en');
    await form.get('[data-testid="behaviour-manual"] input').setValue(true);
    expect(row(catalogue, 7).get('[data-testid="catalogue-start"]').text()).toBe('Start on 7007');

    await startHere(catalogue, 7);
    expect(form.get('[data-testid="server-filled"]').text()).toContain('Echo');
    expect(await submitted(form)).toEqual({
      protocol: 'tcp',
      port: 7007,
      behaviour: { name: 'echo' },
    });
    form.unmount();
    catalogue.unmount();
  });

  it('uses the service’s usual transport: UDP for DNS and SNMP', async () => {
    const { form, catalogue } = await mountBoth('es');
    await startHere(catalogue, 53);
    let request = await submitted(form);
    expect([request?.protocol, request?.port]).toEqual(['udp', 5300]);

    await startHere(catalogue, 161);
    request = await submitted(form);
    expect([request?.protocol, request?.port]).toEqual(['udp', 1161]);
    await nextTick();
    expect(form.find('[data-testid="server-port-privileged"]').exists()).toBe(false);
    form.unmount();
    catalogue.unmount();
  });

  it('keeps an unprivileged port as it is', async () => {
    const { form, catalogue } = await mountBoth('en');
    expect(row(catalogue, 5432).get('[data-testid="catalogue-start"]').text()).toBe(
      messages.en.catalogue.startHere,
    );
    await startHere(catalogue, 5432);
    expect(form.find('[data-testid="server-filled"]').exists()).toBe(true);
    expect((await submitted(form))?.port).toBe(5432);

    // The note about what was filled in goes as soon as the student changes it.
    await startHere(catalogue, 3306);
    await form.get('[data-testid="server-port"] input').setValue('3307');
    await nextTick();
    expect(form.find('[data-testid="server-filled"]').exists()).toBe(false);
    form.unmount();
    catalogue.unmount();
  });
});
