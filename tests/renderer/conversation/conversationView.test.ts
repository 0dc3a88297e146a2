import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import type { ConnectionInfo, PuertoEvent, ServerInfo } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import ConversationView from '../../../renderer/src/components/conversation/ConversationView.vue';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import {
  CLIENT_SIDE,
  SERVER_SIDE,
  closed,
  data,
  halfClosed,
  lifecycle,
  serverConversation,
  udpFlow,
} from '../inspector/eventFactory';

const counters = { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 };
const echoServer: ServerInfo = {
  id: 'server-1',
  protocol: 'tcp',
  requestedPort: 7007,
  port: 7007,
  bind: { mode: 'loopback' },
  local: SERVER_SIDE,
  behaviour: { name: 'echo' },
  status: 'listening',
  startedAt: 0,
  counters,
  activeConnections: 1,
  totalConnections: 1,
  concurrency: 'concurrent',
  waiting: [],
};
const acceptedConnection: ConnectionInfo = {
  id: 'conn-1',
  protocol: 'tcp',
  role: 'server',
  serverId: 'server-1',
  local: SERVER_SIDE,
  remote: CLIENT_SIDE,
  status: 'open',
  localEnded: false,
  remoteEnded: false,
  flow: 'flowing',
  openedAt: 0,
  counters,
};

const echoSession: PuertoEvent[] = [
  lifecycle(1, serverConversation, 'accepted'),
  data(2, serverConversation, 'data-in', 'hola\r\n'),
  data(3, serverConversation, 'data-out', 'hola\r\n'),
  data(4, udpFlow, 'data-in', 'another conversation'),
  halfClosed(5, serverConversation, 'remote'),
  closed(6, serverConversation, 'local'),
];

const mounted: VueWrapper[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
});

async function mountView(locale: 'en' | 'es', events: PuertoEvent[], connectionId: string | null) {
  const app = createPuertoTestApp(locale);
  useEngineStore(app.pinia).applyState({
    servers: [echoServer],
    clients: [],
    connections: [acceptedConnection],
  });
  useCaptureStore(app.pinia).applyBatch({ events, evicted: 0 });
  useSelectionStore(app.pinia).connectionId = connectionId;
  const wrapper = app.mountComponent(ConversationView);
  mounted.push(wrapper);
  await settle();
  return { ...app, wrapper };
}

