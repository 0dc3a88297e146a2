/**
 * What TCP and UDP servers share: the handle the engine keeps, and the context the engine
 * gives each server (how to record events, name conversations and adopt them).
 */
import type { ServerInfo } from '../../shared/contract/model';
import type { Conversation } from './conversation';
import type { EventLabels, EventRecorder } from './eventRecorder';
import { now } from './clock';

export interface ServerHandle {
  readonly id: string;
  /** Binds and starts listening; rejects with the system error (EADDRINUSE…). */
  start(): Promise<void>;
  /** Releases the port; TCP connections stay open unless asked to close. */
  stop(closeConnections: boolean): Promise<void>;
  /** Closes everything at once (engine shutdown). */
  destroy(): Promise<void>;
  snapshot(): ServerInfo;
  readonly finished: boolean;
}

export interface ServerContext {
  recorder: EventRecorder;
  nextConnectionId: () => string;
  /** Registers a new conversation with the engine and attaches the server's behaviour. */
  adopt: (conversation: Conversation) => void;
  closeGraceMs: number;
  udpFlowLimit: number;
  /** Iterative TCP servers: clients kept waiting at most, and bytes held for each. */
  waitingLimit: number;
  waitingBufferBytes: number;
  /** UDP: receive buffer asked for; and how often kernel drops are read (0 never). */
  udpReceiveBufferBytes: number;
  kernelDropsPollMs: number;
}

/** Counts one refusal by a limit on this server and lets the window know. */
export function countRefused(
  info: ServerInfo,
  recorder: EventRecorder,
  kind: keyof NonNullable<ServerInfo['refused']>,
): void {
  info.refused ??= { connections: 0, reported: 0 };
  info.refused[kind] += 1;
  recorder.stateChanged('server', info.id);
}

export function serverLabels(info: ServerInfo): EventLabels {
  return { proto: info.protocol, serverId: info.id, local: { ...info.local } };
}

export function copyServerInfo(info: ServerInfo): ServerInfo {
  const copy: ServerInfo = {
    ...info,
    bind: { ...info.bind },
    local: { ...info.local },
    behaviour: { ...info.behaviour },
    counters: { ...info.counters },
    waiting: info.waiting.map((endpoint) => ({ ...endpoint })),
  };
  if (info.refused !== undefined) copy.refused = { ...info.refused };
  if (info.error !== undefined) copy.error = { ...info.error, details: { ...info.error.details } };
  return copy;
}

export function markListening(info: ServerInfo, recorder: EventRecorder): void {
  info.status = 'listening';
  info.startedAt = now();
  recorder.record({ ...serverLabels(info), kind: 'listening' });
  recorder.stateChanged('server', info.id);
}

export function markStopped(info: ServerInfo, recorder: EventRecorder): void {
  if (info.status !== 'listening') return;
  info.status = 'stopped';
  recorder.record({ ...serverLabels(info), kind: 'stopped' });
  recorder.stateChanged('server', info.id);
}
