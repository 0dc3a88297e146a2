/**
 * Issue 11, "Service ↔ port, always coherent": choosing a service sets its protocol and lab
 * port unless the student wrote a port; a written port that belongs to a service offers it;
 * accepting sets protocol, port and behaviour together. Checked on what the form would send.
 */
import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { NAutoComplete, NSelect } from 'naive-ui';
import type { RequestInput } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import ServerForm from '../../../renderer/src/components/servers/ServerForm.vue';
import {
  SERVICE_CHOICES,
  labPortOf,
} from '../../../renderer/src/components/servers/serviceChoices';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { labMachine } from '../machine/systemInfoFixtures';

type Wrapper = ReturnType<ReturnType<typeof createPuertoTestApp>['mountComponent']>;

async function mountForm(locale: 'en' | 'es' = 'en') {
  const api = new FakePuertoApi();
  api.respond('getSystemInfo', () => ({ ok: true, value: labMachine() }));
  const wrapper = createPuertoTestApp(locale, api).mountComponent(ServerForm);
  await settle();
  return wrapper;
}

async function pickService(wrapper: Wrapper, name: string) {
  const picker = wrapper
    .findAllComponents(NSelect)
    .find((select) => select.attributes('data-testid') === 'service-picker');
  expect(picker).toBeDefined();
  picker?.vm.$emit('update:value', name);
  await settle();
}

async function typePort(wrapper: Wrapper, text: string) {
  await wrapper.get('[data-testid="server-port"] input').setValue(text);
  await nextTick();
}

async function choose(wrapper: Wrapper, testId: string) {
  await wrapper.get(`[data-testid="${testId}"] input`).setValue(true);
  await nextTick();
}

async function submitted(wrapper: Wrapper) {
  await wrapper.get('form').trigger('submit');
  return (wrapper.emitted('start') as [RequestInput<'startServer'>][] | undefined)?.at(-1)?.[0];
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('choosing a service in the picker', { timeout: 30_000 }, () => {
  it('moves the port to that service’s lab port, for every service on each transport', async () => {
    const wrapper = await mountForm();
    for (const protocol of ['tcp', 'udp'] as const) {
      await choose(wrapper, `server-protocol-${protocol}`);
      for (const service of SERVICE_CHOICES.filter((item) => item.protocols.includes(protocol))) {
        await pickService(wrapper, service.name);
        const request = await submitted(wrapper);
        expect([request?.protocol, request?.port, request?.behaviour?.name]).toEqual([
          protocol,
          labPortOf(service),
          service.name,
        ]);
      }
    }
    wrapper.unmount();
  });

  it('keeps a port the student wrote, and follows the service again after an accepted offer', async () => {
    const wrapper = await mountForm();
    await typePort(wrapper, '9000');
    await pickService(wrapper, 'qotd');
    expect((await submitted(wrapper))?.port).toBe(9000);

    await typePort(wrapper, '25');
    await wrapper.get('[data-testid="server-accept-service"]').trigger('click');
    await nextTick();
    await pickService(wrapper, 'pop3');
    expect((await submitted(wrapper))?.port).toBe(1110);
    wrapper.unmount();
  });
});

describe('switching transport', () => {
  it('leaves a service the new transport lacks (no SMTP over UDP) and keeps one it has', async () => {
    const wrapper = await mountForm();
    await pickService(wrapper, 'dns');
    await choose(wrapper, 'server-protocol-udp');
    expect((await submitted(wrapper))?.behaviour?.name).toBe('dns');
    await choose(wrapper, 'server-protocol-tcp');
    await pickService(wrapper, 'smtp');
    await choose(wrapper, 'server-protocol-udp');
    await settle();
    expect((await submitted(wrapper))?.behaviour).toEqual({ name: 'echo' });
    wrapper.unmount();
  });
});

describe('writing a port that belongs to a service', () => {
  it('offers SMTP for 25 and, accepted, sets protocol, lab port and behaviour together', async () => {
    const wrapper = await mountForm();
    await choose(wrapper, 'server-protocol-udp');
    await choose(wrapper, 'behaviour-manual');
    await typePort(wrapper, '25');
    const offer = wrapper.get('[data-testid="server-service-offer"]');
    expect(offer.text()).toContain('25 is the port of SMTP');
    expect(offer.text()).toContain('Run SMTP on TCP port 2525');

    await offer.get('[data-testid="server-accept-service"]').trigger('click');
    await nextTick();
    expect(await submitted(wrapper)).toEqual({
      protocol: 'tcp',
      port: 2525,
      behaviour: { name: 'smtp' },
    });
    expect(wrapper.find('[data-testid="server-service-offer"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('offers the service named in the field once its suggestion is chosen (“smtp”)', async () => {
    const wrapper = await mountForm('es');
    await typePort(wrapper, 'smtp');
    const field = wrapper.findComponent(NAutoComplete);
    const options = field.props('options') as { value: string }[];
    expect(options[0]?.value).toBe('25');
    field.vm.$emit('update:value', '25');
    await nextTick();
    expect(wrapper.get('[data-testid="server-service-offer"]').text()).toContain(
      'Ejecutar SMTP en el puerto TCP 2525',
    );
    wrapper.unmount();
  });

  it('offers a lab port’s service too, and nothing once the form already runs it', async () => {
    const wrapper = await mountForm();
    await typePort(wrapper, '7017');
    expect(wrapper.get('[data-testid="server-service-offer"]').attributes()).toMatchObject({
      'data-behaviour': 'qotd',
      'data-port': '7017',
    });
    await pickService(wrapper, 'qotd');
    expect(wrapper.find('[data-testid="server-service-offer"]').exists()).toBe(false);
    wrapper.unmount();
  });
});

describe('an empty port', () => {
  it('asks for a port number in both languages and blocks starting', async () => {
    for (const locale of ['en', 'es'] as const) {
      const wrapper = await mountForm(locale);
      await typePort(wrapper, '');
      const text = wrapper.get('[data-testid="server-port-field"]').text();
      expect(text).toContain(messages[locale].validation.portEmpty);
      expect(text).not.toContain(messages[locale].validation.notNumber);
      expect(wrapper.get('[data-testid="server-start"]').attributes('disabled')).toBeDefined();
      wrapper.unmount();
    }
    expect(messages.es.validation.portEmpty).toBe('Escribe un número de puerto (1–65535).');
  });
});
