/**
 * The vocabulary of a client group: one client talking to several servers (the lecture's
 * "a client can contact several servers"), the same message sent to each in turn or to all at
 * once, and the answers kept round by round so the servers can be compared.
 */
import type { Protocol, PuertoError } from '../../../shared/contract';

/**
 * `round-robin`: each send goes to the next member in turn, the usual way to share load among
 * servers. `simultaneous`: each send goes to every member at once, to compare their answers.
 */
export type GroupMode = 'round-robin' | 'simultaneous';
export const GROUP_MODES: readonly GroupMode[] = ['round-robin', 'simultaneous'];
/** i18n keys hold no hyphen comfortably, so each mode has a plain key name. */
export const MODE_KEYS: Readonly<Record<GroupMode, string>> = {
  'round-robin': 'roundRobin',
  simultaneous: 'simultaneous',
};

/** Fewer than two is just a client; more than eight no longer fits side by side. */
export const MIN_GROUP_MEMBERS = 2;
export const MAX_GROUP_MEMBERS = 8;
/** Rounds kept in the table: older ones go first, so a long session stays light. */
export const ROUND_LIMIT = 50;
/** Bytes of one member's answer kept for one round's cell (the byte count stays exact). */
export const CELL_BYTES_LIMIT = 4096;

export interface GroupTarget {
  protocol: Protocol;
  host: string;
  port: number;
}

export interface GroupMember extends GroupTarget {
  /** Stable while the member is in the group; engine ids change each time it is opened. */
  key: string;
}

/** One member's part in a round: the conversation the message went out on. */
export interface RoundDelivery {
  memberKey: string;
  connectionId: string;
  /**
   * The highest sequence number the window had seen when the round was sent: the round's
   * `data-out` on this conversation comes after it, never before.
   */
  knownSeq: number;
  /** Set when the engine refused the send (the connection had closed, for instance). */
  error?: PuertoError;
}

export interface GroupRound {
  /** 1, 2, 3… in the order the student sent them. */
  number: number;
  deliveries: RoundDelivery[];
}
