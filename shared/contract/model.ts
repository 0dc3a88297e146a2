/**
 * The plain data that describes what the engine is doing. It crosses every boundary unchanged
 * (Electron IPC structured clone, the browser-mode WebSocket codec), so it holds only objects,
 * strings, numbers, booleans and `Uint8Array`.
 */
import type { BehaviourConfig } from './behaviours';
import type { PuertoError } from './errors';

export type Protocol = 'tcp' | 'udp';
export type AddressFamily = 'IPv4' | 'IPv6';

export interface Endpoint {
  address: string;
  port: number;
}

export type BindMode = 'all' | 'loopback' | 'address';

export interface BindChoice {
  mode: BindMode;
  /** Required when `mode` is `address`: one local IPv4 or IPv6 address. */
  address?: string;
  /** For `loopback`, which loopback: 127.0.0.1 (IPv4, the default) or ::1 (IPv6). */
  family?: AddressFamily;
}

export type {
  BehaviourConfig,
  BehaviourConfigInput,
  BehaviourName,
  PayloadEncoding,
  ReplyTrigger,
} from './behaviours';

export interface Counters {
  bytesIn: number;
  bytesOut: number;
  messagesIn: number;
  messagesOut: number;
}

export type Concurrency = 'concurrent' | 'iterative';

export type ServerStatus = 'starting' | 'listening' | 'stopped' | 'failed';

export interface ServerInfo {
  id: string;
  protocol: Protocol;
  /** The port asked for; 0 means "let the operating system choose". */
  requestedPort: number;
  /** The port really listened on (equals `requestedPort` unless that was 0). */
  port: number;
  bind: BindChoice;
  /** Addresses the socket is bound to, e.g. `::` (all, dual stack), `0.0.0.0`, `127.0.0.1`. */
  local: Endpoint;
  behaviour: BehaviourConfig;
  status: ServerStatus;
  startedAt: number;
  counters: Counters;
  /** Concurrent serves every client at once; iterative one at a time (TCP). */
  concurrency: Concurrency;
  /**
   * Iterative TCP servers: the clients whose connections wait in the listen queue, oldest
   * first. Always empty for concurrent servers.
   */
  waiting: Endpoint[];
  /** TCP: connections open now; UDP: peers heard from. */
  activeConnections: number;
  totalConnections: number;
  /**
   * TCP: connections served at once at most (issue 12); one more is reset and reported as
   * CONNECTION_LIMIT. Left out for UDP (its peers are bounded by the engine's flow limit).
   */
  maxConnections?: number;
  /** What this server's limits turned away (issue 12). Left out by older engines. */
  refused?: RefusedCounts;
  /**
   * UDP, where the system tells (Linux): datagrams the kernel dropped for this server's socket
   * because its receive buffer was full, i.e. nobody read them in time.
   */
  kernelDrops?: number;
  /**
   * TCP: connections their clients reset before the server could see them (no address is left
   * to show, so they are counted, not captured).
   */
  resetBeforeAccepted?: number;
  error?: PuertoError;
}

/** Counts of what a server's limits turned away, shown on its card. */
export interface RefusedCounts {
  /** TCP connections reset because the server already had `maxConnections`. */
  connections: number;
  /**
   * Limits its service reported (a header timeout, too many commands…): each is an `error`
   * event in the capture, with its own code.
   */
  reported: number;
}

export type ClientStatus = 'connecting' | 'open' | 'half-closed' | 'closed' | 'error';

export interface ClientInfo {
  id: string;
  protocol: Protocol;
  remote: Endpoint;
  /** Hostname the user typed (may differ from the resolved `remote.address`). */
  host: string;
  local?: Endpoint;
  requestedLocalPort?: number;
  status: ClientStatus;
  /** The connection (TCP) or flow (UDP) this client talks through. */
  connectionId: string;
  openedAt: number;
  counters: Counters;
  error?: PuertoError;
}

export type ConnectionStatus = 'open' | 'half-closed' | 'closed';
export type FlowState = 'flowing' | 'paused';

/**
 * One conversation: an accepted or opened TCP connection, or a UDP flow (the datagrams between
 * one local socket and one remote address:port).
 */
export interface ConnectionInfo {
  id: string;
  protocol: Protocol;
  role: 'server' | 'client';
  serverId?: string;
  clientId?: string;
  local: Endpoint;
  remote: Endpoint;
  status: ConnectionStatus;
  /** Which sides have sent FIN (TCP only). */
  localEnded: boolean;
  remoteEnded: boolean;
  /** `paused` while the socket's write buffer is full and Puerto waits for `drain`. */
  flow: FlowState;
  openedAt: number;
  closedAt?: number;
  counters: Counters;
}

export interface EngineState {
  servers: ServerInfo[];
  clients: ClientInfo[];
  connections: ConnectionInfo[];
}

export interface NetworkAddress {
  interface: string;
  address: string;
  family: AddressFamily;
  internal: boolean;
  netmask: string;
  scopeId?: number;
}

export interface SystemInfo {
  hostname: string;
  platform: string;
  addresses: NetworkAddress[];
}
