import { describe, expect, it } from 'vitest';
import { API_GLOBAL } from '../../../shared/contract';
import { createTransport } from '../../../renderer/src/transport/createTransport';
import { FakePuertoApi } from '../support/fakePuertoApi';

describe('createTransport', () => {
  it('uses the API the Electron preload exposed, whose link is always open', async () => {
    const preloadApi = new FakePuertoApi();
    const scope = { [API_GLOBAL]: preloadApi, location } as unknown as Window;
    const transport = createTransport(scope);

    expect(transport.status).toBe('open');
    const result = await transport.invoke('getState', {});
    expect(result.ok).toBe(true);
    expect(preloadApi.callsOf('getState')).toHaveLength(1);
  });

  it('falls back to a WebSocket when there is no preload', () => {
    const scope = { location: { protocol: 'http:', host: '127.0.0.1:9', search: '' } };
    const transport = createTransport(scope as unknown as Window);
    expect(transport.status).toBe('connecting');
    transport.close();
  });
});
