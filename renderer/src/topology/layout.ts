/**
 * Where everything goes. This machine is a box with two lanes of ports: TCP down its left
 * edge, UDP down its right edge, one row per port number, so TCP 7007 and UDP 7007 share a row
 * yet are two separate ports (slide 8: the numbers are independent). Peers sit outside, next to
 * the lane of their protocol. The machine's own clients sit in a section below the servers.
 */
import type { ClientInfo, ConnectionInfo, Protocol, ServerInfo } from '../../../shared/contract';
import type { Closings } from './closings';
import type { Box } from './geometry';
import type { Caps, ClientPlan, PeerPlan, Visible } from './visibleItems';
import type {
  AggregateNode,
  ClientNode,
  EngineView,
  PeerNode,
  PortNode,
  PulseRoute,
  TopologyLayout,
  TopologyLine,
  WaitingNode,
} from './types';
import type { WaitingPlan, WaitingPlans } from './waiting';
import {
  CANVAS_WIDTH,
  CLIENT_CAP,
  CLIENT_WIDTH,
  CLIENT_X,
  HEADER_HEIGHT,
  MACHINE_PADDING_BOTTOM,
  MACHINE_TOP,
  MACHINE_WIDTH,
  MACHINE_X,
  MARGIN,
  NODE_HEIGHT,
  PEER_CAP_PER_SERVER,
  PEER_CAP_TOTAL,
  PEER_WIDTH,
  SECTION_GAP,
  SECTION_HEADING_HEIGHT,
  SLOT_HEIGHT,
  TILE_WIDTH,
  WAITING_CAP_PER_SERVER,
  laneBox,
  peerX,
  tileX,
} from './geometry';
import { aggregateLine, loopbackLine, outwardLine, waitingLine } from './lines';
import {
  capClients,
  peersByServer,
  planClients,
  planPeers,
  visibleClients,
  visibleConnections,
  visibleServers,
} from './visibleItems';
import { planWaiting, waitingSlots } from './waiting';

export interface LayoutOptions {
  /** Window clock, ms since the epoch: decides which finished items are still fading. */
  now: number;
  closings: Closings;
  caps?: Partial<Caps>;
}

const DEFAULT_CAPS: Caps = {
  peersPerServer: PEER_CAP_PER_SERVER,
  peersTotal: PEER_CAP_TOTAL,
  clients: CLIENT_CAP,
  waitingPerServer: WAITING_CAP_PER_SERVER,
};

/** A node centred vertically in a slot that starts at `top`. */
const slotBox = (x: number, top: number, width: number): Box => ({
  x,
  y: top + (SLOT_HEIGHT - NODE_HEIGHT) / 2,
  width,
  height: NODE_HEIGHT,
});

class LayoutBuilder {
  readonly ports: PortNode[] = [];
  readonly clients: ClientNode[] = [];
  readonly peers: PeerNode[] = [];
  readonly waiting: WaitingNode[] = [];
  readonly aggregates: AggregateNode[] = [];
  readonly lines: TopologyLine[] = [];
  readonly routes = new Map<string, PulseRoute>();
  readonly portByServer = new Map<string, PortNode>();

  constructor(readonly waitingPlans: WaitingPlans) {}

  addLine(line: TopologyLine, routes: Array<[string, boolean]>): void {
    this.lines.push(line);
    for (const [connectionId, outIsForward] of routes) {
      this.routes.set(connectionId, { lineKey: line.key, outIsForward });
    }
  }

  peer(connection: Visible<ConnectionInfo>, role: PeerNode['role'], box: Box, server?: ServerInfo) {
    const node: PeerNode = {
      key: `${role}:${connection.item.id}`,
      box,
      role,
      connection: connection.item,
      presence: connection.presence,
      target: { kind: 'connection', id: connection.item.id },
      ...(server !== undefined ? { server } : {}),
    };
    this.peers.push(node);
    return node;
  }
}

