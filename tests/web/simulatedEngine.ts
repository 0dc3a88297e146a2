/**
 * An engine's batch stream without sockets: connections open, change and close at random (from
 * a seed), and each batch says what changed, as the engine does for a subscriber after its
 * first batch. `TabView` applies batches the way the renderer does, so a test can compare what
 * a tab ends up showing with what the engine holds.
 */
import type {
  ConnectionInfo,
  EngineState,
  EventBatch,
  PuertoEvent,
  ServerInfo,
} from '../../shared/contract';

/** A small deterministic generator (mulberry32), so a failure repeats with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function connection(id: string, bytesIn = 0): ConnectionInfo {
  return {
    id,
    protocol: 'tcp',
    role: 'server',
    serverId: 'server-1',
    local: { address: '127.0.0.1', port: 7 },
    remote: { address: '127.0.0.1', port: 40_000 },
    status: 'open',
    localEnded: false,
    remoteEnded: false,
    flow: 'flowing',
    openedAt: 1,
    counters: { bytesIn, bytesOut: 0, messagesIn: 0, messagesOut: 0 },
  };
}

export function server(id: string, port: number): ServerInfo {
  return {
    id,
    protocol: 'tcp',
    requestedPort: port,
    port,
    bind: { mode: 'all' },
    local: { address: '::', port },
    behaviour: { name: 'echo' },
    status: 'listening',
    startedAt: 1,
    counters: { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 },
    activeConnections: 0,
    totalConnections: 0,
    concurrency: 'concurrent',
    waiting: [],
  };
}

export function dataEvent(seq: number, connectionId: string, size = 2): PuertoEvent {
  const payload = new Uint8Array(size).fill(seq % 256);
  return {
    kind: 'data-in',
    seq,
    time: seq,
    proto: 'tcp',
    connectionId,
    bytes: size,
    payload,
    truncated: false,
  };
}

export class SimulatedEngine {
  readonly connections = new Map<string, ConnectionInfo>();
  readonly servers = new Map<string, ServerInfo>([['server-1', server('server-1', 7)]]);
  produced = 0;
  private nextConnection = 1;
  private nextSeq = 1;

  /** `payloadBytes`: the size of each data event, large to fill a socket's buffers quickly. */
  constructor(
    private readonly random: () => number,
    private readonly payloadBytes = 2,
  ) {}

  state(): EngineState {
    return {
      servers: [...this.servers.values()],
      clients: [],
      connections: [...this.connections.values()],
    };
  }

  firstBatch(): EventBatch {
    return { events: [], evicted: 0, state: this.state() };
  }

  /** Some connections open, some receive data (their counters change), some go away. */
  nextBatch(): EventBatch {
    const upserts = new Map<string, ConnectionInfo>();
    const removed: string[] = [];
    const events: PuertoEvent[] = [];
    const steps = 1 + Math.floor(this.random() * 6);
    for (let step = 0; step < steps; step++) {
      const roll = this.random();
      const ids = [...this.connections.keys()];
      if (roll < 0.35 || ids.length === 0) {
        const opened = connection(`connection-${this.nextConnection++}`);
        this.connections.set(opened.id, opened);
        upserts.set(opened.id, opened);
      } else if (roll < 0.8) {
        const id = ids[Math.floor(this.random() * ids.length)] as string;
        const before = this.connections.get(id) as ConnectionInfo;
        const after = connection(id, before.counters.bytesIn + 2);
        this.connections.set(id, after);
        upserts.set(id, after);
        events.push(dataEvent(this.nextSeq++, id, this.payloadBytes));
      } else {
        const id = ids[Math.floor(this.random() * ids.length)] as string;
        this.connections.delete(id);
        upserts.delete(id);
        removed.push(id);
      }
    }
    this.produced += events.length;
    return {
      events,
      evicted: 0,
      changes: {
        servers: [],
        clients: [],
        connections: [...upserts.values()],
        removed: { servers: [], clients: [], connections: removed },
      },
    };
  }
}

/** What a tab shows after applying batches in order: upserts first, then removals. */
export class TabView {
  connections = new Map<string, ConnectionInfo>();
  servers = new Map<string, ServerInfo>();
  readonly seqs: number[] = [];
  missedCount = 0;
  readonly missedSeqs = new Set<number>();

  apply(batch: EventBatch): void {
    if (batch.state !== undefined) {
      this.connections = new Map(batch.state.connections.map((item) => [item.id, item]));
      this.servers = new Map(batch.state.servers.map((item) => [item.id, item]));
    }
    if (batch.changes !== undefined) {
      for (const item of batch.changes.connections) this.connections.set(item.id, item);
      for (const item of batch.changes.servers) this.servers.set(item.id, item);
      for (const id of batch.changes.removed.connections) this.connections.delete(id);
      for (const id of batch.changes.removed.servers) this.servers.delete(id);
    }
    if (batch.missed !== undefined) {
      this.missedCount += batch.missed.count;
      for (let seq = batch.missed.fromSeq; seq <= batch.missed.toSeq; seq++) {
        this.missedSeqs.add(seq);
      }
    }
    for (const event of batch.events) this.seqs.push(event.seq);
  }
}
