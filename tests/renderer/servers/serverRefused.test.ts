/**
 * Issue 12: a server card says what the server's limits turned away, in one line, in the
 * student's language ("12 connections refused: limit 256 reached"), and what the kernel
 * dropped for a UDP server; it says nothing while nothing was refused or dropped.
 */
import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerInfo } from '../../../shared/contract';
import ServerList from '../../../renderer/src/components/servers/ServerList.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { serverInfo } from './serverFixtures';

async function mountWith(locale: 'en' | 'es', server: ServerInfo) {
  const app = createPuertoTestApp(locale);
  const list = app.mountComponent(ServerList);
  useEngineStore(app.pinia).applyState({ servers: [server], clients: [], connections: [] });
  await settle();
  return list;
}

const capped = (connections: number, reported: number): ServerInfo =>
  serverInfo({ id: 's1', maxConnections: 256, refused: { connections, reported } });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('what a server’s limits refused, on its card', () => {
  it('counts refused connections with the limit, in English', async () => {
    const list = await mountWith('en', capped(12, 0));
    expect(list.get('[data-testid="server-refused"]').text()).toBe(
      '12 connections refused: limit 256 reached',
    );
  });

  it('agrees in number and counts, in Spanish', async () => {
    const one = await mountWith('es', capped(1, 0));
    expect(one.get('[data-testid="server-refused"]').text()).toBe(
      '1 conexión rechazada: límite de 256 alcanzado',
    );
    document.body.innerHTML = '';
    const many = await mountWith('es', capped(12, 3));
    expect(many.get('[data-testid="server-refused"]').text()).toBe(
      '12 conexiones rechazadas: límite de 256 alcanzado · otros límites actuaron 3 veces (mira el inspector)',
    );
  });

  it('writes large counts as each language does', async () => {
    const english = await mountWith('en', capped(905_219, 1));
    expect(english.get('[data-testid="server-refused"]').text()).toBe(
      '905,219 connections refused: limit 256 reached · another limit acted once (see the inspector)',
    );
  });

  it('says nothing while nothing was refused, or for an engine without the counter', async () => {
    const quiet = await mountWith('en', capped(0, 0));
    expect(quiet.find('[data-testid="server-refused"]').exists()).toBe(false);
    document.body.innerHTML = '';
    const older = await mountWith('es', serverInfo({ id: 's1' }));
    expect(older.find('[data-testid="server-refused"]').exists()).toBe(false);
  });

  it('says what the kernel dropped on a UDP server, in both languages', async () => {
    const udp = serverInfo({ id: 's1', protocol: 'udp', kernelDrops: 905_219 });
    const english = await mountWith('en', udp);
    expect(english.get('[data-testid="server-kernel-drops"]').text()).toBe(
      'the kernel dropped 905,219 datagrams: nobody read them in time',
    );
    expect(english.find('[data-testid="server-refused"]').exists()).toBe(false);
    document.body.innerHTML = '';
    const spanish = await mountWith('es', { ...udp, kernelDrops: 1 });
    expect(spanish.get('[data-testid="server-kernel-drops"]').text()).toBe(
      'el núcleo descartó 1 datagrama: nadie lo leyó a tiempo',
    );
    document.body.innerHTML = '';
    const none = await mountWith('en', { ...udp, kernelDrops: 0 });
    expect(none.find('[data-testid="server-kernel-drops"]').exists()).toBe(false);
  });

  it('counts TCP connections reset before the server saw them, in both languages', async () => {
    const english = await mountWith('en', serverInfo({ id: 's1', resetBeforeAccepted: 4_812 }));
    expect(english.get('[data-testid="server-reset-early"]').text()).toBe(
      '4,812 connections reset by their clients before the server saw them',
    );
    document.body.innerHTML = '';
    const spanish = await mountWith('es', serverInfo({ id: 's1', resetBeforeAccepted: 1 }));
    expect(spanish.get('[data-testid="server-reset-early"]').text()).toBe(
      '1 conexión reiniciada por su cliente antes de que el servidor la viera',
    );
  });
});
