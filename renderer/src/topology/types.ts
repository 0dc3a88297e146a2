/** What the topology layout produces: plain positioned data the components only draw. */
import type {
  ClientInfo,
  ConnectionInfo,
  ConnectionStatus,
  Endpoint,
  Protocol,
  ServerInfo,
} from '../../../shared/contract';
import type { Presence } from './closings';
import type { Box } from './geometry';

/** The engine state as the stores hold it (read-only arrays); `EngineState` fits it too. */
export interface EngineView {
  servers: readonly ServerInfo[];
  clients: readonly ClientInfo[];
  connections: readonly ConnectionInfo[];
}

/** What selecting an item focuses (see stores/selection.ts). */
export type TopologyTarget =
  | { kind: 'server'; id: string }
  | { kind: 'client'; id: string; connectionId?: string }
  | { kind: 'connection'; id: string };

/** A server, drawn as a numbered port in its protocol's lane. */
export interface PortNode {
  key: string;
  box: Box;
  server: ServerInfo;
  presence: Presence;
  target: TopologyTarget;
}

/** A client opened from this machine. */
export interface ClientNode {
  key: string;
  box: Box;
  client: ClientInfo;
  connection?: ConnectionInfo;
  /** Its place in one of our iterative servers' listen queue (1 is served next), while it waits. */
  waiting?: number;
  presence: Presence;
  target: TopologyTarget;
}

/**
 * A client in an iterative server's listen queue that is not one of ours: the system completed
 * its connection, but the server has not accepted it, so no conversation exists yet.
 */
export interface WaitingNode {
  key: string;
  box: Box;
  server: ServerInfo;
  remote: Endpoint;
  /** 1 for the client served next. */
  position: number;
  target: TopologyTarget;
}

/**
 * The other end of a conversation: a client contacting one of our servers (`peer`), or the
 * server one of our clients contacts (`remote-server`).
 */
export interface PeerNode {
  key: string;
  box: Box;
  role: 'peer' | 'remote-server';
  connection: ConnectionInfo;
  /** For a `peer`: the server of ours it contacts. */
  server?: ServerInfo;
  presence: Presence;
  target: TopologyTarget;
}

/** "+N more": items beyond the caps, counted but not drawn one by one. */
export interface AggregateNode {
  key: string;
  box: Box;
  kind: 'peers' | 'clients' | 'waiting';
  count: number;
  protocol?: Protocol;
  server?: ServerInfo;
  target?: TopologyTarget;
}

export type LineStatus = Extract<ConnectionStatus, 'open' | 'half-closed'> | 'closing';

/** Part of a line that selects one conversation; a loopback line has one half per side. */
export interface LineSegment {
  key: string;
  path: string;
  connection: ConnectionInfo;
  target: TopologyTarget;
}

export interface TopologyLine {
  key: string;
  kind: 'peer' | 'remote-server' | 'loopback' | 'aggregate' | 'waiting';
  protocol: Protocol;
  /** Drawn from this machine's end (port or client) to the other end. */
  path: string;
  segments: LineSegment[];
  status: LineStatus;
  connectionIds: string[];
  serverId?: string;
  clientId?: string;
  /** The listen-queue place of the client at its end, while the server has not accepted it. */
  waiting?: number;
}

/** How a conversation's traffic maps onto a drawn line, for the data pulses. */
export interface PulseRoute {
  lineKey: string;
  /** True when bytes the conversation sends travel along the line's drawing direction. */
  outIsForward: boolean;
}

export interface LaneHeading {
  protocol: Protocol;
  box: Box;
}

export interface TopologyLayout {
  width: number;
  height: number;
  machine: Box;
  lanes: LaneHeading[];
  /** Where the clients section starts inside the machine. */
  clientsTop: number;
  ports: PortNode[];
  clients: ClientNode[];
  peers: PeerNode[];
  waiting: WaitingNode[];
  aggregates: AggregateNode[];
  lines: TopologyLine[];
  routes: ReadonlyMap<string, PulseRoute>;
  /** Nothing runs: the canvas shows its teaching empty state. */
  empty: boolean;
}
