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
import type { StateItemKind, StateSource } from './stateChanges';

interface Snapshotting<Info> {
  readonly id: string;
  snapshot(): Info;
}

class RetainingMap<Info, Item extends Snapshotting<Info>> {
  readonly #items = new Map<string, Item>();
  readonly #finished: string[] = [];
  readonly #retention: number;
  readonly #onForget: (id: string) => void;

  constructor(retention: number, onForget: (id: string) => void) {
    this.#retention = Math.max(0, retention);
    this.#onForget = onForget;
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
      if (oldest === undefined) continue;
      this.#items.delete(oldest);
      this.#onForget(oldest);
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

  /** `onForget` hears of every item dropped after its retention, so windows drop it too. */
  constructor(retention: number, onForget: (kind: StateItemKind, id: string) => void = () => {}) {
    this.servers = new RetainingMap(retention, (id) => onForget('server', id));
    this.clients = new RetainingMap(retention, (id) => onForget('client', id));
    this.connections = new RetainingMap(retention, (id) => onForget('connection', id));
  }

  /** Current infos by id, undefined once forgotten: what a batch's changes are read from. */
  readonly infos: StateSource = {
    server: (id) => this.servers.get(id)?.snapshot(),
    client: (id) => this.clients.get(id)?.snapshot(),
    connection: (id) => this.connections.get(id)?.snapshot(),
  };

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
