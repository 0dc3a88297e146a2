/** Where each member of a group stands: never opened, opening, open, closed or failed. */
import type {
  ClientInfo,
  ClientStatus,
  ConnectionInfo,
  PuertoError,
} from '../../../shared/contract';
import type { GroupMember } from './groupTypes';

/** What the group asked of the engine for one member, and what came back. */
export type MemberLink =
  | { kind: 'opening' }
  /** `sinceSeq`: the last event seen before it was opened; its own events all come after. */
  | { kind: 'opened'; client: ClientInfo; sinceSeq: number }
  | { kind: 'failed'; error: PuertoError };

/** `idle`: not opened yet. `failed`: the client could not open (refused, timed out…). */
export type MemberStatus = 'idle' | 'opening' | 'failed' | ClientStatus;

export interface MemberView extends GroupMember {
  status: MemberStatus;
  client?: ClientInfo;
  /** Why it failed to open, or the error its client met later. */
  error?: PuertoError;
  /** It has a conversation open that the server may still answer on. */
  sendable: boolean;
  /**
   * Nothing useful is open: never opened, failed, closed, or the server sent its FIN (TCP
   * daytime answers and closes its side at once) and will answer nothing more.
   */
  needsOpening: boolean;
}

const FINISHED: readonly MemberStatus[] = ['idle', 'failed', 'closed', 'error'];

/** Something Close must close: a client not closed yet, or one still opening. */
export function holdsClient(view: MemberView): boolean {
  return (
    view.status === 'opening' || (view.client !== undefined && !FINISHED.includes(view.status))
  );
}

/** The group's Open button opens these (again). */
export function needsOpening(view: MemberView): boolean {
  return view.needsOpening;
}

/**
 * The engine's state is the truth about a client once a batch carries it; until then, the
 * snapshot `openClient` answered with. The engine keeps finished clients listed for a long
 * while, so a member's client seldom vanishes from it before its closing is seen.
 */
export function describeMember(
  member: GroupMember,
  link: MemberLink | undefined,
  clients: readonly ClientInfo[],
  connections: readonly ConnectionInfo[],
): MemberView {
  if (link === undefined) {
    return { ...member, status: 'idle', sendable: false, needsOpening: true };
  }
  if (link.kind === 'opening') {
    return { ...member, status: 'opening', sendable: false, needsOpening: false };
  }
  if (link.kind === 'failed') {
    return { ...member, status: 'failed', error: link.error, sendable: false, needsOpening: true };
  }
  const client = clients.find((candidate) => candidate.id === link.client.id) ?? link.client;
  const connection = connections.find((candidate) => candidate.id === client.connectionId);
  // TCP would still carry bytes to a server that sent its FIN, but no answer can come back:
  // the group skips it rather than leave a round waiting forever.
  const serverFinished = connection?.remoteEnded === true;
  return {
    ...member,
    status: client.status,
    client,
    ...(client.error === undefined ? {} : { error: client.error }),
    sendable: client.status === 'open' && !serverFinished,
    needsOpening: FINISHED.includes(client.status) || serverFinished,
  };
}
