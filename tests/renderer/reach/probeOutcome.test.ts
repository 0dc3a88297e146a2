import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../../shared/i18n';
import type { Locale } from '../../../shared/i18n';
import ProbeOutcome from '../../../renderer/src/components/reach/ProbeOutcome.vue';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { done, filled, probeResult } from './reachFixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountOutcome(props: Record<string, unknown>, locale: Locale = 'en') {
  const wrapper = createPuertoTestApp(locale).mountComponent(ProbeOutcome, props);
  await settle();
  return wrapper;
}

describe('ProbeOutcome', () => {
  it.each(['en', 'es'] as const)('explains each outcome to a student (%s)', async (locale) => {
    const explain = messages[locale].reach.explain;
    const cases = [
      { result: probeResult('reachable'), text: explain.reachable.tcp },
      { result: probeResult('reachable', { protocol: 'udp' }), text: explain.reachable.udp },
      {
        result: probeResult('refused'),
        text: filled(explain.refused, { protocol: 'TCP', port: 7007 }),
      },
      { result: probeResult('timed-out'), text: filled(explain['timed-out'], { seconds: 3 }) },
      { result: probeResult('unreachable'), text: explain.unreachable },
      { result: probeResult('no-answer', { protocol: 'udp' }), text: explain['no-answer'] },
    ];
    for (const { result, text } of cases) {
      const wrapper = await mountOutcome({ probe: done(result) }, locale);
      expect(wrapper.get('[data-testid="probe-outcome"]').attributes('data-outcome')).toBe(
        result.outcome,
      );
      expect(wrapper.get('[data-testid="probe-explanation"]').text()).toBe(text);
      expect(wrapper.text()).toContain(messages[locale].reach.outcomes[result.outcome]);
      wrapper.unmount();
    }
  });

  it('offers firewall help only when silence points at a firewall', async () => {
    const shown = [];
    for (const outcome of [
      'reachable',
      'refused',
      'timed-out',
      'unreachable',
      'no-answer',
    ] as const) {
      const wrapper = await mountOutcome({ probe: done(probeResult(outcome)) });
      if (wrapper.find('[data-testid="firewall-help"]').exists()) shown.push(outcome);
      wrapper.unmount();
    }
    expect(shown).toEqual(['timed-out', 'no-answer']);
  });

  it('names the port, protocol and system of the machine that did not answer', async () => {
    const wrapper = await mountOutcome({
      probe: done(probeResult('no-answer', { protocol: 'udp', port: 5353 })),
      platform: 'linux',
    });
    const help = wrapper.get('[data-testid="firewall-help"]');
    expect(help.attributes('data-platform')).toBe('linux');
    expect(help.findAll('[data-testid="firewall-command-text"]')[0]?.text()).toBe(
      'sudo ufw allow 5353/udp',
    );
  });

  it('says why an address could not be reached, from the error', async () => {
    const result = probeResult('unreachable', {
      host: 'lab-pc-99',
      error: { code: 'HOST_NOT_FOUND', message: 'ENOTFOUND', details: { host: 'lab-pc-99' } },
    });
    const wrapper = await mountOutcome({ probe: done(result) });
    const explanation = wrapper.get('[data-testid="error-explanation"]');
    expect(explanation.attributes('data-code')).toBe('HOST_NOT_FOUND');
    expect(explanation.text()).toContain(
      filled(messages.en.errors.HOST_NOT_FOUND.title, { host: 'lab-pc-99' }),
    );
  });

  it('shows a probe in flight and one that could not run', async () => {
    const target = { protocol: 'tcp' as const, host: '::1', port: 7007 };
    const probing = await mountOutcome({ probe: { status: 'probing', target } });
    expect(probing.text()).toBe(
      filled(messages.en.reach.probing, { protocol: 'TCP', target: '[::1]:7007' }),
    );
    const failed = await mountOutcome({
      probe: {
        status: 'failed',
        target,
        error: { code: 'INVALID_INPUT', message: 'bad', details: { field: 'port' } },
      },
    });
    expect(failed.get('[data-testid="probe-outcome"]').attributes('data-outcome')).toBe('failed');
    expect(failed.find('[data-testid="error-explanation"]').exists()).toBe(true);
  });
});
