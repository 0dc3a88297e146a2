import { WEBSOCKET_PATH, decodeWire, encodeWire } from '../../../shared/contract';
import type {
  ClientMessage,
  CommandName,
  EventBatch,
  PuertoError,
  RequestInput,
  Response,
  Result,
  ServerMessage,
} from '../../../shared/contract';
import { TOKEN_QUERY, TOO_MANY_TABS_CLOSE_CODE } from '../../../shared/contract/browserSessions';
import type { PuertoTransport, TransportStatus } from './puertoTransport';

/** The part of the DOM `WebSocket` this transport uses, so tests can hand in a fake. */
export interface WebSocketLike {
  readonly readyState: number;
  /** Set to `'arraybuffer'`: binary frames (wireCodec.ts) then arrive without a `Blob` detour. */
  binaryType: string;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  send(data: Uint8Array): void;
  close(): void;
}

export interface WebSocketTransportOptions {
  url: string;
  createSocket?: (url: string) => WebSocketLike;
  /** First reconnect delay; each failed attempt doubles it up to `maxRetryMs`. */
  initialRetryMs?: number;
  maxRetryMs?: number;
}

const SOCKET_OPEN = 1;

/** `ws://host/api`, carrying the page's `?token=` on: the server checks it on upgrade. */
export function webSocketUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const token = new URLSearchParams(location.search).get(TOKEN_QUERY);
  const query =
    token === null || token === '' ? '' : `?${TOKEN_QUERY}=${encodeURIComponent(token)}`;
  return `${scheme}://${location.host}${WEBSOCKET_PATH}${query}`;
}

/**
 * The request may or may not have reached the engine, so it cannot be retried blindly; the
 * student sees why (a `reason` key that `explainError` translates) and can try again.
 */
function linkLost(command: string): Result<never> {
  const error: PuertoError = {
    code: 'INTERNAL',
    message: `The WebSocket to the engine closed before "${command}" was answered`,
    details: { reason: 'ui.transport.lost', command },
  };
  return { ok: false, error };
}

/** The server already serves as many tabs as it allows (webServer.ts, `maxSessions`). */
function isTooManyTabs(event: unknown): boolean {
  return (
    typeof event === 'object' &&
    event !== null &&
    (event as { code?: unknown }).code === TOO_MANY_TABS_CLOSE_CODE
  );
}

function isServerMessage(value: unknown): value is ServerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<Record<string, unknown>>;
  if (message.type === 'result') return typeof message.id === 'number';
  return message.type === 'batch' && typeof message.batch === 'object';
}

/** One throwing listener must not starve the others; the error still reaches the console. */
function notifyEach<T>(listeners: Iterable<(value: T) => void>, value: T): void {
  for (const listener of listeners) {
    try {
      listener(value);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

export function createWebSocketTransport(options: WebSocketTransportOptions): PuertoTransport {
  const createSocket = options.createSocket ?? ((url) => new WebSocket(url) as WebSocketLike);
  // From half a second to five: a restarted `puerto web` is back within a couple of seconds,
  // and a tab left open on a stopped one knocks only every five seconds.
  const initialRetryMs = options.initialRetryMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 5000;

  let status: TransportStatus = 'connecting';
  let socket: WebSocketLike | undefined;
  let failedAttempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let nextRequestId = 1;
  const pending = new Map<
    number,
    { command: string; resolve: (result: Result<unknown>) => void }
  >();
  /** Requests made while the socket is not open yet; sent as soon as it opens. */
  const outbox: Uint8Array[] = [];
  const batchListeners = new Set<(batch: EventBatch) => void>();
  const statusListeners = new Set<(status: TransportStatus) => void>();

  function setStatus(next: TransportStatus): void {
    if (next === status) return;
    status = next;
    notifyEach(statusListeners, next);
  }

  function failPending(): void {
    outbox.length = 0;
    const waiting = [...pending.values()];
    pending.clear();
    for (const request of waiting) request.resolve(linkLost(request.command));
  }

  function onMessage(data: unknown): void {
    if (!(data instanceof ArrayBuffer)) return;
    let message: unknown;
    try {
      message = decodeWire(data);
    } catch {
      return;
    }
    if (!isServerMessage(message)) return;
    if (message.type === 'batch') {
      notifyEach(batchListeners, message.batch);
      return;
    }
    const request = pending.get(message.id);
    pending.delete(message.id);
    request?.resolve(message.result);
  }

  function scheduleReconnect(slowly = false): void {
    const delay = slowly ? maxRetryMs : Math.min(maxRetryMs, initialRetryMs * 2 ** failedAttempts);
    failedAttempts += 1;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect();
    }, delay);
  }

  function connect(): void {
    const current = createSocket(options.url);
    current.binaryType = 'arraybuffer';
    socket = current;
    current.onopen = () => {
      failedAttempts = 0;
      setStatus('open');
      for (const frame of outbox.splice(0)) current.send(frame);
    };
    current.onmessage = (event) => onMessage(event.data);
    // Browsers fire `close` after every `error`, so reconnecting happens in one place.
    current.onerror = () => {};
    current.onclose = (event) => {
      if (socket !== current) return;
      socket = undefined;
      failPending();
      if (stopped) {
        setStatus('closed');
        return;
      }
      // Turned away for too many tabs: the socket did open, so the usual backoff was reset;
      // knock at the slowest pace instead, and say why until a place frees up.
      const full = isTooManyTabs(event);
      setStatus(full ? 'full' : 'reconnecting');
      scheduleReconnect(full);
    };
  }

  function invoke<C extends CommandName>(
    command: C,
    request: RequestInput<C>,
  ): Promise<Result<Response<C>>> {
    if (stopped) return Promise.resolve(linkLost(command));
    return new Promise((resolve) => {
      const id = nextRequestId++;
      pending.set(id, { command, resolve: resolve as (result: Result<unknown>) => void });
      const message: ClientMessage = { type: 'invoke', id, command, request };
      const frame = encodeWire(message);
      if (socket !== undefined && socket.readyState === SOCKET_OPEN) socket.send(frame);
      else outbox.push(frame);
    });
  }

  function close(): void {
    stopped = true;
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
    if (socket !== undefined) {
      socket.close();
      return;
    }
    failPending();
    setStatus('closed');
  }

  connect();

  return {
    get status() {
      return status;
    },
    invoke,
    onBatch(listener) {
      batchListeners.add(listener);
      return () => batchListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    close,
  };
}