describe('ConversationView', () => {
  it('teaches how to pick a conversation when none is chosen', async () => {
    const { wrapper } = await mountView('en', echoSession, null);
    expect(wrapper.get('[data-testid="conversation-empty"]').text()).toContain(
      translate('en', 'conversation.empty'),
    );
    expect(wrapper.find('[data-testid="conversation-bubble"]').exists()).toBe(false);
  });

  it('shows the chosen conversation as bubbles in order, each on its sender’s side', async () => {
    const { wrapper } = await mountView('es', echoSession, 'conn-1');
    const bubbles = wrapper.findAll('[data-testid="conversation-bubble"]');
    expect(bubbles.map((bubble) => bubble.attributes('data-seq'))).toEqual(['2', '3']);
    expect(bubbles.map((bubble) => bubble.attributes('data-sender'))).toEqual(['remote', 'local']);
    // An echo server: the client's message is the request, the echo the response.
    expect(bubbles[0]?.text()).toContain('petición');
    expect(bubbles[1]?.text()).toContain('respuesta');
    expect(bubbles[0]?.text()).toContain('hola\\r\\n');
    expect(bubbles[0]?.text()).toContain(translate('es', 'conversation.size', {}, 6));
    const markers = wrapper.findAll('[data-testid="conversation-marker"]');
    expect(markers.map((marker) => marker.attributes('data-marker'))).toEqual([
      'opened',
      'half-closed',
      'closed',
    ]);
    expect(markers[2]?.text()).toContain(
      translate('es', 'conversation.markers.closed', {
        side: translate('es', 'events.side.local'),
      }),
    );
    expect(wrapper.get('[data-testid="conversation-local"]').text()).toContain('127.0.0.1:7007');
    expect(wrapper.get('[data-testid="conversation-local"]').text()).toContain('servidor');
    expect(wrapper.get('[data-testid="conversation-remote"]').text()).toContain('127.0.0.1:51000');
  });

  it('draws the sequence diagram: one arrow per message, pointing from its sender', async () => {
    const { wrapper } = await mountView('en', echoSession, 'conn-1');
    await wrapper.get('[data-testid="conversation-mode-diagram"] input').trigger('change');
    await settle();
    const diagram = wrapper.get('[data-testid="sequence-diagram"]');
    const arrows = diagram.findAll('[data-testid="sequence-arrow"]');
    expect(arrows.map((arrow) => arrow.attributes('data-sender'))).toEqual(['remote', 'local']);
    expect(arrows.map((arrow) => arrow.attributes('data-label'))).toEqual(['request', 'response']);
    const [received, sent] = arrows.map(
      (arrow) => Number(arrow.attributes('x2')) - Number(arrow.attributes('x1')),
    );
    expect(received).toBeLessThan(0);
    expect(sent).toBeGreaterThan(0);
    // The handshake and both FINs are arrows too, from the side that sent them.
    const signals = diagram
      .findAll('[data-testid="sequence-signal"]')
      .map((arrow) => [arrow.attributes('data-signal'), arrow.attributes('data-sender')]);
    expect(signals).toEqual([
      ['syn', 'remote'],
      ['fin', 'remote'],
      ['fin', 'local'],
    ]);
    expect(diagram.findAll('[data-testid="sequence-marker"]')).toHaveLength(0);
    expect(diagram.text()).toContain('SYN → connection opened');
    expect(diagram.text()).toContain('FIN → closed by this side');
    expect(diagram.text()).toContain('request · 6 bytes');
    expect(diagram.text()).toContain('127.0.0.1:51000');
  });

  it('shows bytes as hex on request, and binary payloads as hex always', async () => {
    const binary = data(2, udpFlow, 'data-in', new Uint8Array([0xde, 0xad, 0xbe, 0xef]));
    const { wrapper } = await mountView(
      'en',
      [binary, data(3, udpFlow, 'data-out', 'ok')],
      'flow-1',
    );
    const bubbles = () =>
      wrapper.findAll('[data-testid="conversation-bubble"]').map((b) => b.text());
    expect(bubbles()[0]).toContain('de ad be ef');
    expect(bubbles()[1]).toContain('ok');
    await wrapper.get('[data-testid="conversation-hex"]').trigger('click');
    await settle();
    expect(bubbles()[1]).toContain('6f 6b');
    expect(wrapper.text()).toContain(translate('en', 'conversation.udpNote'));
  });

  it(
    'follows new events of the conversation, and draws only the latest of a long one',
    { timeout: 30_000 },
    async () => {
      const { wrapper, pinia } = await mountView('en', echoSession.slice(0, 2), 'conn-1');
      expect(wrapper.findAll('[data-testid="conversation-bubble"]')).toHaveLength(1);
      const flood = Array.from({ length: 300 }, (_, index) =>
        data(
          10 + index,
          serverConversation,
          index % 2 === 0 ? 'data-in' : 'data-out',
          `line ${index}\n`,
        ),
      );
      useCaptureStore(pinia).applyBatch({ events: flood, evicted: 0 });
      await settle();
      const bubbles = wrapper.findAll('[data-testid="conversation-bubble"]');
      expect(bubbles).toHaveLength(200);
      expect(bubbles.at(-1)?.attributes('data-seq')).toBe('309');
      expect(wrapper.text()).toContain(
        translate('en', 'conversation.hiddenEarlier', { shown: 200, hidden: 102 }),
      );
      // Labels still count the request that scrolled out of view.
      expect(bubbles[0]?.attributes('data-label')).toBe('request');
    },
  );
});
