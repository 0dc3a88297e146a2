import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { ProbeResult, Result } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import ClientPanel from '../../../renderer/src/components/clients/ClientPanel.vue';
import { useReachStore } from '../../../renderer/src/stores/reach';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { filled, probeResult } from './reachFixtures';

type Wrapper = ReturnType<ReturnType<typeof createPuertoTestApp>['mountComponent']>;

afterEach(() => {
  document.body.innerHTML = '';
});

async function fill(wrapper: Wrapper, field: string, value: string) {
  await wrapper.get(`[data-testid="${field}"] input`).setValue(value);
  await nextTick();
}

describe('Test reachability in the client form', () => {
  it('probes the typed target without opening a client, and explains the outcome inline', async () => {
    const api = new FakePuertoApi();
    api.respond('probeServer', (request) => ({
      ok: true,
      value: probeResult('timed-out', {
        protocol: request.protocol,
        host: request.host,
        port: request.port,
        elapsedMs: 3_000,
      }),
    }));
    const app = createPuertoTestApp('es', api);
    const wrapper = app.mountComponent(ClientPanel);
    await settle();
    await fill(wrapper, 'client-host', ' 10.0.0.9 ');
    await fill(wrapper, 'client-port', '8080');

    await wrapper.get('[data-testid="client-test-reach"]').trigger('click');
    await settle();
    expect(api.callsOf('probeServer')).toEqual([{ protocol: 'tcp', host: '10.0.0.9', port: 8080 }]);
    expect(api.callsOf('openClient')).toEqual([]);
    const outcome = wrapper.get('[data-testid="client-form"] [data-testid="probe-outcome"]');
    expect(outcome.attributes('data-outcome')).toBe('timed-out');
    expect(outcome.get('[data-testid="probe-explanation"]').text()).toBe(
      filled(messages.es.reach.explain['timed-out'], { seconds: 3 }),
    );
    expect(outcome.get('[data-testid="firewall-help"]').text()).toContain('8080');

    // Another target has not been tested: its outcome is not shown.
    await fill(wrapper, 'client-port', '8081');
    expect(wrapper.find('[data-testid="probe-outcome"]').exists()).toBe(false);
  });

  it('cannot test a target that is not valid', async () => {
    const app = createPuertoTestApp('en');
    const wrapper = app.mountComponent(ClientPanel);
    await settle();
    await fill(wrapper, 'client-port', 'abc');
    expect(wrapper.get('[data-testid="client-test-reach"]').attributes('disabled')).toBeDefined();
  });
});

describe('reach store', () => {
  it('keeps the latest probe of a target, even when an older one answers last', async () => {
    const api = new FakePuertoApi();
    const answers: Array<(result: Result<ProbeResult>) => void> = [];
    api.respond('probeServer', () => new Promise((resolve) => answers.push(resolve)));
    const reach = useReachStore(createPuertoTestApp('en', api).pinia);
    const target = { protocol: 'tcp' as const, host: 'Lab-PC', port: 7007 };

    const older = reach.probe(target);
    const newer = reach.probe({ ...target, host: 'lab-pc' });
    expect(reach.stateOf(target)?.status).toBe('probing');
    answers[1]?.({ ok: true, value: probeResult('reachable') });
    await newer;
    answers[0]?.({ ok: true, value: probeResult('refused') });
    await older;

    const state = reach.stateOf(target);
    expect(state?.status === 'done' && state.result.outcome).toBe('reachable');
  });

  it('keeps a probe the host refused as failed, not in the error banner', async () => {
    const api = new FakePuertoApi();
    api.respond('probeServer', () => ({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'bad', details: { field: 'timeoutMs' } },
    }));
    const app = createPuertoTestApp('en', api);
    const reach = useReachStore(app.pinia);
    const state = await reach.probe({ protocol: 'udp', host: '::1', port: 9 }, 50);
    expect(api.callsOf('probeServer')).toEqual([
      { protocol: 'udp', host: '::1', port: 9, timeoutMs: 50 },
    ]);
    expect(state.status).toBe('failed');
    expect(reach.stateOf({ protocol: 'udp', host: '::1', port: 9 })?.status).toBe('failed');
  });
});
