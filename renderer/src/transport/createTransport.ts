import { removeTokenFromAddress } from './addressToken';
import { createPreloadTransport, findPreloadApi } from './preloadTransport';
import type { PuertoTransport } from './puertoTransport';
import { createWebSocketTransport, webSocketUrl } from './webSocketTransport';

/**
 * Inside Electron the preload has exposed the API; in browser mode (`npx puerto web`) the page
 * talks to the same engine over a WebSocket to the server that served it.
 */
export function createTransport(scope: Window = window): PuertoTransport {
  const preloadApi = findPreloadApi(scope);
  if (preloadApi !== undefined) return createPreloadTransport(preloadApi);
  // The WebSocket address is taken first, so reconnects still carry the token even if the
  // browser drops the cookie; only the visible address loses it.
  const url = webSocketUrl(scope.location);
  removeTokenFromAddress(scope);
  return createWebSocketTransport({ url });
}
