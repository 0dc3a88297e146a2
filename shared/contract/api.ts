/**
 * The single object every host gives the renderer: the preload exposes it over Electron IPC,
 * and browser mode implements it over a WebSocket. The renderer cannot tell them apart.
 */
import type { Result } from './errors';
import type {
  CommandName,
  EngineCommandName,
  HostCommandName,
  Request,
  RequestInput,
  Response,
} from './commands';
import type { EventBatch } from './events';

export interface PuertoApi {
  invoke<C extends CommandName>(command: C, request: RequestInput<C>): Promise<Result<Response<C>>>;
  /** Subscribe to event batches; returns the function that unsubscribes. */
  onBatch(listener: (batch: EventBatch) => void): () => void;
  /**
   * Subscribe to what the desktop shell asks of the page (its menu, a lab file it opened);
   * returns the function that unsubscribes. Only Electron has it: browser mode has no menu.
   */
  onHostAction?(listener: (action: HostAction) => void): () => void;
}

/**
 * What the desktop shell asks the page to do, because the page owns the state involved: the
 * capture, the settings (saved with the workspace), the lecture dialog, the workspace it shows.
 */
export type HostAction =
  | { type: 'exportCapture'; format: 'jsonl' | 'csv' }
  | { type: 'setLocale'; locale: 'en' | 'es' }
  | { type: 'setTheme'; theme: 'system' | 'light' | 'dark' }
  | { type: 'setProjector'; projector: boolean }
  | { type: 'showConcepts' }
  | { type: 'reloadWorkspace' };

export type HostActionType = HostAction['type'];

const hostActionChecks: Record<HostActionType, (action: Record<string, unknown>) => boolean> = {
  exportCapture: (action) => action.format === 'jsonl' || action.format === 'csv',
  setLocale: (action) => action.locale === 'en' || action.locale === 'es',
  setTheme: (action) => ['system', 'light', 'dark'].includes(action.theme as string),
  setProjector: (action) => typeof action.projector === 'boolean',
  showConcepts: () => true,
  reloadWorkspace: () => true,
};

/**
 * Whether a value is a host action the page understands. Checked by hand, with no schema
 * library: the sandboxed preload imports this file and must stay small.
 */
export function isHostAction(value: unknown): value is HostAction {
  if (typeof value !== 'object' || value === null) return false;
  const action = value as Record<string, unknown>;
  const type = action.type;
  return (
    typeof type === 'string' &&
    Object.hasOwn(hostActionChecks, type) &&
    hostActionChecks[type as HostActionType](action)
  );
}

/** Electron IPC channel names; nothing else crosses the preload. */
export const IPC_CHANNELS = {
  invoke: 'puerto:invoke',
  batch: 'puerto:batch',
  /** Main → page only: what the desktop shell's menu asks of the page (`HostAction`). */
  hostAction: 'puerto:host-action',
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
 * What the engine implements and the boundary dispatches to: one async function per engine
 * command, taking the validated request. Failures are thrown as the engine's `EngineError`
 * (which carries a `PuertoError`) and turned into `Result` values by the boundary.
 */
export type CommandHandlers = {
  [C in EngineCommandName]: (request: Request<C>) => Promise<Response<C>>;
};

/** The same, named for what it is where both kinds of handler meet. */
export type EngineCommandHandlers = CommandHandlers;

/**
 * What a host adds to the engine's commands: the workspace, kept in the host's data folder,
 * and the lab mailbox its services keep. Each host hands both to the boundary's dispatcher.
 */
export type HostCommandHandlers = {
  [C in HostCommandName]: (request: Request<C>) => Promise<Response<C>>;
};

/** The workspace's two commands, which every host with a data folder (or memory) answers. */
export type WorkspaceCommandHandlers = Pick<HostCommandHandlers, 'loadWorkspace' | 'saveWorkspace'>;

/** What the classic services answer for the host (`electron/services` `serviceHandlers`). */
export type ServiceCommandHandlers = Pick<HostCommandHandlers, 'getMailbox'>;

/** Classroom discovery (`electron/classroom`), which each host runs beside its engine. */
export type ClassroomCommandHandlers = Pick<HostCommandHandlers, 'getClassroom' | 'setClassroom'>;
