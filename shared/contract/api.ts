/**
 * The single object every host gives the renderer: the preload exposes it over Electron IPC,
 * and browser mode implements it over a WebSocket. The renderer cannot tell them apart.
 */
import type { Result } from './errors';
import type { CommandName, Request, RequestInput, Response } from './commands';
import type { EventBatch } from './events';

export interface PuertoApi {
  invoke<C extends CommandName>(command: C, request: RequestInput<C>): Promise<Result<Response<C>>>;
  /** Subscribe to event batches; returns the function that unsubscribes. */
  onBatch(listener: (batch: EventBatch) => void): () => void;
}

/** Electron IPC channel names; nothing else crosses the preload. */
export const IPC_CHANNELS = {
  invoke: 'puerto:invoke',
  batch: 'puerto:batch',
} as const;

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'puerto';

/** Browser-mode WebSocket messages. */
export type ClientMessage = {
  type: 'invoke';
  id: number;
  command: string;
  request: unknown;
};

export type ServerMessage =
  { type: 'result'; id: number; result: Result<unknown> } | { type: 'batch'; batch: EventBatch };

/** Path of the browser-mode WebSocket endpoint. */
export const WEBSOCKET_PATH = '/api';

/**
 * What the engine implements and the boundary dispatches to: one async function per command,
 * taking the validated request. Failures are thrown as the engine's `EngineError` (which
 * carries a `PuertoError`) and turned into `Result` values by the boundary.
 */
export type CommandHandlers = {
  [C in CommandName]: (request: Request<C>) => Promise<Response<C>>;
};
