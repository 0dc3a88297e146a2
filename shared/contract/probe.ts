/**
 * "Can my partner reach me?": one attempt to reach a server, told apart the way a student needs
 * it. TCP: a connection that opens (reachable), an immediate RST (refused: nothing listens on
 * that port), or silence until the timeout (timed out: a firewall dropped the packets, or the
 * address is wrong). UDP has no handshake: an answer means reachable, an ICMP "port
 * unreachable" means refused, and silence cannot be told apart from a server that never answers.
 */
import type { PuertoError } from './errors';
import type { Protocol } from './model';

export const PROBE_OUTCOMES = [
  'reachable',
  'refused',
  'timed-out',
  'unreachable',
  'no-answer',
] as const;

/**
 * - reachable: the server answered (TCP handshake done; UDP datagram came back)
 * - refused: the machine answered that nothing listens on that port
 * - timed-out: no answer at all before the timeout (TCP): typically a firewall
 * - unreachable: the address cannot be reached or the name does not exist (wrong address,
 *   no route, DNS failure); `error` says which
 * - no-answer: UDP only, nothing came back; a firewall or a server that does not reply
 */
export type ProbeOutcome = (typeof PROBE_OUTCOMES)[number];

export interface ProbeResult {
  protocol: Protocol;
  /** As asked (a name or an address). */
  host: string;
  /** The address really tried, when the name resolved. */
  address?: string;
  port: number;
  outcome: ProbeOutcome;
  /** How long until the outcome was known. */
  elapsedMs: number;
  /** For refused, timed-out and unreachable: the error with its explanation. */
  error?: PuertoError;
}

/** The probe's default wait: long enough for a busy LAN, short enough for a student to wait. */
export const DEFAULT_PROBE_TIMEOUT_MS = 3_000;
