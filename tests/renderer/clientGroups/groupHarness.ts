/**
 * The "several servers" tab mounted as in the app, on a fake engine that opens every client
 * asked for except those aimed at a port listed as refused, and accepts every send.
 */
import '../support/fakeResizeObserver';
import { nextTick } from 'vue';
import type { ClientInfo, EngineState, PuertoEvent, RequestInput } from '../../../shared/contract';
import ClientGroupView from '../../../renderer/src/components/clientGroups/ClientGroupView.vue';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useClientGroupsStore } from '../../../renderer/src/stores/clientGroups';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useWorkspaceStore } from '../../../renderer/src/stores/workspace';
import { emptyState, FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { refused } from './groupEvents';

const zero = { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 };

export function clientInfo(id: number, request: RequestInput<'openClient'>): ClientInfo {
  return {
    id: `client-${id}`,
    protocol: request.protocol,
    host: request.host,
    remote: { address: request.host, port: request.port },
    local: { address: '127.0.0.1', port: 50000 + id },
    status: 'open',
    connectionId: `connection-${id}`,
    openedAt: 0,
    counters: zero,
  };
}

export function groupApi(refusedPorts: readonly number[] = []): FakePuertoApi {
  const api = new FakePuertoApi();
  let next = 1;
  api.respond('openClient', (request) =>
    refusedPorts.includes(request.port)
      ? { ok: false, error: { ...refused, details: { ...refused.details, port: request.port } } }
      : { ok: true, value: clientInfo(next++, request) },
  );
  api.respond('send', (request) => ({
    ok: true,
    value: { bytes: request.data.byteLength, flushed: true },
  }));
  api.respond('closeClient', (request) => ({
    ok: true,
    value: {
      ...clientInfo(Number(request.clientId.split('-')[1]), {
        protocol: 'tcp',
        host: 'x',
        port: 1,
      }),
      status: 'closed',
    },
  }));
  return api;
}

export async function mountGroup(locale: 'en' | 'es' = 'en', api = groupApi()) {
  const app = createPuertoTestApp(locale, api);
  const wrapper = app.mountComponent(ClientGroupView);
  await settle();
  const group = useClientGroupsStore(app.pinia);
  const engine = useEngineStore(app.pinia);
  const capture = useCaptureStore(app.pinia);
  const workspace = useWorkspaceStore(app.pinia);

  async function fill(field: string, value: string): Promise<void> {
    await wrapper.get(`[data-testid="${field}"] :is(input, textarea)`).setValue(value);
    await nextTick();
  }

  async function addByHand(port: number, protocol: 'tcp' | 'udp' = 'tcp'): Promise<void> {
    await wrapper.get(`[data-testid="group-member-protocol-${protocol}"] input`).setValue(true);
    await fill('group-member-port', String(port));
    await wrapper.get('[data-testid="group-member-form"]').trigger('submit');
    await settle();
  }

  async function click(testId: string): Promise<void> {
    await wrapper.get(`[data-testid="${testId}"]`).trigger('click');
    await settle();
  }

  async function feed(events: PuertoEvent[]): Promise<void> {
    capture.applyBatch({ events, evicted: 0 });
    await settle();
  }

  async function setState(state: Partial<EngineState>): Promise<void> {
    engine.applyState({ ...emptyState(), ...state });
    await settle();
  }

  const sentTo = () =>
    api.callsOf('send').map((call) => (call as RequestInput<'send'>).connectionId);
  const memberStatuses = () =>
    wrapper.findAll('[data-testid="group-member"]').map((item) => item.attributes('data-status'));

  return {
    app,
    api,
    wrapper,
    group,
    engine,
    workspace,
    fill,
    addByHand,
    click,
    feed,
    setState,
    sentTo,
    memberStatuses,
  };
}