/** Places one server's port and its peers in the `slots` rows that start at `top`. */
function placeServer(
  builder: LayoutBuilder,
  server: Visible<ServerInfo>,
  plan: PeerPlan,
  top: number,
  slots: number,
): void {
  const protocol = server.item.protocol;
  const port: PortNode = {
    key: server.item.id,
    box: slotBox(tileX(protocol), top + ((slots - 1) * SLOT_HEIGHT) / 2, TILE_WIDTH),
    server: server.item,
    presence: server.presence,
    target: { kind: 'server', id: server.item.id },
  };
  builder.ports.push(port);
  builder.portByServer.set(server.item.id, port);
  plan.drawn.forEach((connection, index) => {
    const box = slotBox(peerX(protocol), top + index * SLOT_HEIGHT, PEER_WIDTH);
    const peer = builder.peer(connection, 'peer', box, server.item);
    builder.addLine(outwardLine(port.box, peer, protocol, server.item.id), [
      [connection.item.id, true],
    ]);
  });
  let slot = plan.drawn.length;
  const more = (kind: 'peers' | 'waiting', count: number) => {
    const aggregate: AggregateNode = {
      key: kind === 'peers' ? `more:${server.item.id}` : `more-waiting:${server.item.id}`,
      box: slotBox(peerX(protocol), top + slot++ * SLOT_HEIGHT, PEER_WIDTH),
      kind,
      count,
      protocol,
      server: server.item,
      target: { kind: 'server', id: server.item.id },
    };
    builder.aggregates.push(aggregate);
    builder.lines.push(aggregateLine(port.box, aggregate, protocol, server.item.id));
  };
  if (plan.hidden > 0) more('peers', plan.hidden);
  const queue = builder.waitingPlans.byServer.get(server.item.id);
  if (queue === undefined) return;
  for (const { remote, position } of queue.drawn) {
    const node: WaitingNode = {
      key: `waiting:${server.item.id}:${remote.address}:${remote.port}`,
      box: slotBox(peerX(protocol), top + slot++ * SLOT_HEIGHT, PEER_WIDTH),
      server: server.item,
      remote,
      position,
      target: { kind: 'server', id: server.item.id },
    };
    builder.waiting.push(node);
    builder.lines.push(waitingLine(port.box, node));
  }
  if (queue.hidden > 0) more('waiting', queue.hidden);
}

/** One row per port number; returns where the servers section ends. */
function placeServers(
  builder: LayoutBuilder,
  servers: Visible<ServerInfo>[],
  peerPlans: Map<string, PeerPlan>,
  top: number,
): number {
  const numbers = [...new Set(servers.map((entry) => entry.item.port))].sort((a, b) => a - b);
  let rowTop = top;
  for (const number of numbers) {
    const inRow = servers
      .filter((entry) => entry.item.port === number)
      .map((server) => {
        const plan = peerPlans.get(server.item.id) ?? { drawn: [], hidden: 0 };
        const queue: WaitingPlan | undefined = builder.waitingPlans.byServer.get(server.item.id);
        const peerSlots = plan.drawn.length + (plan.hidden > 0 ? 1 : 0);
        return { server, plan, slots: Math.max(1, peerSlots + waitingSlots(queue)) };
      });
    const laneSlots = (protocol: Protocol) =>
      inRow
        .filter((entry) => entry.server.item.protocol === protocol)
        .reduce((sum, entry) => sum + entry.slots, 0);
    const rowSlots = Math.max(laneSlots('tcp'), laneSlots('udp'));
    // Each lane is centred in the row, so TCP 7007 and UDP 7007 stay level with each other.
    const cursor: Record<Protocol, number> = {
      tcp: rowTop + ((rowSlots - laneSlots('tcp')) * SLOT_HEIGHT) / 2,
      udp: rowTop + ((rowSlots - laneSlots('udp')) * SLOT_HEIGHT) / 2,
    };
    for (const { server, plan, slots } of inRow) {
      placeServer(builder, server, plan, cursor[server.item.protocol], slots);
      cursor[server.item.protocol] += slots * SLOT_HEIGHT;
    }
    rowTop += rowSlots * SLOT_HEIGHT;
  }
  // An empty machine still shows one row of empty lanes.
  return numbers.length === 0 ? top + SLOT_HEIGHT : rowTop;
}

