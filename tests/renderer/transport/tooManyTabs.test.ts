/**
 * A tab turned away because browser mode already serves as many tabs as it allows (issue 12):
 * the header and a banner say why, in both languages, until a place frees up.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import ConnectionStatus from '../../../renderer/src/components/feedback/ConnectionStatus.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import type { TransportStatus } from '../../../renderer/src/transport/puertoTransport';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

class LinkedFakeApi extends FakePuertoApi {
  status: TransportStatus = 'connecting';
  private readonly statusListeners = new Set<(status: TransportStatus) => void>();

  onStatus(listener: (status: TransportStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  setStatus(status: TransportStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  close(): void {}
}

describe('ConnectionStatus when there are too many tabs', () => {
  it.each(['en', 'es'] as const)('says why and what to do (%s)', async (locale) => {
    const api = new LinkedFakeApi();
    const app = createPuertoTestApp(locale, api);
    const engine = useEngineStore(app.pinia);
    const disconnect = engine.connect();
    const wrapper = app.mountComponent(ConnectionStatus);
    await settle();
    const banner = () => document.body.querySelector('[data-testid="too-many-tabs"]');
    expect(banner()).toBeNull();

    api.setStatus('full');
    await settle();
    expect(banner()?.textContent).toContain(translate(locale, 'ui.transport.tooManyTabs'));
    expect(wrapper.get('[data-testid="connection-status"]').text()).toContain(
      translate(locale, 'ui.transport.status.full'),
    );

    api.setStatus('open');
    await settle();
    expect(banner()).toBeNull();
    wrapper.unmount();
    disconnect();
  });

  it('has different words in English and Spanish', () => {
    expect(translate('es', 'ui.transport.tooManyTabs')).not.toBe(
      translate('en', 'ui.transport.tooManyTabs'),
    );
    expect(translate('es', 'ui.transport.status.full')).not.toBe(
      translate('en', 'ui.transport.status.full'),
    );
  });
});
