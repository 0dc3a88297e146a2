/** The words on the inspector's focus chip: which server, client or conversation it shows. */
import type { ClientInfo, ConnectionInfo, ServerInfo } from '../../../shared/contract';
import { formatEndpoint } from '../format/endpoint';
import type { FocusFilter } from './eventFilter';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface KnownItems {
  servers: readonly ServerInfo[];
  clients: readonly ClientInfo[];
  connections: readonly ConnectionInfo[];
}

export function focusLabel(focus: NonNullable<FocusFilter>, known: KnownItems, t: Translate) {
  const protocol = (name: 'tcp' | 'udp') => t(`ui.protocol.${name}`);
  if (focus.kind === 'server') {
    const server = known.servers.find((item) => item.id === focus.id);
    if (server !== undefined) {
      return t('inspector.focus.server', {
        protocol: protocol(server.protocol),
        port: server.port,
      });
    }
  } else if (focus.kind === 'client') {
    const client = known.clients.find((item) => item.id === focus.id);
    if (client !== undefined) {
      return t('inspector.focus.client', {
        protocol: protocol(client.protocol),
        remote: formatEndpoint(client.remote),
      });
    }
  } else {
    const connection = known.connections.find((item) => item.id === focus.id);
    if (connection !== undefined) {
      return t('inspector.focus.connection', {
        protocol: protocol(connection.protocol),
        local: formatEndpoint(connection.local),
        remote: formatEndpoint(connection.remote),
      });
    }
  }
  // Gone from the engine's memory (or from an imported capture): the id still filters.
  return t('inspector.focus.unknown', { id: focus.id });
}
