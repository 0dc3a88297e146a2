/**
 * Everything the engine runs, by id, plus a bounded memory of what finished: stopped servers,
 * closed clients and closed connections stay visible so the student can see how a
 * conversation ended, but only the most recent `retention` of each kind.
 */
import type {
  ClientInfo,
  ConnectionInfo,
  EngineState,
  ServerInfo,
} from '../../shared/contract/model';
import type { ClientHandle } from './client';
import type { Conversation } from './conversation';
import { EngineError } from './errors';
import type { ServerHandle } from './server';

interface Snapshotting<Info> {
  readonly id: string;
  snapshot(): Info;
}

class RetainingMap<Info, Item extends Snapshotting<Info>> {
  readonly #items = new Map<string, Item>();
  readonly #finished: string[] = [];
  readonly #retention: number;

  constructor(retention: number) {
    this.#retention = Math.max(0, retention);
  }

  add(item: Item): void {
    this.#items.set(item.id, item);
  }

  get(id: string): Item | undefined {
    return this.#items.get(id);
  }

  values(): Item[] {
    return [...this.#items.values()];
  }

  /** The item finished: it stays listed until newer finished items push it out. */
  retire(id: string): void {
    if (!this.#items.has(id) || this.#finished.includes(id)) return;
    this.#finished.push(id);
    while (this.#finished.length > this.#retention) {
      const oldest = this.#finished.shift();
      if (oldest !== undefined) this.#items.delete(oldest);
    }
  }

  snapshot(): Info[] {
    return this.values().map((item) => item.snapshot());
  }
}

function notFound(id: string): EngineError {
  return new EngineError('NOT_FOUND', `nothing with the id ${id}`, { id });
}

export class EngineRegistry {
  readonly servers: RetainingMap<ServerInfo, ServerHandle>;
  readonly clients: RetainingMap<ClientInfo, ClientHandle>;
  readonly connections: RetainingMap<ConnectionInfo, Conversation>;

  constructor(retention: number) {
    this.servers = new RetainingMap(retention);
    this.clients = new RetainingMap(retention);
    this.connections = new RetainingMap(retention);
  }

  server(id: string): ServerHandle {
    const server = this.servers.get(id);
    if (server === undefined) throw notFound(id);
    return server;
  }

  client(id: string): ClientHandle {
    const client = this.clients.get(id);
    if (client === undefined) throw notFound(id);
    return client;
  }

  connection(id: string): Conversation {
    const connection = this.connections.get(id);
    if (connection === undefined) throw notFound(id);
    return connection;
  }

  snapshot(): EngineState {
    return {
      servers: this.servers.snapshot(),
      clients: this.clients.snapshot(),
      connections: this.connections.snapshot(),
    };
  }
}
