import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { NAutoComplete, NSelect } from 'naive-ui';
import { requestSchemas } from '../../../shared/contract';
import type { RequestInput, SystemInfo } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import ServerForm from '../../../renderer/src/components/servers/ServerForm.vue';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { labMachine } from '../machine/systemInfoFixtures';
import { focusShortcutTarget } from '../../../renderer/src/composables/shortcutKeys';

type Wrapper = ReturnType<ReturnType<typeof createPuertoTestApp>['mountComponent']>;

async function mountForm(locale: 'en' | 'es' = 'en', info: SystemInfo = labMachine()) {
  const api = new FakePuertoApi();
  api.respond('getSystemInfo', () => ({ ok: true, value: info }));
  const wrapper = createPuertoTestApp(locale, api).mountComponent(ServerForm);
  await settle();
  return wrapper;
}

async function typePort(wrapper: Wrapper, port: string) {
  await wrapper.get('[data-testid="server-port"] input').setValue(port);
  await nextTick();
}

async function submitted(wrapper: Wrapper): Promise<RequestInput<'startServer'> | undefined> {
  await wrapper.get('form').trigger('submit');
  const emitted = wrapper.emitted('start') as [RequestInput<'startServer'>][] | undefined;
  return emitted?.at(-1)?.[0];
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ServerForm: port and protocol', () => {
  it('refuses port 70000 with the validation message and sends nothing', async () => {
    const wrapper = await mountForm('en');
    await typePort(wrapper, '70000');

    expect(wrapper.get('[data-testid="server-port-field"]').text()).toContain(
      messages.en.validation.portRange,
    );
    expect(wrapper.get('[data-testid="server-start"]').attributes('disabled')).toBeDefined();
    expect(await submitted(wrapper)).toBeUndefined();
    wrapper.unmount();
  });

  it('explains a non-number in the chosen language', async () => {
    const wrapper = await mountForm('es');
    await typePort(wrapper, 'ochenta');
    expect(wrapper.get('[data-testid="server-port-field"]').text()).toContain(
      messages.es.validation.notNumber,
    );
    wrapper.unmount();
  });

  it('emits a valid UDP startServer request once the port is corrected', async () => {
    const wrapper = await mountForm('en');
    await typePort(wrapper, '70000');
    await typePort(wrapper, '7100');
    await wrapper.get('[data-testid="server-protocol-udp"] input').setValue(true);
    await wrapper.get('[data-testid="behaviour-echo"] input').setValue(true);

    expect(wrapper.get('[data-testid="server-port-field"]').text()).not.toContain(
      messages.en.validation.portRange,
    );
    const request = await submitted(wrapper);
    expect(request).toEqual({ protocol: 'udp', port: 7100, behaviour: { name: 'echo' } });
    expect(requestSchemas.startServer.safeParse(request).success).toBe(true);
    wrapper.unmount();
  });
});

describe('ServerForm: privileged ports', () => {
  it('warns below 1024 and offers the lab port with one click', async () => {
    const wrapper = await mountForm('en');
    await typePort(wrapper, '80');

    const warning = wrapper.get('[data-testid="server-port-privileged"]');
    expect(warning.text()).toContain(messages.en.ui.servers.privileged);
    const labButton = wrapper.get('[data-testid="server-use-lab-port"]');
    expect(labButton.text()).toBe('Use lab port 8080 instead');

    await labButton.trigger('click');
    await nextTick();
    expect(
      (wrapper.get('[data-testid="server-port"] input').element as HTMLInputElement).value,
    ).toBe('8080');
    expect(wrapper.find('[data-testid="server-port-privileged"]').exists()).toBe(false);
    expect((await submitted(wrapper))?.port).toBe(8080);
    wrapper.unmount();
  });

  it('still lets the student try a privileged port (the engine explains a refusal)', async () => {
    const wrapper = await mountForm('es');
    await typePort(wrapper, '7');
    expect(wrapper.get('[data-testid="server-use-lab-port"]').text()).toBe(
      'Usar el puerto de laboratorio 7007',
    );
    expect((await submitted(wrapper))?.port).toBe(7);
    wrapper.unmount();
  });

  it('does not warn for 0, 1024 and above, or on Windows', async () => {
    const wrapper = await mountForm('en');
    for (const port of ['0', '1024', '7007']) {
      await typePort(wrapper, port);
      expect(wrapper.find('[data-testid="server-port-privileged"]').exists(), port).toBe(false);
    }
    wrapper.unmount();
    const windows = await mountForm('en', { ...labMachine(), platform: 'win32' });
    await typePort(windows, '80');
    expect(windows.find('[data-testid="server-port-privileged"]').exists()).toBe(false);
    windows.unmount();
  });
});

describe('ServerForm: well-known suggestions', () => {
  it('suggests catalogue ports for a name and names the service of a typed port', async () => {
    const wrapper = await mountForm('en');
    await typePort(wrapper, 'http');
    const options = wrapper.findComponent(NAutoComplete).props('options') as { value: string }[];
    expect(options.map((option) => option.value).slice(0, 3)).toEqual(['80', '443', '8080']);
    const field = wrapper.get('[data-testid="server-port-field"]');
    expect(field.text()).toContain(messages.en.ui.servers.portSearchHint);
    expect(wrapper.get('[data-testid="server-start"]').attributes('disabled')).toBeDefined();

    // SSH has no Puerto behaviour: the field only names it.
    await typePort(wrapper, '22');
    expect(wrapper.get('[data-testid="server-port-field"]').text()).toContain(
      'Well-known port: 22 — SSH (secure remote terminal)',
    );
    expect(wrapper.find('[data-testid="server-service-offer"]').exists()).toBe(false);
    wrapper.unmount();
  });
});

