/**
 * Which servers, clients and connections changed since the last batch, by id. Marking is a set
 * insertion, cheap enough to do for every packet; the infos themselves are copied once per
 * batch, and only for what changed.
 */
import type { StateChanges } from '../../shared/contract/events';
import type { ClientInfo, ConnectionInfo, ServerInfo } from '../../shared/contract/model';

export type StateItemKind = 'server' | 'client' | 'connection';

/** Looks up the current info of an item, or undefined once the engine has forgotten it. */
export interface StateSource {
  server(id: string): ServerInfo | undefined;
  client(id: string): ClientInfo | undefined;
  connection(id: string): ConnectionInfo | undefined;
}

export class ChangedItems {
  readonly #changed: Record<StateItemKind, Set<string>> = {
    server: new Set(),
    client: new Set(),
    connection: new Set(),
  };
  readonly #removed: Record<StateItemKind, Set<string>> = {
    server: new Set(),
    client: new Set(),
    connection: new Set(),
  };

  get empty(): boolean {
    return (['server', 'client', 'connection'] as const).every(
      (kind) => this.#changed[kind].size === 0 && this.#removed[kind].size === 0,
    );
  }

  changed(kind: StateItemKind, id: string): void {
    this.#changed[kind].add(id);
  }

  removed(kind: StateItemKind, id: string): void {
    this.#changed[kind].delete(id);
    this.#removed[kind].add(id);
  }

  clear(): void {
    for (const kind of ['server', 'client', 'connection'] as const) {
      this.#changed[kind].clear();
      this.#removed[kind].clear();
    }
  }

  /** The changes as the contract sends them, then forgets them. */
  take(source: StateSource): StateChanges {
    const infos = <Info>(kind: StateItemKind, read: (id: string) => Info | undefined): Info[] => {
      const found: Info[] = [];
      for (const id of this.#changed[kind]) {
        const info = read(id);
        if (info !== undefined) found.push(info);
      }
      return found;
    };
    const changes: StateChanges = {
      servers: infos('server', (id) => source.server(id)),
      clients: infos('client', (id) => source.client(id)),
      connections: infos('connection', (id) => source.connection(id)),
      removed: {
        servers: [...this.#removed.server],
        clients: [...this.#removed.client],
        connections: [...this.#removed.connection],
      },
    };
    this.clear();
    return changes;
  }
}
