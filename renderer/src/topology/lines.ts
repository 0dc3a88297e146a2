/**
 * The lines between the machine's ends (ports, clients) and the other ends. Each line is drawn
 * from this machine's end outwards, so "data sent" travels forwards along it.
 */
import type { ConnectionInfo, Protocol } from '../../../shared/contract';
import type { Box } from './geometry';
import type { Visible } from './visibleItems';
import type {
  AggregateNode,
  ClientNode,
  LineSegment,
  LineStatus,
  PeerNode,
  PortNode,
  TopologyLine,
  WaitingNode,
} from './types';
import { curvePath, horizontalCurve, sideOf, splitCurve } from './geometry';

/** TCP leaves the machine to the left, UDP to the right, like their lanes. */
const outerSide = (protocol: Protocol) => (protocol === 'tcp' ? 'left' : 'right');
const innerSide = (protocol: Protocol) => (protocol === 'tcp' ? 'right' : 'left');

export function lineStatus(entries: Visible<ConnectionInfo>[]): LineStatus {
  if (entries.every((entry) => entry.presence === 'closing')) return 'closing';
  const oneSideDone = entries.some(
    (entry) => entry.item.status !== 'open' || entry.presence === 'closing',
  );
  return oneSideDone ? 'half-closed' : 'open';
}

const segment = (connection: ConnectionInfo, path: string): LineSegment => ({
  key: `segment:${connection.id}`,
  path,
  connection,
  target: { kind: 'connection', id: connection.id },
});

/** From a port to a peer contacting it, or from a client to the remote server it contacts. */
export function outwardLine(
  from: Box,
  peer: PeerNode,
  protocol: Protocol,
  serverId?: string,
  clientId?: string,
): TopologyLine {
  const path = curvePath(
    horizontalCurve(sideOf(from, outerSide(protocol)), sideOf(peer.box, innerSide(protocol))),
  );
  return {
    key: peer.connection.id,
    kind: peer.role,
    protocol,
    path,
    segments: [segment(peer.connection, path)],
    status: lineStatus([{ item: peer.connection, presence: peer.presence }]),
    connectionIds: [peer.connection.id],
    ...(serverId !== undefined ? { serverId } : {}),
    ...(clientId !== undefined ? { clientId } : {}),
  };
}

/**
 * A client of this machine talking to a port of this machine. With both conversations known,
 * the half near the client selects the client's, the half near the port the server's.
 * `index` spreads the vertical runs so several such lines stay apart.
 */
export function loopbackLine(
  client: ClientNode,
  port: PortNode,
  connection: Visible<ConnectionInfo>,
  mirror: Visible<ConnectionInfo> | undefined,
  index: number,
): TopologyLine {
  const protocol = port.server.protocol;
  const start = sideOf(client.box, outerSide(protocol));
  const end = sideOf(port.box, innerSide(protocol));
  const spread = 0.3 + 0.4 * ((index % 5) / 4);
  const curve = horizontalCurve(start, end, end.x + (start.x - end.x) * spread);
  const [clientHalf, portHalf] = splitCurve(curve);
  const segments =
    mirror === undefined
      ? [segment(connection.item, curvePath(curve))]
      : [
          segment(connection.item, curvePath(clientHalf)),
          segment(mirror.item, curvePath(portHalf)),
        ];
  const entries = mirror === undefined ? [connection] : [connection, mirror];
  return {
    key: connection.item.id,
    kind: 'loopback',
    protocol,
    path: curvePath(curve),
    segments,
    status: lineStatus(entries),
    connectionIds: entries.map((entry) => entry.item.id),
    serverId: port.server.id,
    clientId: client.client.id,
  };
}

/** A faint line to "+N more": the port has more conversations than are drawn. */
export function aggregateLine(
  from: Box,
  aggregate: AggregateNode,
  protocol: Protocol,
  serverId: string,
): TopologyLine {
  return {
    key: aggregate.key,
    kind: 'aggregate',
    protocol,
    path: curvePath(
      horizontalCurve(
        sideOf(from, outerSide(protocol)),
        sideOf(aggregate.box, innerSide(protocol)),
      ),
    ),
    segments: [],
    status: 'open',
    connectionIds: [],
    serverId,
  };
}

/** A client in the listen queue: no conversation to select yet, only the port it waits at. */
export function waitingLine(from: Box, node: WaitingNode): TopologyLine {
  return {
    key: node.key,
    kind: 'waiting',
    protocol: node.server.protocol,
    path: curvePath(
      horizontalCurve(
        sideOf(from, outerSide(node.server.protocol)),
        sideOf(node.box, innerSide(node.server.protocol)),
      ),
    ),
    segments: [],
    status: 'open',
    connectionIds: [],
    serverId: node.server.id,
    waiting: node.position,
  };
}
