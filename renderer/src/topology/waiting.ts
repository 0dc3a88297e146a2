/**
 * The clients an iterative server keeps in its listen queue (slide "one client at a time"):
 * connected by the system, not yet accepted, so the engine lists them on the server instead of
 * as conversations. Ours are already drawn as clients; the others become waiting peers.
 */
import type { Endpoint, ServerInfo } from '../../../shared/contract';
import { isQueuedClient } from './matching';
import type { ClientPlan, Visible } from './visibleItems';

export interface QueuedPeer {
  remote: Endpoint;
  /** 1 for the client served next. */
  position: number;
}

export interface WaitingPlan {
  drawn: QueuedPeer[];
  hidden: number;
}

export interface WaitingPlans {
  byServer: Map<string, WaitingPlan>;
  /** Queue places of this machine's own clients that wait, by client id. */
  clientPositions: Map<string, number>;
}

/** Our client waiting in `server`'s queue: it reaches that server, which has not accepted it. */
function queuedClient(server: ServerInfo, queued: Endpoint, clients: ClientPlan[]) {
  return clients.find(
    (plan) =>
      plan.ownServer?.id === server.id &&
      plan.mirror === undefined &&
      plan.connection !== undefined &&
      isQueuedClient(queued, plan.connection.item),
  );
}

/** Oldest first, as the queue serves them; beyond `cap`, one slot becomes "+N more waiting". */
function capQueue(peers: QueuedPeer[], cap: number): WaitingPlan {
  if (peers.length <= cap) return { drawn: peers, hidden: 0 };
  const keep = Math.max(0, cap - 1);
  return { drawn: peers.slice(0, keep), hidden: peers.length - keep };
}

export function planWaiting(
  servers: Visible<ServerInfo>[],
  clients: ClientPlan[],
  cap: number,
): WaitingPlans {
  const byServer = new Map<string, WaitingPlan>();
  const clientPositions = new Map<string, number>();
  for (const { item: server } of servers) {
    if (server.waiting.length === 0) continue;
    const strangers: QueuedPeer[] = [];
    server.waiting.forEach((remote, index) => {
      const position = index + 1;
      const ours = queuedClient(server, remote, clients);
      if (ours !== undefined) clientPositions.set(ours.client.item.id, position);
      else strangers.push({ remote, position });
    });
    if (strangers.length > 0) byServer.set(server.id, capQueue(strangers, cap));
  }
  return { byServer, clientPositions };
}

/** Slots a server's queue takes below its peers. */
export const waitingSlots = (plan: WaitingPlan | undefined): number =>
  plan === undefined ? 0 : plan.drawn.length + (plan.hidden > 0 ? 1 : 0);