describe('ServerForm: bind address', () => {
  async function chooseBind(wrapper: Wrapper, value: string) {
    const select = wrapper.findComponent(NSelect);
    const values = (select.props('options') as { value: string }[]).map((option) => option.value);
    expect(values).toContain(value);
    select.vm.$emit('update:value', value);
    await nextTick();
  }

  it('offers every interface, both loopbacks and each usable address of this machine', async () => {
    const wrapper = await mountForm('en');
    const options = wrapper.findComponent(NSelect).props('options') as {
      value: string;
      label: string;
    }[];
    expect(options.map((option) => option.value)).toEqual([
      'all',
      'loopback:IPv4',
      'loopback:IPv6',
      'address:172.17.0.1',
      'address:192.168.1.20',
      'address:2001:db8::20',
    ]);
    expect(options[4]?.label).toBe('192.168.1.20 (eth0)');
    wrapper.unmount();
  });

  it('leaves the default "all interfaces" out of the request', async () => {
    const wrapper = await mountForm('en');
    const request = await submitted(wrapper);
    expect(request).toEqual({ protocol: 'tcp', port: 7007, behaviour: { name: 'echo' } });
    expect(requestSchemas.startServer.parse(request).bind).toEqual({ mode: 'all' });
    wrapper.unmount();
  });

  it('asks for IPv6 loopback or one address when chosen', async () => {
    const wrapper = await mountForm('en');
    await chooseBind(wrapper, 'loopback:IPv6');
    expect(wrapper.get('[data-testid="server-bind-field"]').text()).toContain(
      messages.en.ui.servers.bindHelp.loopback,
    );
    expect((await submitted(wrapper))?.bind).toEqual({ mode: 'loopback', family: 'IPv6' });

    await chooseBind(wrapper, 'address:192.168.1.20');
    const request = await submitted(wrapper);
    expect(request?.bind).toEqual({ mode: 'address', address: '192.168.1.20' });
    expect(requestSchemas.startServer.safeParse(request).success).toBe(true);
    wrapper.unmount();
  });
});

describe('ServerForm: behaviour', () => {
  it('refuses a hexadecimal answer with odd digits and explains why', async () => {
    const wrapper = await mountForm('en');
    await wrapper.get('[data-testid="behaviour-reply"] input').setValue(true);
    await wrapper.get('[data-testid="reply-encoding-hex"] input').setValue(true);
    await wrapper.get('[data-testid="reply-text"] input').setValue('48 6F 6');
    await nextTick();

    expect(wrapper.get('[data-testid="reply-field"]').text()).toContain(
      messages.en.validation.hexPairs,
    );
    expect(wrapper.get('[data-testid="server-start"]').attributes('disabled')).toBeDefined();
    expect(await submitted(wrapper)).toBeUndefined();

    await wrapper.get('[data-testid="reply-text"] input').setValue('48 6F 6C 61');
    await nextTick();
    const request = await submitted(wrapper);
    expect(request?.behaviour).toEqual({
      name: 'reply',
      payload: '48 6F 6C 61',
      encoding: 'hex',
      trigger: 'line',
    });
    wrapper.unmount();
  });

  it('sends the reply text the student typed', async () => {
    const wrapper = await mountForm('en');
    await wrapper.get('[data-testid="behaviour-reply"] input').setValue(true);
    await wrapper.get('[data-testid="reply-text"] input').setValue('HOLA');
    const request = await submitted(wrapper);
    expect(request?.behaviour).toEqual({
      name: 'reply',
      payload: 'HOLA',
      encoding: 'text',
      trigger: 'line',
    });
    expect(requestSchemas.startServer.safeParse(request).success).toBe(true);
    wrapper.unmount();
  });

  it('keeps the typed answer when the student tries another behaviour and comes back', async () => {
    const wrapper = await mountForm('en');
    await wrapper.get('[data-testid="behaviour-reply"] input').setValue(true);
    await wrapper.get('[data-testid="reply-text"] input').setValue('HOLA');
    await wrapper.get('[data-testid="behaviour-manual"] input').setValue(true);
    expect(wrapper.find('[data-testid="reply-text"]').exists()).toBe(false);
    await wrapper.get('[data-testid="behaviour-reply"] input').setValue(true);
    expect(
      (wrapper.get('[data-testid="reply-text"] input').element as HTMLInputElement).value,
    ).toBe('HOLA');
    wrapper.unmount();
  });
});

describe('ServerForm: keyboard', () => {
  it('is where the "new server" shortcut lands: the port field', async () => {
    const wrapper = await mountForm('en');
    expect(focusShortcutTarget('new-server')).toBe(true);
    expect(document.activeElement).toBe(wrapper.get('[data-testid="server-port"] input').element);
    wrapper.unmount();
  });
});
