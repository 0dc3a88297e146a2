/**
 * Browser mode: the built renderer over HTTP and the contract over one WebSocket, both on
 * 127.0.0.1 only and both behind the per-run token (see accessControl.ts for why each check).
 */
import { readFile, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type {
  ClassroomCommandHandlers,
  CommandHandlers,
  ServiceCommandHandlers,
  WorkspaceCommandHandlers,
} from '../../shared/contract/api';
import { WEBSOCKET_PATH } from '../../shared/contract/api';
import { TOO_MANY_TABS_CLOSE_CODE, tooManyTabsReason } from '../../shared/contract/browserSessions';
import type { EventBatch } from '../../shared/contract/events';
import { createDispatcher } from '../boundary';
import { memoryWorkspaceHandlers } from '../workspace/workspaceHandlers';
import {
  TOKEN_QUERY,
  checkToken,
  createToken,
  isAllowedHost,
  isAllowedOrigin,
  sessionCookie,
} from './accessControl';
import { ApiSession } from './apiSession';
import { largestRequestBytes } from './largestRequest';
import type { BatchSenderOptions } from './batchSender';
import { policyForPort, policyFromPage, refuse, refuseUpgrade, securityHeaders } from './responses';
import { serveStaticFile } from './staticFiles';

/**
 * What browser mode needs of the engine: its commands and its batches (each listener's first
 * batch carries the whole state, later ones only the changes).
 */
export type WebEngine = CommandHandlers & {
  onBatch(listener: (batch: EventBatch) => void): () => void;
};

export interface WebServerOptions {
  engine: WebEngine;
  /** The workspace's load and save; without it, the workspace lasts as long as the process. */
  workspace?: WorkspaceCommandHandlers;
  /** What the classic services answer (the lab mailbox); without it, those commands are refused. */
  services?: ServiceCommandHandlers;
  /** Classroom discovery (`electron/classroom`); without it, those commands are refused. */
  classroom?: ClassroomCommandHandlers;
  /** 0 (the default) lets the system choose a free port. */
  port?: number;
  /** The built renderer, usually `out/renderer`; must contain index.html. */
  rendererDir: string;
  /**
   * Defaults to 32 random bytes in hex, new on every call; `puerto web` passes the one kept in
   * its data folder (browserAddress.ts) so that open tabs survive a restart.
   */
  token?: string;
  /**
   * Incoming WebSocket messages larger than this close the socket with 1009. Defaults to the
   * largest frame a valid request can make (largestRequest.ts), so no valid save is refused.
   */
  maxPayload?: number;
  /**
   * Tabs served at once (default 16). Each tab holds an engine subscription and its own batch
   * queue, so a page that opens tabs in a loop must not exhaust the process; the tab beyond the
   * limit is closed with 1013 and says why (shared/contract/browserSessions.ts).
   */
  maxSessions?: number;
  batches?: Partial<BatchSenderOptions>;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Computed once from the contract: the bound of its largest request (today `saveWorkspace`). */
export const DEFAULT_MAX_PAYLOAD = largestRequestBytes();
const LISTEN_ADDRESS = '127.0.0.1';
/** A class exercise rarely needs more than a few tabs; 16 leaves room for a messy desktop. */
export const DEFAULT_MAX_SESSIONS = 16;

function requestUrl(request: IncomingMessage): URL | null {
  try {
    return new URL(request.url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? createToken();
  if (!/^[\w-]{16,}$/.test(token))
    throw new Error('The token must be at least 16 URL-safe characters');
  const root = await realpath(options.rendererDir);
  const pagePolicy = policyFromPage(await readFile(join(root, 'index.html'), 'utf8'));
  // Replaced by the policy naming the port once it is known; nothing is answered before that.
  let headers: OutgoingHttpHeaders = securityHeaders(pagePolicy);
  const maxSessions = options.maxSessions ?? DEFAULT_MAX_SESSIONS;
  if (!Number.isInteger(maxSessions) || maxSessions < 1)
    throw new Error('maxSessions must be a whole number of at least 1');
  const dispatch = createDispatcher(options.engine, {
    ...(options.workspace ?? memoryWorkspaceHandlers()),
    ...options.services,
    ...options.classroom,
  });
  /** Each open tab and the function that ends its engine subscription. */
  const sessions = new Map<ApiSession, () => void>();
  const webSockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload ?? DEFAULT_MAX_PAYLOAD,
  });
  let port = 0;

  function handleRequest(request: IncomingMessage, response: ServerResponse): void {
    const url = requestUrl(request);
    if (url === null) return refuse(response, 400, 'badRequest', headers);
    if (!isAllowedHost(request.headers.host, port)) {
      return refuse(response, 421, 'forbiddenHost', headers);
    }
    const proof = checkToken(request, url, port, token);
    if (proof === 'missing') return refuse(response, 401, 'unauthorized', headers);
    if (proof === 'wrong') return refuse(response, 403, 'unauthorized', headers);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(response, 405, 'methodNotAllowed', headers);
    }
    const responseHeaders =
      proof === 'query' ? { ...headers, 'Set-Cookie': sessionCookie(port, token) } : headers;
    serveStaticFile(root, url.pathname, response, responseHeaders).catch(() => {
      if (!response.headersSent) refuse(response, 404, 'notFound', headers);
      else response.destroy();
    });
  }

  function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const url = requestUrl(request);
    if (url === null || url.pathname !== WEBSOCKET_PATH) {
      return refuseUpgrade(socket, 404, 'notFound', headers);
    }
    if (!isAllowedHost(request.headers.host, port)) {
      return refuseUpgrade(socket, 421, 'forbiddenHost', headers);
    }
    if (!isAllowedOrigin(request.headers.origin, port)) {
      return refuseUpgrade(socket, 403, 'forbiddenOrigin', headers);
    }
    const proof = checkToken(request, url, port, token);
    if (proof === 'missing') return refuseUpgrade(socket, 401, 'unauthorized', headers);
    if (proof === 'wrong') return refuseUpgrade(socket, 403, 'unauthorized', headers);
    webSockets.handleUpgrade(request, socket, head, (webSocket) => {
      // Refused after the handshake, not with an HTTP status: a browser shows a page script
      // nothing of a failed upgrade, but it does hand over a close code and reason.
      if (sessions.size >= maxSessions) {
        webSocket.close(TOO_MANY_TABS_CLOSE_CODE, tooManyTabsReason(maxSessions));
        return;
      }
      const session = new ApiSession(webSocket, dispatch, options.batches);
      // A subscription per tab: the engine gives each new listener a first batch with the whole
      // state, and after it only what changed, so a tab that connects late still starts whole.
      const unsubscribe = options.engine.onBatch((batch) => session.pushBatch(batch));
      sessions.set(session, unsubscribe);
      webSocket.on('close', () => {
        unsubscribe();
        sessions.delete(session);
      });
    });
  }

  const server = createServer(handleRequest);
  server.on('upgrade', handleUpgrade);
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LISTEN_ADDRESS, port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  headers = securityHeaders(policyForPort(pagePolicy, port));

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    closing ??= new Promise<void>((resolve) => {
      for (const [session, unsubscribe] of sessions) {
        unsubscribe();
        session.close();
      }
      sessions.clear();
      webSockets.close();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  }

  const url = `http://${LISTEN_ADDRESS}:${port}/?${TOKEN_QUERY}=${token}`;
  return { url, port, token, close };
}
