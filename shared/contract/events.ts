/**
 * Everything observable in the engine becomes one of these events. Each has a monotonic `seq`
 * and a high-resolution `time` (milliseconds since the epoch, with sub-millisecond fraction).
 */
import type { PuertoError } from './errors';
import type {
  ClientInfo,
  ConnectionInfo,
  EngineState,
  Endpoint,
  Protocol,
  ServerInfo,
  SystemInfo,
} from './model';

export const EVENT_KINDS = [
  'listening',
  'stopped',
  'accepted',
  'waiting',
  'connecting',
  'connected',
  'ready',
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
   * `accepted` follows when the client before it closes. `ready`: a UDP client bound its own
   * (ephemeral) port and may send; UDP exchanges no packet to open, so there is no `connected`.
   */
  kind: 'listening' | 'stopped' | 'accepted' | 'waiting' | 'connecting' | 'connected' | 'ready';
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
 * What changed in the engine's state since the previous batch: the servers, clients and
 * connections whose info changed (each sent whole, so applying one never depends on another),
 * and the ids the engine no longer lists. A batch costs what changed, never what the engine holds.
 */
export interface StateChanges {
  servers: ServerInfo[];
  clients: ClientInfo[];
  connections: ConnectionInfo[];
  removed: { servers: string[]; clients: string[]; connections: string[] };
}

/**
 * How much the engine's capture keeps and what it let go, so the window can say it ("keeping
 * the first 16,384 bytes of each message, 64 MB in all").
 */
export interface CaptureStats {
  /** Events held now and the bytes they count against `budgetBytes`. */
  heldEvents: number;
  heldBytes: number;
  /** Every byte the capture keeps (payloads, notes, the events themselves) fits in this. */
  budgetBytes: number;
  /** Payload bytes kept per message; `bytes` stays exact beyond it and `truncated` says so. */
  payloadCapPerEvent: number;
  /** Events the capture let go to stay within its budget, since the engine started. */
  totalEvicted: number;
}

/**
 * Events a subscriber did not receive because it fell behind (a slow browser tab): the `seq`
 * range they span (both inclusive) and how many they were. The subscriber may fetch what the
 * capture still holds with `getCapture({ afterSeq: fromSeq - 1 })`; the rest is reported.
 */
export interface MissedEvents {
  fromSeq: number;
  toSeq: number;
  count: number;
}

/**
 * What subscribers receive: events coalesced (at most about 20 batches a second, never one
 * message per packet), the state's changes since the previous batch, and the whole state in a
 * subscriber's first batch (and whenever a host must resynchronise it).
 */
export interface EventBatch {
  events: PuertoEvent[];
  /** The whole state: in a subscriber's first batch; replaces everything the window had. */
  state?: EngineState;
  /** What changed since the previous batch (applied after `state` when both are present). */
  changes?: StateChanges;
  /** Events the capture ring evicted since the previous batch (it holds a bounded number). */
  evicted: number;
  /** The capture's budget and use, when they changed. */
  capture?: CaptureStats;
  /** Events this subscriber missed since its previous batch. */
  missed?: MissedEvents;
  /** This machine's addresses, sent when they changed (a cable plugged in, another Wi-Fi). */
  system?: SystemInfo;
}

export interface CapturePage {
  events: PuertoEvent[];
  /** Sequence numbers still held by the ring (both inclusive); 0 when empty. */
  firstSeq: number;
  lastSeq: number;
  totalEvicted: number;
  /** The capture's budget and use when the page was read. */
  capture?: CaptureStats;
}