function placeClient(builder: LayoutBuilder, plan: ClientPlan, top: number, index: number): void {
  const client: Visible<ClientInfo> = plan.client;
  const protocol = client.item.protocol;
  const waiting = builder.waitingPlans.clientPositions.get(client.item.id);
  const node: ClientNode = {
    key: client.item.id,
    box: slotBox(CLIENT_X, top, CLIENT_WIDTH),
    client: client.item,
    presence: client.presence,
    target: { kind: 'client', id: client.item.id, connectionId: client.item.connectionId },
    ...(plan.connection !== undefined ? { connection: plan.connection.item } : {}),
    ...(waiting !== undefined ? { waiting } : {}),
  };
  builder.clients.push(node);
  const connection = plan.connection;
  if (connection === undefined) return;
  const ownPort = plan.ownServer && builder.portByServer.get(plan.ownServer.id);
  if (ownPort !== undefined) {
    const line = loopbackLine(node, ownPort, connection, plan.mirror, index);
    if (waiting !== undefined) line.waiting = waiting;
    const routes: Array<[string, boolean]> = [[connection.item.id, true]];
    if (plan.mirror !== undefined) routes.push([plan.mirror.item.id, false]);
    builder.addLine(line, routes);
    return;
  }
  const peer = builder.peer(connection, 'remote-server', slotBox(peerX(protocol), top, PEER_WIDTH));
  builder.addLine(outwardLine(node.box, peer, protocol, undefined, client.item.id), [
    [connection.item.id, true],
  ]);
}

/** The clients section below the servers; returns where it ends. */
function placeClients(
  builder: LayoutBuilder,
  plans: ClientPlan[],
  hidden: number,
  top: number,
): number {
  let rowTop = top;
  plans.forEach((plan, index) => {
    placeClient(builder, plan, rowTop, index);
    rowTop += SLOT_HEIGHT;
  });
  if (hidden > 0) {
    builder.aggregates.push({
      key: 'more:clients',
      box: slotBox(CLIENT_X, rowTop, CLIENT_WIDTH),
      kind: 'clients',
      count: hidden,
    });
    rowTop += SLOT_HEIGHT;
  }
  return plans.length === 0 && hidden === 0 ? rowTop + SLOT_HEIGHT : rowTop;
}

/** Peers per server in row order, so the total cap fills from the lowest port numbers. */
function planAllPeers(
  servers: Visible<ServerInfo>[],
  plans: ClientPlan[],
  caps: Caps,
  connections: ReturnType<typeof visibleConnections>,
) {
  const peers = peersByServer(connections, plans);
  const inRowOrder = [...servers].sort((left, right) => left.item.port - right.item.port);
  const result = new Map<string, PeerPlan>();
  let remaining = caps.peersTotal;
  for (const server of inRowOrder) {
    const plan = planPeers(peers.get(server.item.id) ?? [], caps.peersPerServer, remaining);
    remaining -= plan.drawn.length;
    result.set(server.item.id, plan);
  }
  return result;
}

export function layoutTopology(state: EngineView, options: LayoutOptions): TopologyLayout {
  const { now, closings } = options;
  const caps: Caps = { ...DEFAULT_CAPS, ...options.caps };
  const servers = visibleServers(state, closings, now);
  const connections = visibleConnections(state, closings, now);
  const clients = capClients(visibleClients(state, closings, now), caps.clients);
  const clientPlans = planClients(clients.drawn, connections, servers);
  const peerPlans = planAllPeers(servers, clientPlans, caps, connections);

  const builder = new LayoutBuilder(planWaiting(servers, clientPlans, caps.waitingPerServer));
  const serversBottom = placeServers(builder, servers, peerPlans, MACHINE_TOP + HEADER_HEIGHT);
  const clientsTop = serversBottom + SECTION_GAP;
  const clientsBottom = placeClients(
    builder,
    clientPlans,
    clients.hidden,
    clientsTop + SECTION_HEADING_HEIGHT,
  );
  const machineBottom = clientsBottom + MACHINE_PADDING_BOTTOM;
  const lanesTop = MACHINE_TOP + HEADER_HEIGHT - 32;
  return {
    width: CANVAS_WIDTH,
    height: machineBottom + MARGIN,
    machine: {
      x: MACHINE_X,
      y: MACHINE_TOP,
      width: MACHINE_WIDTH,
      height: machineBottom - MACHINE_TOP,
    },
    lanes: (['tcp', 'udp'] as const).map((protocol) => ({
      protocol,
      box: laneBox(protocol, lanesTop, machineBottom - 8),
    })),
    clientsTop,
    ports: builder.ports,
    clients: builder.clients,
    peers: builder.peers,
    waiting: builder.waiting,
    aggregates: builder.aggregates,
    lines: builder.lines,
    routes: builder.routes,
    empty: servers.length === 0 && clients.drawn.length === 0 && clients.hidden === 0,
  };
}
