/**
 * The one definition of every command the renderer (or the CLI) can ask of the engine: its
 * name, the runtime schema its request must pass before anything reaches the engine, and the
 * type of its response. The Electron adapter, the WebSocket adapter, the preload and the
 * renderer client all take their names and types from here.
 */
import { z } from 'zod';
import type { ClientInfo, ConnectionInfo, EngineState, ServerInfo, SystemInfo } from './model';
import type { CapturePage } from './events';
import type { MailboxContents } from './mailbox';
import type { ClassroomState } from './classroom';
import { nicknameSchema } from './classroom';
import type { ProbeResult } from './probe';
import { DEFAULT_PROBE_TIMEOUT_MS } from './probe';
import type { PuertoError } from './errors';
import { behaviourSchema } from './behaviours';
import {
  bindSchema,
  concurrencySchema,
  hostSchema,
  portSchema,
  protocolSchema,
  remotePortSchema,
} from './fields';
import type { Workspace } from './workspace';
import { workspaceSchema } from './workspace';

export { behaviourSchema, MAX_REPLY_CHARS } from './behaviours';
export {
  bindSchema,
  concurrencySchema,
  hostSchema,
  portSchema,
  protocolSchema,
  remotePortSchema,
} from './fields';

/**
 * Schema messages are i18n keys (`shared/i18n/en/validation.ts` and its Spanish twin), so the boundary can explain a
 * refused field in both languages.
 */

/** Largest payload one `send` may carry (1 MiB); larger files must be sent in parts. */
export const MAX_SEND_BYTES = 1024 * 1024;

const id = z.string().min(1).max(64);

const payloadSchema = z
  .instanceof(Uint8Array, { message: 'validation.notBytes' })
  .refine((bytes) => bytes.byteLength <= MAX_SEND_BYTES, { message: 'validation.payloadTooLarge' });

export const requestSchemas = {
  startServer: z
    .object({
      protocol: protocolSchema,
      port: portSchema,
      bind: bindSchema.default({ mode: 'all' }),
      behaviour: behaviourSchema.default({ name: 'manual' }),
      concurrency: concurrencySchema.default('concurrent'),
      /** TCP: connections served at once before new ones are reset (engine default 256). */
      maxConnections: z.number().int().min(1).max(65_535).optional(),
    })
    .refine((server) => server.protocol === 'tcp' || server.concurrency === 'concurrent', {
      message: 'validation.iterativeNeedsTcp',
      path: ['concurrency'],
    }),
  stopServer: z.object({
    serverId: id,
    /** Also close the connections it accepted (TCP). Otherwise they stay open until closed. */
    closeConnections: z.boolean().default(true),
  }),
  openClient: z.object({
    protocol: protocolSchema,
    host: hostSchema,
    port: remotePortSchema,
    localPort: portSchema.optional(),
    /** How long a TCP connect may take before it fails with TIMED_OUT. */
    timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
  }),
  closeClient: z.object({ clientId: id }),
  send: z.object({ connectionId: id, data: payloadSchema }),
  halfClose: z.object({ connectionId: id }),
  closeConnection: z.object({ connectionId: id }),
  resetConnection: z.object({ connectionId: id }),
  getState: z.object({}),
  getCapture: z.object({
    afterSeq: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(100_000).default(10_000),
  }),
  clearCapture: z.object({}),
  getSystemInfo: z.object({}),
  probeServer: z.object({
    protocol: protocolSchema,
    host: hostSchema,
    port: remotePortSchema,
    timeoutMs: z.number().int().min(200).max(30_000).default(DEFAULT_PROBE_TIMEOUT_MS),
  }),
  getClassroom: z.object({}),
  /** Turn discovery on or off; the nickname is what classmates see (the host name if left out). */
  setClassroom: z.object({ enabled: z.boolean(), nickname: nicknameSchema.optional() }),
  loadWorkspace: z.object({}),
  saveWorkspace: z.object({ workspace: workspaceSchema }),
  getMailbox: z.object({}),
} as const;

export type CommandName = keyof typeof requestSchemas;
export const COMMAND_NAMES = Object.keys(requestSchemas) as CommandName[];

/**
 * Commands the host answers itself (Electron main, browser mode), not the engine: the
 * workspace lives in a file the socket engine knows nothing about, and what the classic
 * services keep (the lab mailbox) belongs to the services the host registered.
 */
export const WORKSPACE_COMMAND_NAMES = ['loadWorkspace', 'saveWorkspace'] as const;
export const SERVICE_COMMAND_NAMES = ['getMailbox'] as const;
/** Discovery belongs to the host: `puerto serve --announce`, browser mode and the window each run one. */
export const CLASSROOM_COMMAND_NAMES = ['getClassroom', 'setClassroom'] as const;
export const HOST_COMMAND_NAMES = [
  ...WORKSPACE_COMMAND_NAMES,
  ...SERVICE_COMMAND_NAMES,
  ...CLASSROOM_COMMAND_NAMES,
] as const;
export type HostCommandName = (typeof HOST_COMMAND_NAMES)[number];
export type EngineCommandName = Exclude<CommandName, HostCommandName>;

export function isHostCommand(name: CommandName): name is HostCommandName {
  return (HOST_COMMAND_NAMES as readonly string[]).includes(name);
}

/** What a caller passes (defaults may be left out). */
export type RequestInput<C extends CommandName> = z.input<(typeof requestSchemas)[C]>;
/** What the engine receives after validation (defaults filled in). */
export type Request<C extends CommandName> = z.output<(typeof requestSchemas)[C]>;

export interface SendResult {
  bytes: number;
  /** False when the socket's buffer is full: the bytes are queued until `drain`. */
  flushed: boolean;
}

export interface ResponseMap {
  startServer: ServerInfo;
  stopServer: ServerInfo;
  openClient: ClientInfo;
  closeClient: ClientInfo;
  send: SendResult;
  halfClose: ConnectionInfo;
  closeConnection: ConnectionInfo;
  resetConnection: ConnectionInfo;
  getState: EngineState;
  getCapture: CapturePage;
  clearCapture: { cleared: number };
  getSystemInfo: SystemInfo;
  probeServer: ProbeResult;
  getClassroom: ClassroomState;
  setClassroom: ClassroomState;
  loadWorkspace: LoadedWorkspace;
  saveWorkspace: { savedAt: number };
  getMailbox: MailboxContents;
}

/**
 * The saved workspace, or an empty one when there was none. `problem` says why the saved one
 * could not be used (it was kept aside, never deleted), so the student is told, not surprised.
 */
export interface LoadedWorkspace {
  workspace: Workspace;
  problem?: PuertoError;
}

export type Response<C extends CommandName> = ResponseMap[C];

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value);
}
