/**
 * The one definition of every command the renderer (or the CLI) can ask of the engine: its
 * name, the runtime schema its request must pass before anything reaches the engine, and the
 * type of its response. The Electron adapter, the WebSocket adapter, the preload and the
 * renderer client all take their names and types from here.
 */
import { z } from 'zod';
import type { ClientInfo, ConnectionInfo, EngineState, ServerInfo, SystemInfo } from './model';
import type { CapturePage } from './events';
import { isHost, isIpAddress, isPort } from './validation';
import { behaviourSchema } from './behaviours';

export { behaviourSchema, MAX_REPLY_CHARS } from './behaviours';

/**
 * Schema messages are i18n keys (`shared/i18n/en/validation.ts` and its Spanish twin), so the boundary can explain a
 * refused field in both languages.
 */

/** Largest payload one `send` may carry (1 MiB); larger files must be sent in parts. */
export const MAX_SEND_BYTES = 1024 * 1024;

const id = z.string().min(1).max(64);

export const portSchema = z
  .number({ error: 'validation.notNumber' })
  .refine(isPort, { message: 'validation.portRange' });

export const remotePortSchema = z
  .number({ error: 'validation.notNumber' })
  .refine((value) => isPort(value) && value > 0, { message: 'validation.remotePortRange' });

export const hostSchema = z
  .string()
  .trim()
  .min(1, { message: 'validation.hostEmpty' })
  .refine(isHost, { message: 'validation.hostInvalid' });

export const bindSchema = z
  .object({
    mode: z.enum(['all', 'loopback', 'address']),
    address: z.string().refine(isIpAddress, { message: 'validation.addressInvalid' }).optional(),
    family: z.enum(['IPv4', 'IPv6']).optional(),
  })
  .refine((bind) => bind.mode !== 'address' || bind.address !== undefined, {
    message: 'validation.addressRequired',
    path: ['address'],
  });

export const protocolSchema = z.enum(['tcp', 'udp']);

const payloadSchema = z
  .instanceof(Uint8Array, { message: 'validation.notBytes' })
  .refine((bytes) => bytes.byteLength <= MAX_SEND_BYTES, { message: 'validation.payloadTooLarge' });

export const requestSchemas = {
  startServer: z.object({
    protocol: protocolSchema,
    port: portSchema,
    bind: bindSchema.default({ mode: 'all' }),
    behaviour: behaviourSchema.default({ name: 'manual' }),
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
} as const;

export type CommandName = keyof typeof requestSchemas;
export const COMMAND_NAMES = Object.keys(requestSchemas) as CommandName[];

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
}

export type Response<C extends CommandName> = ResponseMap[C];

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value);
}
