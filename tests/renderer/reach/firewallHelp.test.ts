import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { messages } from '../../../shared/i18n';
import FirewallHelp from '../../../renderer/src/components/reach/FirewallHelp.vue';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { filled } from './reachFixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountHelp(props: Record<string, unknown>, locale: 'en' | 'es' = 'en') {
  const wrapper = createPuertoTestApp(locale).mountComponent(FirewallHelp, props);
  await settle();
  return wrapper;
}

const commandTexts = (wrapper: Awaited<ReturnType<typeof mountHelp>>) =>
  wrapper.findAll('[data-testid="firewall-command-text"]').map((command) => command.text());

describe('FirewallHelp', () => {
  it('names node in browser mode, with the port and protocol', async () => {
    const wrapper = await mountHelp({ protocol: 'tcp', port: 7007, platform: 'win32' });
    const help = wrapper.get('[data-testid="firewall-help"]');
    expect(help.attributes('data-program')).toBe('browser');
    expect(help.attributes('data-platform')).toBe('windows');
    expect(wrapper.get('[data-testid="firewall-intro"]').text()).toBe(
      filled(messages.en.reach.firewall.intro, {
        protocol: 'TCP',
        port: 7007,
        program: messages.en.reach.firewall.programs.browser,
      }),
    );
    expect(commandTexts(wrapper)[0]).toContain('-Protocol TCP -LocalPort 7007');
    expect(wrapper.findAll('[data-testid="firewall-step"]')[0]?.text()).toContain('node (Node.js)');
  });

  it('names Puerto inside the desktop app', async () => {
    // What the Electron preload exposes on `window`.
    vi.stubGlobal('puerto', { invoke: async () => ({ ok: true }), onBatch: () => () => {} });
    const wrapper = await mountHelp({ protocol: 'udp', port: 7008, platform: 'darwin' }, 'es');
    expect(wrapper.get('[data-testid="firewall-help"]').attributes('data-program')).toBe('desktop');
    expect(wrapper.get('[data-testid="firewall-intro"]').text()).toBe(
      filled(messages.es.reach.firewall.intro, { protocol: 'UDP', port: 7008, program: 'Puerto' }),
    );
    expect(commandTexts(wrapper)).toEqual([]);
    expect(wrapper.findAll('[data-testid="firewall-step"]')[1]?.text()).toBe(
      filled(messages.es.reach.firewall.steps.macos.settings, { program: 'Puerto' }),
    );
  });

  it('switches system when the student picks another one', async () => {
    const wrapper = await mountHelp({ protocol: 'udp', port: 7008 });
    expect(wrapper.get('[data-testid="firewall-help"]').attributes('data-platform')).toBe(
      'windows',
    );

    await wrapper.get('[data-testid="firewall-platform-linux"] input').setValue(true);
    await nextTick();
    expect(wrapper.get('[data-testid="firewall-help"]').attributes('data-platform')).toBe('linux');
    expect(commandTexts(wrapper)).toContain('sudo firewall-cmd --add-port=7008/udp');
  });

  it('follows the system once it becomes known', async () => {
    const wrapper = await mountHelp({ protocol: 'tcp', port: 80 });
    await wrapper.setProps({ platform: 'linux' });
    expect(wrapper.get('[data-testid="firewall-help"]').attributes('data-platform')).toBe('linux');
    expect(commandTexts(wrapper)[0]).toBe('sudo ufw allow 80/tcp');
  });

  it('copies a command', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...globalThis.navigator, clipboard: { writeText } });
    const wrapper = await mountHelp({ protocol: 'tcp', port: 7007, platform: 'linux' });
    await wrapper.findAll('[data-testid="firewall-command-copy"]')[0]!.trigger('click');
    await settle();
    expect(writeText).toHaveBeenCalledWith('sudo ufw allow 7007/tcp');
    expect(wrapper.findAll('[data-testid="firewall-command-copy"]')[0]!.text()).toBe(
      messages.en.machine.copied,
    );
  });
});
