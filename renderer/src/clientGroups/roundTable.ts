/**
 * The capture, regrouped as rounds × members: what each server answered to each message. A
 * round's answer on a conversation is what arrived after that round's `data-out` on it and
 * before the next message the group sent on it, so a late answer stays with the message it
 * answers; when no later message went to that server (round-robin), the next rounds show "—".
 */
import type {
  ClosedEvent,
  DataEvent,
  ErrorEvent,
  HalfClosedEvent,
  PuertoError,
  PuertoEvent,
  Side,
} from '../../../shared/contract';
import { CELL_BYTES_LIMIT } from './groupTypes';
import type { GroupRound, RoundDelivery } from './groupTypes';

/**
 * `not-sent`: this round went to other members. `failed`: the send was refused, or the
 * conversation reported an error before any answer. `closed`: it closed (or the server sent
 * its FIN) without answering.
 */
export type AnswerState = 'not-sent' | 'failed' | 'waiting' | 'answered' | 'closed';

export interface AnswerCell {
  state: AnswerState;
  /** What arrived, joined in order; at most `CELL_BYTES_LIMIT` bytes of it. */
  payload: Uint8Array;
  /** Exact bytes received, even when `payload` was cut. */
  bytes: number;
  /** How many reads (TCP) or datagrams (UDP) carried them. */
  messages: number;
  /** Milliseconds from the message leaving to the first byte of the answer. */
  firstByteMs?: number;
  closedBy?: ClosedEvent['by'];
  /** Who sent a FIN in this window (TCP): `remote` means the server will send nothing more. */
  halfClosedBy?: Side;
  error?: PuertoError;
}

export interface RoundRow {
  number: number;
  /** One per member, in the order the members were given. */
  cells: AnswerCell[];
}

export type ConversationEvent = DataEvent | ClosedEvent | HalfClosedEvent | ErrorEvent;

export function isConversationEvent(event: PuertoEvent): event is ConversationEvent {
  return (
    event.kind === 'data-in' ||
    event.kind === 'data-out' ||
    event.kind === 'closed' ||
    event.kind === 'half-closed' ||
    event.kind === 'error'
  );
}

/** Events are sorted by `seq`: the index of the first one after `seq`. */
export function firstIndexAfter(events: readonly PuertoEvent[], seq: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((events[middle]?.seq ?? Infinity) <= seq) low = middle + 1;
    else high = middle;
  }
  return low;
}

export const NOT_SENT: AnswerCell = {
  state: 'not-sent',
  payload: new Uint8Array(0),
  bytes: 0,
  messages: 0,
};

/** The events of every conversation the rounds used, by connection id, in `seq` order. */
function collectConversations(
  rounds: readonly GroupRound[],
  events: readonly PuertoEvent[],
): Map<string, { deliveries: RoundDelivery[]; events: ConversationEvent[] }> {
  const conversations = new Map<
    string,
    { deliveries: RoundDelivery[]; events: ConversationEvent[] }
  >();
  let earliest = Infinity;
  for (const round of rounds) {
    for (const delivery of round.deliveries) {
      if (delivery.error !== undefined) continue;
      const known = conversations.get(delivery.connectionId);
      if (known === undefined) {
        conversations.set(delivery.connectionId, { deliveries: [delivery], events: [] });
      } else {
        known.deliveries.push(delivery);
      }
      earliest = Math.min(earliest, delivery.knownSeq);
    }
  }
  if (conversations.size === 0) return conversations;
  for (let index = firstIndexAfter(events, earliest); index < events.length; index++) {
    const event = events[index];
    if (event === undefined || event.connectionId === undefined) continue;
    if (isConversationEvent(event)) conversations.get(event.connectionId)?.events.push(event);
  }
  return conversations;
}

/**
 * Each delivery's own `data-out`: the first one on its conversation after both what the window
 * had seen when it was sent and the previous delivery's, so an earlier send from the composer
 * is never taken for it. Missing while the batch carrying it has not arrived yet.
 */
function findAnchors(
  deliveries: readonly RoundDelivery[],
  events: readonly ConversationEvent[],
): (DataEvent | undefined)[] {
  const anchors: (DataEvent | undefined)[] = [];
  let after = -Infinity;
  for (const delivery of deliveries) {
    const floor = Math.max(delivery.knownSeq, after);
    const anchor = events.find(
      (event): event is DataEvent => event.kind === 'data-out' && event.seq > floor,
    );
    anchors.push(anchor);
    if (anchor === undefined) break;
    after = anchor.seq;
  }
  return anchors;
}

/**
 * What one conversation received between two sequence numbers (both excluded), timed from
 * `since` (the message leaving, or the connection opening).
 */
export function answerBetween(
  events: readonly ConversationEvent[],
  afterSeq: number,
  endSeq: number,
  since: number,
): AnswerCell {
  const chunks: Uint8Array[] = [];
  let kept = 0;
  const cell: AnswerCell = { state: 'waiting', payload: new Uint8Array(0), bytes: 0, messages: 0 };
  for (const event of events) {
    if (event.seq <= afterSeq || event.seq >= endSeq) continue;
    if (event.kind === 'data-in') {
      cell.firstByteMs ??= event.time - since;
      cell.bytes += event.bytes;
      cell.messages += 1;
      const room = CELL_BYTES_LIMIT - kept;
      if (room > 0) chunks.push(event.payload.subarray(0, room));
      kept += Math.min(room, event.payload.byteLength);
    } else if (event.kind === 'closed') {
      cell.closedBy = event.by;
    } else if (event.kind === 'half-closed') {
      cell.halfClosedBy ??= event.by;
    } else if (event.kind === 'error') {
      cell.error ??= event.error;
    }
  }
  cell.payload = joinChunks(chunks, kept);
  if (cell.messages > 0) cell.state = 'answered';
  else if (cell.error !== undefined) cell.state = 'failed';
  else if (cell.closedBy !== undefined || cell.halfClosedBy === 'remote') cell.state = 'closed';
  return cell;
}

function joinChunks(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}

/** The table: one row per round, one cell per member key (in the order given). */
export function buildRoundTable(
  rounds: readonly GroupRound[],
  memberKeys: readonly string[],
  events: readonly PuertoEvent[],
): RoundRow[] {
  const cells = new Map<RoundDelivery, AnswerCell>();
  for (const conversation of collectConversations(rounds, events).values()) {
    const anchors = findAnchors(conversation.deliveries, conversation.events);
    conversation.deliveries.forEach((delivery, index) => {
      const anchor = anchors[index];
      const endSeq = anchors[index + 1]?.seq ?? Infinity;
      cells.set(
        delivery,
        anchor === undefined
          ? { state: 'waiting', payload: new Uint8Array(0), bytes: 0, messages: 0 }
          : answerBetween(conversation.events, anchor.seq, endSeq, anchor.time),
      );
    });
  }
  return rounds.map((round) => ({
    number: round.number,
    cells: memberKeys.map((key) => {
      const delivery = round.deliveries.find((candidate) => candidate.memberKey === key);
      if (delivery === undefined) return NOT_SENT;
      if (delivery.error !== undefined) {
        return { ...NOT_SENT, state: 'failed' as const, error: delivery.error };
      }
      return cells.get(delivery) ?? NOT_SENT;
    }),
  }));
}
