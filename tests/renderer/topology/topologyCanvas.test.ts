import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import type { EngineState, PuertoEvent } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import TopologyCanvas from '../../../renderer/src/components/topology/TopologyCanvas.vue';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { FADE_MS } from '../../../renderer/src/topology/geometry';
import { PULSE_DURATION_MS, PULSE_SPACING_MS } from '../../../renderer/src/topology/pulses';
import { dataEvent } from '../support/events';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { accepted, opened, server, state } from './stateBuilders';

const loopback = (port: number) => ({ address: '127.0.0.1', port });
const tcpServer = server('s1', 'tcp', 7007);
const udpServer = server('s2', 'udp', 7007);
const ours = opened('k1', 'c1', 'tcp', loopback(50001), loopback(7007));
const mirror = accepted('a1', tcpServer, loopback(50001));
const stranger = accepted('p1', udpServer, { address: '192.168.1.20', port: 61000 });
const lab = state([tcpServer, udpServer], [ours.connection, mirror, stranger], [ours.client]);

let mounted: VueWrapper | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  vi.useRealTimers();
});

/** The canvas inside the app's stores, following batches pushed by the fake engine. */
async function mountCanvas(locale: 'en' | 'es' = 'en', initial: EngineState = lab) {
  const app = createPuertoTestApp(locale);
  app.api.respond('getState', () => ({ ok: true, value: initial }));
  useEngineStore(app.pinia).connect();
  useCaptureStore(app.pinia).connect();
  const wrapper = app.mountComponent(TopologyCanvas);
  mounted = wrapper;
  await settle();
  return { ...app, wrapper, selection: useSelectionStore(app.pinia) };
}

const on = (connectionId: string, event: PuertoEvent): PuertoEvent => ({ ...event, connectionId });
/** The pulses drawn, as `line direction`, sorted. */
const pulses = (wrapper: VueWrapper) =>
  wrapper
    .findAll('[data-testid="topology-pulse"]')
    .map(
      (pulse) =>
        `${pulse.element.closest('[data-testid="topology-line"]')?.getAttribute('data-line')} ${pulse.attributes('data-direction')}`,
    )
    .sort();

