import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestInput } from '../../../shared/contract';
import ServerPanel from '../../../renderer/src/components/servers/ServerPanel.vue';
import { useServerDraftStore } from '../../../renderer/src/stores/serverDraft';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { labMachine } from '../machine/systemInfoFixtures';
import { serverInfo } from '../servers/serverFixtures';

function api(startWorks: boolean): FakePuertoApi {
  const fake = new FakePuertoApi();
  fake.respond('getSystemInfo', () => ({ ok: true, value: labMachine() }));
  fake.respond('startServer', (request) => {
    if (!startWorks) {
      return {
        ok: false,
        error: { code: 'PORT_IN_USE', message: 'busy', details: { port: 7007, proto: 'tcp' } },
      };
    }
    const parsed = request as RequestInput<'startServer'>;
    return { ok: true, value: serverInfo({ protocol: parsed.protocol, port: parsed.port }) };
  });
  return fake;
}

async function mountPanel(startWorks = true) {
  const app = createPuertoTestApp('en', api(startWorks));
  const wrapper = app.mountComponent(ServerPanel);
  await settle();
  const form = () => wrapper.get('[data-testid="server-form"]').element.parentElement;
  const isOpen = () => form()?.style.display !== 'none';
  return { app, wrapper, isOpen };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the sidebar’s New server form', () => {
  it('is closed at first, opens from "New…", and steps aside once the server started', async () => {
    const { wrapper, isOpen } = await mountPanel();
    const button = wrapper.get('[data-testid="server-new"]');
    expect(isOpen()).toBe(false);
    expect(button.attributes('aria-expanded')).toBe('false');

    await button.trigger('click');
    await settle();
    expect(isOpen()).toBe(true);
    expect(button.attributes('aria-expanded')).toBe('true');

    await wrapper.get('form').trigger('submit');
    await settle();
    expect(isOpen()).toBe(false);
    expect(wrapper.findAll('[data-testid="server-item"]')).toHaveLength(1);
    wrapper.unmount();
  });

  it('stays open when the engine refuses, so the student can correct it', async () => {
    const { wrapper, isOpen } = await mountPanel(false);
    await wrapper.get('[data-testid="server-new"]').trigger('click');
    await settle();
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(isOpen()).toBe(true);
    wrapper.unmount();
  });

  it('opens by itself when the catalogue proposes a server', async () => {
    const { app, wrapper, isOpen } = await mountPanel();
    useServerDraftStore(app.pinia).propose({ protocol: 'udp', port: 7013, behaviour: 'echo' });
    await settle();
    expect(isOpen()).toBe(true);
    wrapper.unmount();
  });
});
