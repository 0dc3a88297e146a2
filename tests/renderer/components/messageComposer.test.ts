import { describe, expect, it } from 'vitest';
import type { ConnectionInfo } from '../../../shared/contract';
import MessageComposer from '../../../renderer/src/components/messages/MessageComposer.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { emptyState } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

function connection(id: string, overrides: Partial<ConnectionInfo> = {}): ConnectionInfo {
  return {
    id,
    protocol: 'tcp',
    role: 'client',
    local: { address: '127.0.0.1', port: 51000 },
    remote: { address: '127.0.0.1', port: 7007 },
    status: 'open',
    localEnded: false,
    remoteEnded: false,
    flow: 'flowing',
    openedAt: 1,
    counters: { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 },
    ...overrides,
  };
}

describe('MessageComposer', () => {
  it('sends the typed text as UTF-8 bytes to the newest open connection', async () => {
    const { api, pinia, mountComponent } = createPuertoTestApp('en');
    api.respond('send', (request) => ({
      ok: true,
      value: { bytes: request.data.byteLength, flushed: true },
    }));
    useEngineStore(pinia).applyState({
      ...emptyState(),
      connections: [connection('old', { status: 'closed' }), connection('c1'), connection('c2')],
    });
    const wrapper = mountComponent(MessageComposer);
    await settle();

    await wrapper.get('[data-testid="composer-text"] textarea').setValue('¿qué tal?');
    await wrapper.get('[data-testid="composer-send"]').trigger('click');
    await settle();

    const sent = api.callsOf('send') as Array<{ connectionId: string; data: Uint8Array }>;
    expect(sent).toHaveLength(1);
    expect(sent[0]?.connectionId).toBe('c2');
    expect(new TextDecoder().decode(sent[0]?.data)).toBe('¿qué tal?\n');
    expect(sent[0]?.data.byteLength).toBe(12);
    expect(
      (wrapper.get('[data-testid="composer-text"] textarea').element as HTMLTextAreaElement).value,
    ).toBe('');
    wrapper.unmount();
  });

  it('half-closes and closes the chosen connection, and refuses to send after FIN', async () => {
    const { api, pinia, mountComponent } = createPuertoTestApp('en');
    const engine = useEngineStore(pinia);
    engine.applyState({ ...emptyState(), connections: [connection('c1')] });
    const wrapper = mountComponent(MessageComposer);
    await settle();

    await wrapper.get('[data-testid="composer-half-close"]').trigger('click');
    await wrapper.get('[data-testid="composer-close"]').trigger('click');
    expect(api.callsOf('halfClose')).toEqual([{ connectionId: 'c1' }]);
    expect(api.callsOf('closeConnection')).toEqual([{ connectionId: 'c1' }]);

    engine.applyState({
      ...emptyState(),
      connections: [connection('c1', { status: 'half-closed', localEnded: true })],
    });
    await settle();
    expect(wrapper.get('[data-testid="composer-send"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="composer-half-close"]').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });
});
