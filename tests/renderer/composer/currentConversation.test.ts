import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import type { ConnectionInfo, ServerInfo } from '../../../shared/contract';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { settle } from '../support/puertoTestApp';
import { accepted, opened, server } from '../topology/stateBuilders';
import { click, isDisabled, mountComposer, type } from './composerHarness';

/** Mounting Naive UI in happy-dom takes a while on a busy CI machine. */
const COMPONENT_TIMEOUT_MS = 20_000;
const loopback = (port: number) => ({ address: '127.0.0.1', port });
const tcpClient = opened('k1', 'tcp-1', 'tcp', loopback(50474), loopback(7007)).connection;
const udpClient = opened('k2', 'udp-1', 'udp', loopback(50475), loopback(7007)).connection;
const manual: ServerInfo = { ...server('s1', 'tcp', 8008), behaviour: { name: 'manual' } };
/** 12:03:04 local time, as the wall clock in the lab shows it. */
const CLOSED_AT = new Date(2026, 0, 12, 12, 3, 4, 250).getTime();

let mounted: VueWrapper | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = '';
});

async function composer(connections: ConnectionInfo[], locale: 'en' | 'es' = 'en') {
  const harness = await mountComposer(connections, locale);
  mounted = harness.wrapper;
  return harness;
}

const target = (wrapper: VueWrapper) => wrapper.get('[data-testid="composer-target"]');
const reason = (wrapper: VueWrapper) => wrapper.get('[data-testid="composer-reason"]').text();

describe('the composer’s current conversation', { timeout: COMPONENT_TIMEOUT_MS }, () => {
  it('names where it sends, and moves to a client the moment it opens', async () => {
    const { wrapper, setConnections, sent } = await composer([tcpClient]);
    expect(target(wrapper).text()).toContain('TCP client :50474 → 127.0.0.1:7007');

    setConnections([tcpClient, udpClient]);
    await settle();
    expect(target(wrapper).attributes('data-connection-id')).toBe('udp-1');
    expect(target(wrapper).text()).toContain('UDP client :50475 → 127.0.0.1:7007');
    await type(wrapper, 'hola udp');
    await click(wrapper, 'composer-send');
    expect(sent().map((call) => call.connectionId)).toEqual(['udp-1']);
  });

  it('names an accepted connection by its server’s port and its client, in Spanish', async () => {
    const { wrapper, engine, pinia } = await composer([], 'es');
    const stranger = accepted('a1', manual, loopback(61000));
    engine.applyState({ servers: [manual], clients: [], connections: [stranger] });
    await settle();
    expect(useSelectionStore(pinia).connectionId).toBe('a1');
    expect(target(wrapper).text()).toContain('Servidor TCP 8008 ← 127.0.0.1:61000');
  });

  it('keeps a closed conversation in view, disabled, with who closed it and when', async () => {
    const { wrapper, pinia, setConnections } = await composer([tcpClient]);
    const echoed = accepted('a-echo', server('s2', 'tcp', 7007), loopback(61001));
    useCaptureStore(pinia).applyBatch({
      events: [
        {
          seq: 1,
          time: CLOSED_AT,
          proto: 'tcp',
          kind: 'closed',
          by: 'remote',
          connectionId: 'tcp-1',
        },
      ],
      evicted: 0,
    });
    setConnections([{ ...tcpClient, status: 'closed', closedAt: CLOSED_AT }, echoed]);
    await settle();
    await type(wrapper, 'too late');

    expect(target(wrapper).attributes('data-connection-id')).toBe('tcp-1');
    expect(target(wrapper).attributes('data-status')).toBe('closed');
    expect(isDisabled(wrapper, 'composer-send')).toBe(true);
    expect(reason(wrapper)).toBe(
      'This connection was closed by the other side at 12:03:04: open a new client or pick another conversation.',
    );

    // The engine forgets old closed conversations; the composer still names this one.
    setConnections([echoed]);
    await settle();
    expect(target(wrapper).attributes('data-connection-id')).toBe('tcp-1');
    expect(target(wrapper).text()).toContain('TCP client :50474 → 127.0.0.1:7007');
    expect(isDisabled(wrapper, 'composer-send')).toBe(true);
  });

  it('says so when this side closed it, read from the FIN flags once the capture let go', async () => {
    const { wrapper, setConnections } = await composer([tcpClient], 'es');
    setConnections([{ ...tcpClient, status: 'closed', localEnded: true, closedAt: CLOSED_AT }]);
    await settle();
    expect(reason(wrapper)).toContain('Cerraste esta conversación a las 12:03:04');
  });
});
