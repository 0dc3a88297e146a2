import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { requestSchemas } from '../../../shared/contract';
import type { RequestInput } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import ServerForm from '../../../renderer/src/components/servers/ServerForm.vue';
import { createPuertoTestApp } from '../support/puertoTestApp';

async function typePort(
  wrapper: ReturnType<ReturnType<typeof createPuertoTestApp>['mountComponent']>,
  port: string,
) {
  await wrapper.get('[data-testid="server-port"] input').setValue(port);
  await nextTick();
}

describe('ServerForm', () => {
  it('refuses port 70000 with the validation message and sends nothing', async () => {
    const wrapper = createPuertoTestApp('en').mountComponent(ServerForm);
    await typePort(wrapper, '70000');

    expect(wrapper.get('[data-testid="server-port-field"]').text()).toContain(
      messages.en.validation.portRange,
    );
    expect(wrapper.get('[data-testid="server-start"]').attributes('disabled')).toBeDefined();
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('start')).toBeUndefined();
    wrapper.unmount();
  });

  it('explains a non-number in the chosen language', async () => {
    const wrapper = createPuertoTestApp('es').mountComponent(ServerForm);
    await typePort(wrapper, 'ochenta');
    expect(wrapper.get('[data-testid="server-port-field"]').text()).toContain(
      messages.es.validation.notNumber,
    );
    wrapper.unmount();
  });

  it('emits a valid startServer request for a good port', async () => {
    const wrapper = createPuertoTestApp('en').mountComponent(ServerForm);
    await typePort(wrapper, '70000');
    await typePort(wrapper, '7100');
    await wrapper.get('[data-testid="server-protocol-udp"] input').setValue(true);
    await wrapper.get('[data-testid="behaviour-echo"] input').setValue(true);

    expect(wrapper.get('[data-testid="server-port-field"]').text()).not.toContain(
      messages.en.validation.portRange,
    );
    await wrapper.get('form').trigger('submit');

    const emitted = wrapper.emitted('start') as [RequestInput<'startServer'>][] | undefined;
    expect(emitted).toHaveLength(1);
    const request = emitted?.[0]?.[0];
    expect(request).toEqual({ protocol: 'udp', port: 7100, behaviour: { name: 'echo' } });
    expect(requestSchemas.startServer.safeParse(request).success).toBe(true);
    wrapper.unmount();
  });

  it('sends the reply text the student typed', async () => {
    const wrapper = createPuertoTestApp('en').mountComponent(ServerForm);
    await wrapper.get('[data-testid="behaviour-reply"] input').setValue(true);
    await wrapper.get('[data-testid="reply-text"] input').setValue('HOLA');
    await wrapper.get('form').trigger('submit');

    const request = (wrapper.emitted('start') as [RequestInput<'startServer'>][])[0]?.[0];
    expect(request?.behaviour).toEqual({
      name: 'reply',
      payload: 'HOLA',
      encoding: 'text',
      trigger: 'line',
    });
    expect(requestSchemas.startServer.safeParse(request).success).toBe(true);
    wrapper.unmount();
  });
});
