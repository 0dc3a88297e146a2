import { API_GLOBAL } from '../../../shared/contract';
import type { PuertoApi } from '../../../shared/contract';
import type { PuertoTransport } from './puertoTransport';

/** The API the Electron preload exposed on `window`, if this page runs inside Electron. */
export function findPreloadApi(scope: object): PuertoApi | undefined {
  const candidate: unknown = Reflect.get(scope, API_GLOBAL);
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const api = candidate as Partial<PuertoApi>;
  return typeof api.invoke === 'function' && typeof api.onBatch === 'function'
    ? (api as PuertoApi)
    : undefined;
}

/** IPC to the main process cannot drop while the window lives, so the status stays `open`. */
export function createPreloadTransport(api: PuertoApi): PuertoTransport {
  return {
    status: 'open',
    invoke: (command, request) => api.invoke(command, request),
    onBatch: (listener) => api.onBatch(listener),
    onStatus: () => () => {},
    close: () => {},
  };
}
