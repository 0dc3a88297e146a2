/**
 * Ids students can read aloud ("server-2", "connection-14"): short, per engine, never reused
 * while the engine runs, so an id in an old capture never points at a newer object.
 */
export type IdKind = 'server' | 'client' | 'connection';

export type IdSource = (kind: IdKind) => string;

export function createIdSource(): IdSource {
  const counters: Record<IdKind, number> = { server: 0, client: 0, connection: 0 };
  return (kind) => {
    counters[kind] += 1;
    return `${kind}-${counters[kind]}`;
  };
}
