import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import type { ConnectionInfo } from '../../../shared/contract';
import EventDetail from '../../../renderer/src/components/inspector/EventDetail.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { dataEvent } from '../support/events';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { opened } from '../topology/stateBuilders';

const COMPONENT_TIMEOUT_MS = 20_000;
const loopback = (port: number) => ({ address: '127.0.0.1', port });
const older = opened('k1', 'tcp-1', 'tcp', loopback(50474), loopback(7007)).connection;
const newer = opened('k2', 'udp-1', 'udp', loopback(50475), loopback(7007)).connection;

let mounted: VueWrapper | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = '';
});

/** The detail pane of an event on `connectionId`, while the engine lists `connections`. */
async function detail(connectionId: string, connections: ConnectionInfo[] = [older, newer]) {
  const app = createPuertoTestApp('en');
  useEngineStore(app.pinia).applyState({ servers: [], clients: [], connections });
  const selection = useSelectionStore(app.pinia);
  const event = { ...dataEvent(1, 'data-in', 'hola'), connectionId };
  const wrapper = app.mountComponent(EventDetail, { event });
  mounted = wrapper;
  await settle();
  const button = () => wrapper.get('[data-testid="detail-answer-here"]');
  const why = () => wrapper.find('[data-testid="detail-answer-blocked"]');
  return { wrapper, selection, button, why };
}

describe('EventDetail: answer on this conversation', { timeout: COMPONENT_TIMEOUT_MS }, () => {
  it('makes the event’s conversation current only when pressed', async () => {
    const { wrapper, selection, button, why } = await detail('tcp-1');
    expect(selection.connectionId).toBe('udp-1');
    await wrapper.get('[data-testid="detail-only-conversation"]').trigger('click');
    expect(selection.focus).toEqual({ kind: 'connection', id: 'tcp-1' });
    expect(selection.connectionId).toBe('udp-1');

    expect(button().attributes('disabled')).toBeUndefined();
    await button().trigger('click');
    await settle();
    expect(selection.connectionId).toBe('tcp-1');
    expect(button().attributes('disabled')).toBeDefined();
    expect(why().text()).toBe('The composer already sends on this conversation.');
  });

  it('is disabled, with the reason, on a closed conversation', async () => {
    const { selection, button, why } = await detail('tcp-1', [
      { ...older, status: 'closed' },
      newer,
    ]);
    expect(button().attributes('disabled')).toBeDefined();
    expect(why().text()).toContain('This conversation is closed');
    await button().trigger('click');
    expect(selection.connectionId).toBe('udp-1');
  });

  it('leaves the composer alone for a connection that was refused and never opened', async () => {
    const { selection, button, why } = await detail('refused-9');
    expect(button().attributes('disabled')).toBeDefined();
    expect(why().text()).toContain('never opened');
    expect(selection.makeCurrent('refused-9')).toBe(false);
    expect(selection.connectionId).toBe('udp-1');
  });
});
