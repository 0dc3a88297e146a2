/**
 * Everything a held browser tab has not received yet, folded into what one batch can say: the
 * latest state, the net effect of every change (each item's latest info, or its removal,
 * whichever came last), the evictions summed, the latest capture and system info, and the
 * events dropped as one `missed` range. Applying the folded batch leaves the tab exactly where
 * applying every held batch in order would have (issue 10, "no silent loss"), minus the events,
 * which the tab can fetch from the capture or report.
 */
import type {
  CaptureStats,
  ClientInfo,
  ConnectionInfo,
  EngineState,
  EventBatch,
  MissedEvents,
  PuertoEvent,
  ServerInfo,
  StateChanges,
  SystemInfo,
} from '../../shared/contract';

/** The net change to one list: upserts keep the order in which each id first appeared. */
class NetChanges<T extends { id: string }> {
  private readonly upserts = new Map<string, T>();
  private readonly removed = new Set<string>();

  get isEmpty(): boolean {
    return this.upserts.size === 0 && this.removed.size === 0;
  }

  upsert(item: T): void {
    this.removed.delete(item.id);
    this.upserts.set(item.id, item);
  }

  remove(id: string): void {
    this.upserts.delete(id);
    this.removed.add(id);
  }

  items(): T[] {
    return [...this.upserts.values()];
  }

  removedIds(): string[] {
    return [...this.removed];
  }

  clear(): void {
    this.upserts.clear();
    this.removed.clear();
  }
}

function widen(missed: MissedEvents | undefined, more: MissedEvents): MissedEvents {
  if (missed === undefined) return { ...more };
  return {
    fromSeq: Math.min(missed.fromSeq, more.fromSeq),
    toSeq: Math.max(missed.toSeq, more.toSeq),
    count: missed.count + more.count,
  };
}

function rangeOf(events: readonly PuertoEvent[]): MissedEvents | undefined {
  if (events.length === 0) return undefined;
  let fromSeq = Infinity;
  let toSeq = -Infinity;
  for (const event of events) {
    if (event.seq < fromSeq) fromSeq = event.seq;
    if (event.seq > toSeq) toSeq = event.seq;
  }
  return { fromSeq, toSeq, count: events.length };
}

export class PendingBatch {
  private state: EngineState | undefined;
  private readonly servers = new NetChanges<ServerInfo>();
  private readonly clients = new NetChanges<ClientInfo>();
  private readonly connections = new NetChanges<ConnectionInfo>();
  private evicted = 0;
  private capture: CaptureStats | undefined;
  private system: SystemInfo | undefined;
  private missed: MissedEvents | undefined;
  private holding = false;

  get isEmpty(): boolean {
    return !this.holding;
  }

  /** Keeps what `batch` says about the state; its events are dropped and counted as missed. */
  hold(batch: EventBatch): void {
    this.fold(batch);
    const dropped = rangeOf(batch.events);
    if (dropped !== undefined) this.missed = widen(this.missed, dropped);
    this.holding = true;
  }

  /**
   * The one batch to send now: everything held, with `next` applied on top and its events
   * sent. Without anything held, `next` goes out as it is.
   */
  release(next: EventBatch): EventBatch {
    if (!this.holding) return next;
    this.fold(next);
    const batch: EventBatch = { events: next.events, evicted: this.evicted };
    if (this.state !== undefined) batch.state = this.state;
    const changes = this.netChanges();
    if (changes !== undefined) batch.changes = changes;
    if (this.capture !== undefined) batch.capture = this.capture;
    if (this.missed !== undefined) batch.missed = this.missed;
    if (this.system !== undefined) batch.system = this.system;
    this.reset();
    return batch;
  }

  private fold(batch: EventBatch): void {
    if (batch.state !== undefined) {
      // A whole state replaces everything the tab had, so changes before it no longer matter.
      this.state = batch.state;
      this.clearChanges();
    }
    if (batch.changes !== undefined) this.foldChanges(batch.changes);
    this.evicted += batch.evicted;
    if (batch.capture !== undefined) this.capture = batch.capture;
    if (batch.system !== undefined) this.system = batch.system;
    if (batch.missed !== undefined) this.missed = widen(this.missed, batch.missed);
  }

  /** Within one batch, upserts come before removals, as the renderer applies them. */
  private foldChanges(changes: StateChanges): void {
    for (const server of changes.servers) this.servers.upsert(server);
    for (const client of changes.clients) this.clients.upsert(client);
    for (const connection of changes.connections) this.connections.upsert(connection);
    for (const id of changes.removed.servers) this.servers.remove(id);
    for (const id of changes.removed.clients) this.clients.remove(id);
    for (const id of changes.removed.connections) this.connections.remove(id);
  }

  private netChanges(): StateChanges | undefined {
    if (this.servers.isEmpty && this.clients.isEmpty && this.connections.isEmpty) return undefined;
    return {
      servers: this.servers.items(),
      clients: this.clients.items(),
      connections: this.connections.items(),
      removed: {
        servers: this.servers.removedIds(),
        clients: this.clients.removedIds(),
        connections: this.connections.removedIds(),
      },
    };
  }

  private clearChanges(): void {
    this.servers.clear();
    this.clients.clear();
    this.connections.clear();
  }

  private reset(): void {
    this.state = undefined;
    this.clearChanges();
    this.evicted = 0;
    this.capture = undefined;
    this.system = undefined;
    this.missed = undefined;
    this.holding = false;
  }
}
