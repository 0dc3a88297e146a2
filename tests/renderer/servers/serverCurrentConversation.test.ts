/**
 * Issue 11: when the composer's conversation is one a server accepted, the server's card in
 * the sidebar says so (as a client's card does for its own conversation), naming the peer.
 */
import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import ServerList from '../../../renderer/src/components/servers/ServerList.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { openConversation } from '../support/engineInfo';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { serverInfo } from './serverFixtures';

const manual = serverInfo({ id: 's1', port: 7007, behaviour: { name: 'manual' } });
const accepted = openConversation('a1', {
  role: 'server',
  serverId: 's1',
  local: { address: '127.0.0.1', port: 7007 },
  remote: { address: '127.0.0.1', port: 50474 },
});

async function mountWith(locale: 'en' | 'es') {
  const app = createPuertoTestApp(locale);
  const list = app.mountComponent(ServerList);
  const engine = useEngineStore(app.pinia);
  engine.applyState({ servers: [manual], clients: [], connections: [accepted] });
  await settle();
  return { list, selection: useSelectionStore(app.pinia) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the current conversation on a server card', () => {
  it('names the peer of the accepted connection the composer sends on', async () => {
    const { list, selection } = await mountWith('en');
    expect(selection.makeCurrent('a1')).toBe(true);
    await settle();
    const current = list.get('[data-testid="server-current"]');
    expect(current.text()).toContain('Current conversation: with 127.0.0.1:50474');
    expect(list.get('[data-testid="server-item"]').classes()).toContain('server-item--current');
  });

  it('says nothing while the composer sends elsewhere', async () => {
    const { list, selection } = await mountWith('es');
    selection.connectionId = null;
    await settle();
    expect(list.find('[data-testid="server-current"]').exists()).toBe(false);
    selection.makeCurrent('a1');
    await settle();
    expect(list.get('[data-testid="server-current"]').text()).toContain(
      'Conversación actual: con 127.0.0.1:50474',
    );
  });
});
