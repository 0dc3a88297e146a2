import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import TopologyCanvas from '../../../renderer/src/components/topology/TopologyCanvas.vue';
import ClientList from '../../../renderer/src/components/clients/ClientList.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { accepted, opened, server, state } from './stateBuilders';

const loopback = (port: number) => ({ address: '127.0.0.1', port });
const udpServer = server('s2', 'udp', 7007);
const ours = opened('k1', 'c1', 'tcp', loopback(50001), loopback(7007));
const stranger = accepted('p1', udpServer, { address: '192.168.1.20', port: 61000 });
const lab = state([udpServer], [ours.connection, stranger], [ours.client]);

const mounted: VueWrapper[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
});

async function mountBoth() {
  const app = createPuertoTestApp('en');
  useEngineStore(app.pinia).applyState(lab);
  const canvas = app.mountComponent(TopologyCanvas);
  const list = app.mountComponent(ClientList);
  mounted.push(canvas, list);
  await settle();
  return { canvas, list, selection: useSelectionStore(app.pinia) };
}

const marked = (wrapper: VueWrapper, testId: string) =>
  wrapper.findAll(`[data-testid="${testId}"][data-current]`).length;

describe('the current conversation, highlighted', () => {
  it('marks the client, its line and its list item, and moves the mark with the current one', async () => {
    const { canvas, list, selection } = await mountBoth();
    expect(selection.connectionId).toBe('c1');
    expect(marked(canvas, 'topology-client')).toBe(1);
    expect(marked(canvas, 'topology-peer')).toBe(1);
    expect(marked(list, 'client-item')).toBe(1);
    expect(list.get('[data-testid="client-current"]').text()).toBe('Current');
    const currentLines = canvas.findAll('[data-testid="topology-line"][data-current]');
    expect(currentLines.map((line) => line.attributes('data-connections'))).toEqual(['c1']);

    selection.makeCurrent('p1');
    await settle();
    expect(marked(canvas, 'topology-client')).toBe(0);
    expect(marked(list, 'client-item')).toBe(0);
    expect(
      canvas.get('[data-testid="topology-peer"][data-current]').attributes('data-connection-id'),
    ).toBe('p1');
  });
});
