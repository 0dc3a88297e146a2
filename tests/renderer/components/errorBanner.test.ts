import { describe, expect, it } from 'vitest';
import { fail } from '../../../shared/contract';
import { explainError, translate } from '../../../shared/i18n';
import App from '../../../renderer/src/App.vue';
import { useSettingsStore } from '../../../renderer/src/stores/settings';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

describe('ErrorBanner', () => {
  it('explains an engine error in the chosen language, and again when it changes', async () => {
    const { api, pinia, mountComponent } = createPuertoTestApp('es');
    const details = { proto: 'TCP', otherProto: 'UDP', port: 7007, address: '::' };
    api.respond('startServer', () => fail('PORT_IN_USE', 'EADDRINUSE :::7007', details));
    const wrapper = mountComponent(App);
    await settle();
    expect(wrapper.find('[data-testid="error-banner"]').exists()).toBe(false);

    await wrapper.get('[data-testid="server-start"]').trigger('click');
    await settle();

    expect(api.callsOf('startServer')).toHaveLength(1);
    const banner = wrapper.get('[data-testid="error-banner"]');
    const spanish = explainError('es', { code: 'PORT_IN_USE', message: '', details });
    const english = explainError('en', { code: 'PORT_IN_USE', message: '', details });
    expect(spanish.title).not.toBe(english.title);
    expect(spanish.title).toContain('7007');
    expect(banner.text()).toContain(spanish.title);
    expect(banner.text()).toContain(spanish.explain);
    expect(banner.text()).toContain(spanish.hint);

    useSettingsStore(pinia).locale = 'en';
    await settle();
    expect(wrapper.get('[data-testid="error-banner"]').text()).toContain(english.title);
    expect(wrapper.get('[data-testid="error-banner"]').text()).not.toContain(spanish.title);
    expect(wrapper.text()).toContain(translate('en', 'ui.servers.start'));
    wrapper.unmount();
  });

  it('translates a reason that is itself a message key', async () => {
    const { api, mountComponent } = createPuertoTestApp('es');
    api.respond('openClient', () =>
      fail('INVALID_INPUT', 'port: out of range', {
        field: 'port',
        reason: 'validation.remotePortRange',
      }),
    );
    const wrapper = mountComponent(App);
    await settle();
    await wrapper.get('[data-testid="client-open"]').trigger('click');
    await settle();

    const text = wrapper.get('[data-testid="error-notification"]').text();
    expect(text).toContain(translate('es', 'validation.remotePortRange'));
    expect(text).not.toContain('validation.remotePortRange');

    await wrapper.get('[data-testid="error-notification"] .n-base-close').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid="error-notification"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