describe('TopologyCanvas', () => {
  it('teaches what to do while nothing runs, in the chosen language', async () => {
    const { wrapper } = await mountCanvas('es', state([]));
    expect(wrapper.get('[data-testid="topology-empty"]').text()).toContain(
      translate('es', 'topology.empty'),
    );
    expect(wrapper.findAll('[data-testid="topology-port"]')).toHaveLength(0);
  });

  it('draws both 7007 ports, the client and the stranger, each labelled', async () => {
    const { wrapper } = await mountCanvas();
    expect(wrapper.find('[data-testid="topology-empty"]').exists()).toBe(false);
    const ports = wrapper.findAll('[data-testid="topology-port"]');
    expect(ports.map((node) => [node.attributes('data-protocol'), node.text()])).toEqual([
      ['tcp', expect.stringContaining('7007')],
      ['udp', expect.stringContaining('7007')],
    ]);
    const client = wrapper.get('[data-testid="topology-client"]');
    expect(client.text()).toContain(translate('en', 'topology.client.label', { port: 50001 }));
    const peer = wrapper.get('[data-testid="topology-peer"]');
    expect(peer.text()).toContain('192.168.1.20:61000');
    expect(peer.attributes('aria-label')).toContain('61000');
  });

  it('focuses what is clicked, and highlights it', async () => {
    const { wrapper, selection } = await mountCanvas();
    const port = () => wrapper.get('[data-testid="topology-port"][data-protocol="udp"]');
    await port().trigger('click');
    expect(selection.focus).toEqual({ kind: 'server', id: 's2' });
    expect(port().attributes('aria-pressed')).toBe('true');

    await wrapper.get('[data-testid="topology-client"]').trigger('click');
    expect(selection.focus).toEqual({ kind: 'client', id: 'k1' });
    expect(selection.connectionId).toBe('c1');
    expect(port().attributes('aria-pressed')).toBe('false');

    await wrapper.get('[data-testid="topology-peer"]').trigger('click');
    expect(selection.focus).toEqual({ kind: 'connection', id: 'p1' });
  });

  it('selects either side of a loopback line, the server side for answering by hand', async () => {
    const { wrapper, selection } = await mountCanvas();
    const segment = (id: string) =>
      wrapper.get(`[data-testid="topology-segment"][data-connection-id="${id}"]`);
    await segment('a1').trigger('click');
    expect(selection.focus).toEqual({ kind: 'connection', id: 'a1' });
    expect(selection.connectionId).toBe('a1');
    await segment('c1').trigger('click');
    expect(selection.connectionId).toBe('c1');
  });

  it('works from the keyboard: Enter selects, Escape clears', async () => {
    const { wrapper, selection } = await mountCanvas();
    const port = wrapper.get('[data-testid="topology-port"]');
    expect(port.attributes('tabindex')).toBe('0');
    expect(port.attributes('role')).toBe('button');
    await port.trigger('keydown', { key: 'Enter' });
    expect(selection.focus).toEqual({ kind: 'server', id: 's1' });
    await port.trigger('keydown', { key: 'Escape' });
    expect(selection.focus).toBeNull();
  });

  it('shows the details of what is pointed at', async () => {
    const { wrapper } = await mountCanvas();
    const details = () => wrapper.get('[data-testid="topology-details"]').text();
    expect(details()).toBe(translate('en', 'topology.details.hint'));
    await wrapper.get('[data-testid="topology-peer"]').trigger('mouseenter');
    expect(details()).toContain('192.168.1.20:61000');
    await wrapper.get('[data-testid="topology-peer"]').trigger('mouseleave');
    expect(details()).toBe(translate('en', 'topology.details.hint'));
  });

  it('starts one pulse per line and direction per batch, never one per packet', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_800_000_000_000);
    const { wrapper, api } = await mountCanvas();
    const burst = Array.from({ length: 30 }, (_, index) =>
      on('c1', dataEvent(index + 1, 'data-out', `packet ${index}`)),
    );
    // The server's side of the same bytes travels the same way along the same line.
    api.emitBatch({ events: [...burst, on('a1', dataEvent(31, 'data-in', 'all of it'))] });
    await settle();
    expect(pulses(wrapper)).toEqual(['c1 forward']);

    vi.setSystemTime(Date.now() + PULSE_SPACING_MS);
    api.emitBatch({
      events: [
        on('a1', dataEvent(32, 'data-out', 'echo')),
        on('p1', dataEvent(33, 'data-in', 'x')),
      ],
    });
    await settle();
    expect(pulses(wrapper)).toEqual(['c1 backward', 'c1 forward', 'p1 backward']);

    vi.setSystemTime(Date.now() + PULSE_DURATION_MS);
    api.emitBatch({ events: [on('p1', dataEvent(34, 'data-out', 'y'))] });
    await settle();
    expect(pulses(wrapper)).toEqual(['p1 forward']);
  });

  it('does not animate the history already captured before it appeared', async () => {
    const app = createPuertoTestApp('en');
    useEngineStore(app.pinia).applyState(lab);
    useCaptureStore(app.pinia).applyBatch({
      events: [on('c1', dataEvent(1, 'data-out', 'old'))],
      evicted: 0,
    });
    mounted = app.mountComponent(TopologyCanvas);
    await settle();
    expect(pulses(mounted)).toEqual([]);
    expect(mounted.findAll('[data-testid="topology-line"]')).toHaveLength(2);
  });

  it('does not animate an imported capture file', async () => {
    const { wrapper, pinia } = await mountCanvas();
    useCaptureStore(pinia).replaceWithImported([on('c1', dataEvent(500, 'data-out', 'old'))], {
      name: 'lab.jsonl',
      problems: [],
      problemCount: 0,
      dropped: 0,
    });
    await settle();
    expect(pulses(wrapper)).toEqual([]);
  });

  it('fades a closed conversation, then removes it', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { wrapper, api } = await mountCanvasWithFakeTimers();
    const line = () => wrapper.find('[data-testid="topology-line"][data-line="p1"]');
    expect(line().attributes('data-status')).toBe('open');

    const closed = { ...stranger, status: 'closed' as const, closedAt: Date.now() };
    api.emitBatch({ state: state([tcpServer, udpServer], [closed]) });
    await vi.advanceTimersByTimeAsync(FADE_MS / 2);
    expect(line().attributes('data-status')).toBe('closing');
    expect(line().classes()).toContain('topology-closing');

    await vi.advanceTimersByTimeAsync(FADE_MS);
    expect(line().exists()).toBe(false);
    expect(wrapper.find('[data-testid="topology-peer"]').exists()).toBe(false);
  });
});

/** `settle` waits on real timers; with fake ones the fake clock is advanced instead. */
async function mountCanvasWithFakeTimers() {
  const app = createPuertoTestApp('en');
  app.api.respond('getState', () => ({
    ok: true,
    value: state([tcpServer, udpServer], [stranger]),
  }));
  useEngineStore(app.pinia).connect();
  useCaptureStore(app.pinia).connect();
  const wrapper = app.mountComponent(TopologyCanvas);
  mounted = wrapper;
  await vi.advanceTimersByTimeAsync(10);
  return { ...app, wrapper };
}
