/**
 * Everything observable in the engine becomes one of these events. Each has a monotonic `seq`
 * and a high-resolution `time` (milliseconds since the epoch, with sub-millisecond fraction).
 */
import type { PuertoError } from './errors';
import type { EngineState, Endpoint, Protocol, SystemInfo } from './model';

export const EVENT_KINDS = [
  'listening',
  'stopped',
  'accepted',
  'waiting',
  'connecting',
  'connected',
  'data-in',
  'data-out',
  'half-closed',
  'closed',
  'flow',
  'error',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

export type Side = 'local' | 'remote';

interface EventBase {
  seq: number;
  time: number;
  proto: Protocol;
  serverId?: string;
  clientId?: string;
  connectionId?: string;
  local?: Endpoint;
  remote?: Endpoint;
}

export interface LifecycleEvent extends EventBase {
  /**
   * `waiting`: an iterative server's client whose connection waits in the listen queue; its
   * `accepted` follows when the client before it closes.
   */
  kind: 'listening' | 'stopped' | 'accepted' | 'waiting' | 'connecting' | 'connected';
}

/** One line of a text protocol and what it means (`key` is an i18n key, `params` fill it). */
export interface LineNote {
  text: string;
  key: string;
  params?: Record<string, string | number>;
}

/** One field of a decoded binary message (DNS, SNMP, NTP), possibly with sub-fields. */
export interface DecodedField {
  /** An i18n key (e.g. `services.dns.fields.id`) or, for data-defined names, the name itself. */
  label: string;
  value?: string;
  children?: DecodedField[];
}

/**
 * What a service's behaviour understood of a message, so the inspector can teach it: the
 * protocol, whether it is a request (petición) or a response (respuesta), a note per line of
 * text protocols, and the fields of binary ones.
 */
export interface EventAnnotation {
  protocol: string;
  role?: 'request' | 'response';
  lines?: LineNote[];
  fields?: DecodedField[];
}

export interface DataEvent extends EventBase {
  kind: 'data-in' | 'data-out';
  /** Exact size on the wire, even when `payload` was truncated by the capture caps. */
  bytes: number;
  payload: Uint8Array;
  truncated: boolean;
  annotation?: EventAnnotation;
}

export interface HalfClosedEvent extends EventBase {
  kind: 'half-closed';
  by: Side;
}

export interface ClosedEvent extends EventBase {
  kind: 'closed';
  by: Side | 'reset';
}

export interface FlowEvent extends EventBase {
  kind: 'flow';
  state: 'paused' | 'flowing';
  /** Bytes waiting in the socket's write buffer when the state changed. */
  buffered: number;
}

export interface ErrorEvent extends EventBase {
  kind: 'error';
  error: PuertoError;
}

export type PuertoEvent =
  LifecycleEvent | DataEvent | HalfClosedEvent | ClosedEvent | FlowEvent | ErrorEvent;

/**
 * What subscribers receive: events coalesced (at most about 20 batches a second, never one
 * message per packet), plus the engine state when it changed since the previous batch.
 */
export interface EventBatch {
  events: PuertoEvent[];
  state?: EngineState;
  /** Events the capture ring evicted since the previous batch (it holds a bounded number). */
  evicted: number;
  /** This machine's addresses, sent when they changed (a cable plugged in, another Wi-Fi). */
  system?: SystemInfo;
}

export interface CapturePage {
  events: PuertoEvent[];
  /** Sequence numbers still held by the ring (both inclusive); 0 when empty. */
  firstSeq: number;
  lastSeq: number;
  totalEvicted: number;
}
