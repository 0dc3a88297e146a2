import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import type { EngineState, ServerInfo } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import TopologyCanvas from '../../../renderer/src/components/topology/TopologyCanvas.vue';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { T0, accepted, server, state } from './stateBuilders';

const iterative = (waiting: ServerInfo['waiting']): ServerInfo => ({
  ...server('s1', 'tcp', 7007),
  concurrency: 'iterative',
  waiting,
});
const served = { address: '10.0.0.5', port: 50000 };
const second = { address: '10.0.0.6', port: 50001 };
const third = { address: '10.0.0.7', port: 50002 };
const queueing = iterative([second, third]);
const busy = state([queueing], [accepted('c1', queueing, served)]);

let mounted: VueWrapper | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

async function mountCanvas(locale: 'en' | 'es', initial: EngineState) {
  const app = createPuertoTestApp(locale);
  app.api.respond('getState', () => ({ ok: true, value: initial }));
  useEngineStore(app.pinia).connect();
  useCaptureStore(app.pinia).connect();
  const wrapper = app.mountComponent(TopologyCanvas);
  mounted = wrapper;
  await settle();
  return { ...app, wrapper, selection: useSelectionStore(app.pinia) };
}

const waitingNodes = (wrapper: VueWrapper) => wrapper.findAll('[data-testid="topology-waiting"]');
const waitingLines = (wrapper: VueWrapper) =>
  wrapper.findAll('[data-testid="topology-line"][data-kind="waiting"]');

describe('TopologyCanvas with a listen queue', () => {
  it('labels each waiting client with its place, in Spanish too', async () => {
    const { wrapper } = await mountCanvas('es', busy);
    const nodes = waitingNodes(wrapper);
    expect(
      nodes.map((node) => [node.attributes('data-remote'), node.attributes('data-position')]),
    ).toEqual([
      ['10.0.0.6:50001', '1'],
      ['10.0.0.7:50002', '2'],
    ]);
    expect(nodes[0]!.text()).toContain(translate('es', 'topology.waiting.label', { position: 1 }));
    expect(nodes[1]!.text()).toContain('en espera n.º 2');
    // The tooltip explains the listen queue.
    expect(nodes[0]!.get('title').text()).toBe(
      translate('es', 'topology.details.waiting', {
        remote: '10.0.0.6:50001',
        port: 7007,
        position: 1,
      }),
    );
    expect(nodes[0]!.attributes('aria-label')).toContain('cola de escucha');
  });

  it('draws their lines dashed and muted, apart from the served one', async () => {
    const { wrapper } = await mountCanvas('en', busy);
    expect(waitingNodes(wrapper)[0]!.text()).toContain('waiting #1');
    const lines = waitingLines(wrapper);
    expect(lines.map((line) => line.attributes('data-waiting'))).toEqual(['1', '2']);
    expect(lines.every((line) => line.classes().includes('is-waiting'))).toBe(true);
    const servedLine = wrapper.get('[data-testid="topology-line"][data-line="c1"]');
    expect(servedLine.classes()).not.toContain('is-waiting');
    expect(servedLine.attributes('data-waiting')).toBeUndefined();
  });

  it('selects the server when a waiting client is clicked, and shows why it waits', async () => {
    const { wrapper, selection } = await mountCanvas('en', busy);
    const node = waitingNodes(wrapper)[1]!;
    await node.trigger('mouseenter');
    expect(wrapper.get('[data-testid="topology-details"]').text()).toContain('listen queue');
    await node.trigger('click');
    expect(selection.focus).toEqual({ kind: 'server', id: 's1' });
  });

  it('turns the next client into a normal line when the server accepts it', async () => {
    const { wrapper, api } = await mountCanvas('en', busy);
    const next = iterative([third]);
    api.emitBatch({ state: state([next], [accepted('c2', next, second, T0 + 5)]) });
    await settle();
    expect(waitingNodes(wrapper).map((node) => node.attributes('data-remote'))).toEqual([
      '10.0.0.7:50002',
    ]);
    expect(waitingNodes(wrapper)[0]!.text()).toContain('waiting #1');
    const acceptedLine = wrapper.get('[data-testid="topology-line"][data-line="c2"]');
    expect(acceptedLine.attributes('data-kind')).toBe('peer');
    expect(acceptedLine.classes()).not.toContain('is-waiting');

    const idle = iterative([]);
    api.emitBatch({ state: state([idle], [accepted('c3', idle, third, T0 + 6)]) });
    await settle();
    expect(waitingNodes(wrapper)).toHaveLength(0);
    expect(waitingLines(wrapper)).toHaveLength(0);
  });

  it('explains the new stroke in the legend', async () => {
    const { wrapper } = await mountCanvas('en', busy);
    expect(wrapper.get('[data-testid="topology-legend"]').text()).toContain(
      translate('en', 'topology.legend.waiting'),
    );
  });
});
