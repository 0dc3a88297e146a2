import { useI18n } from 'vue-i18n';
import type { ConnectionInfo, Protocol, ServerInfo } from '../../../../shared/contract';
import { isUnreachableUdp } from '../../format/clientStatus';
import { formatEndpoint } from '../../format/endpoint';
import { shortenMiddle } from '../../topology/geometry';
import type {
  AggregateNode,
  ClientNode,
  LineSegment,
  PeerNode,
  PortNode,
  TopologyLayout,
  TopologyTarget,
  WaitingNode,
} from '../../topology/types';

/** Longest endpoint a box shows in full; longer IPv6 ones are shortened in the middle. */
const LABEL_CHARACTERS = 22;

/**
 * Every text the diagram shows: the short labels inside boxes, and the full sentences used as
 * tooltips, accessible names and the details line under the diagram.
 */
export function useTopologyText() {
  const { t, te } = useI18n();

  const protocolName = (protocol: Protocol) => t(`ui.protocol.${protocol}`);
  const endpointLabel = (endpoint: ConnectionInfo['remote']) =>
    shortenMiddle(formatEndpoint(endpoint), LABEL_CHARACTERS);

  function behaviourName(server: ServerInfo): string {
    const key = `ui.servers.behaviours.${server.behaviour.name}`;
    return te(key) ? t(key) : server.behaviour.name;
  }

  function connectionStatus(connection: ConnectionInfo): string {
    return t(`topology.status.connection.${connection.status}`);
  }

  const counters = (owner: { counters: ServerInfo['counters'] }) => ({
    bytesIn: owner.counters.bytesIn,
    bytesOut: owner.counters.bytesOut,
  });

  function port(node: PortNode): string {
    const server = node.server;
    return t('topology.details.port', {
      protocol: protocolName(server.protocol),
      port: server.port,
      behaviour: behaviourName(server),
      status: t(`topology.status.server.${server.status}`),
      address: server.bind.mode === 'all' ? t('topology.allAddresses') : server.local.address,
      active: server.activeConnections,
      total: server.totalConnections,
      ...counters(server),
    });
  }

  function clientLabel(node: ClientNode): string {
    const localPort = node.client.local?.port;
    return localPort === undefined || localPort === 0
      ? t('topology.client.connecting')
      : t('topology.client.label', { port: localPort });
  }

  const waitingEndpoint = (node: WaitingNode) => endpointLabel(node.remote);
  const waitingLabel = (position: number) => t('topology.waiting.label', { position });

  /** Appended to what a waiting client of ours says: why its line is still grey. */
  const queued = (port: number, position: number | undefined) =>
    position === undefined ? '' : ` ${t('topology.details.queued', { port, position })}`;

  function waiting(node: WaitingNode): string {
    return t('topology.details.waiting', {
      remote: formatEndpoint(node.remote),
      port: node.server.port,
      position: node.position,
    });
  }

  function clientTarget(node: ClientNode): string {
    if (node.waiting !== undefined) return waitingLabel(node.waiting);
    const remote = { address: node.client.host, port: node.client.remote.port };
    return t('topology.client.target', { remote: endpointLabel(remote) });
  }

  function client(node: ClientNode): string {
    const { client: info } = node;
    return t('topology.details.client', {
      protocol: protocolName(info.protocol),
      local: info.local === undefined ? '…' : formatEndpoint(info.local),
      remote: formatEndpoint({ address: info.host, port: info.remote.port }),
      status: isUnreachableUdp(info)
        ? t('ui.clients.unreachable')
        : t(`topology.status.client.${info.status}`),
      ...counters(info),
    }).concat(queued(info.remote.port, node.waiting));
  }

  const peerLabel = (node: PeerNode) => endpointLabel(node.connection.remote);

  function peerCaption(node: PeerNode): string {
    return node.role === 'peer'
      ? t('topology.peer.client', { port: node.connection.local.port })
      : t('topology.peer.server');
  }

  function peer(node: PeerNode): string {
    const { connection } = node;
    const common = {
      protocol: protocolName(connection.protocol),
      remote: formatEndpoint(connection.remote),
      status: connectionStatus(connection),
    };
    if (node.role === 'remote-server') {
      return t('topology.details.remoteServer', {
        ...common,
        local: formatEndpoint(connection.local),
      });
    }
    return t('topology.details.peer', {
      ...common,
      port: connection.local.port,
      remotePort: connection.remote.port,
      ...counters(connection),
    });
  }

  const aggregateLabel = (node: AggregateNode) => t(`topology.more.${node.kind}`, node.count);

  function aggregate(node: AggregateNode): string {
    if (node.kind === 'clients') return t('topology.details.moreClients', node.count);
    if (node.kind === 'waiting') {
      return t(
        'topology.details.moreWaiting',
        { count: node.count, port: node.server?.port ?? '' },
        node.count,
      );
    }
    return t(
      'topology.details.morePeers',
      {
        count: node.count,
        protocol: protocolName(node.protocol ?? 'tcp'),
        port: node.server?.port ?? '',
      },
      node.count,
    );
  }

  /** `waiting`: the line's client still waits in the listen queue at that place. */
  function segment(part: LineSegment, waiting?: number): string {
    const { connection } = part;
    return t('topology.details.line', {
      side: t(`topology.sides.${connection.role}`),
      protocol: protocolName(connection.protocol),
      local: formatEndpoint(connection.local),
      remote: formatEndpoint(connection.remote),
      status: connectionStatus(connection),
      ...counters(connection),
    }).concat(queued(connection.remote.port, waiting));
  }

  /** The sentence for whatever the selection store focuses, if the diagram draws it. */
  function focused(layout: TopologyLayout, focus: TopologyTarget | null): string | undefined {
    if (focus === null) return undefined;
    if (focus.kind === 'server') {
      const node = layout.ports.find((candidate) => candidate.server.id === focus.id);
      return node && port(node);
    }
    if (focus.kind === 'client') {
      const node = layout.clients.find((candidate) => candidate.client.id === focus.id);
      return node && client(node);
    }
    for (const line of layout.lines) {
      const part = line.segments.find((candidate) => candidate.connection.id === focus.id);
      if (part !== undefined) return segment(part, line.waiting);
    }
    return undefined;
  }

  return {
    behaviourName,
    port,
    clientLabel,
    clientTarget,
    client,
    peerLabel,
    peerCaption,
    peer,
    waitingEndpoint,
    waitingLabel,
    waiting,
    aggregateLabel,
    aggregate,
    segment,
    focused,
  };
}
