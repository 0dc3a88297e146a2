/**
 * Every error that crosses a boundary (engine → main → renderer, engine → CLI) carries one of
 * these codes. Raw Node errors never cross: `electron/engine/errors.ts` maps errno values here,
 * and `shared/i18n` explains each code to a student in Spanish and English.
 */
export const ERROR_CODES = [
  'PORT_IN_USE',
  'PERMISSION_DENIED',
  'ADDRESS_NOT_AVAILABLE',
  'CONNECTION_REFUSED',
  /** UDP: the other machine answered a datagram with ICMP "port unreachable" (RFC 792, RFC 1122 §4.1.3.3). */
  'PORT_UNREACHABLE',
  'HOST_UNREACHABLE',
  'NETWORK_UNREACHABLE',
  'HOST_NOT_FOUND',
  /** The name server could not be reached or did not answer: the name may well exist. */
  'DNS_UNAVAILABLE',
  'TIMED_OUT',
  'CONNECTION_RESET',
  'CONNECTION_CLOSED',
  /** An iterative server's listen queue was full: the newest waiting client was turned away. */
  'QUEUE_FULL',
  /** A server already had as many connections as its limit (`maxConnections`): the new one was reset. */
  'CONNECTION_LIMIT',
  'MESSAGE_TOO_LARGE',
  /** A client took longer than the server's header timeout to send a request head (slowloris). */
  'HEADER_TIMEOUT',
  /** A request head larger than the server accepts: answered 431 (RFC 6585 §5). */
  'HEADER_TOO_LARGE',
  /** A client sent more commands than the server holds without it reading the replies. */
  'TOO_MANY_COMMANDS',
  /**
   * A DNS message beyond what the server reads (a pointer loop, a name over 255 bytes, too many
   * records): dropped unanswered. `details.refusal` says which, `details.reason` explains it.
   */
  'DNS_MESSAGE_REFUSED',
  /** An SNMP message beyond the agent's reading limits (nesting, values, bindings): dropped. */
  'SNMP_MESSAGE_REFUSED',
  /** A reset was asked while this side's FIN was still queued: the connection was closed instead. */
  'RESET_NOT_SENT',
  'INVALID_INPUT',
  'NOT_FOUND',
  'UNAUTHORIZED',
  'INTERNAL',
  'WORKSPACE_UNREADABLE',
  'WORKSPACE_NOT_SAVED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values an explanation may interpolate: `{port}`, `{proto}`, `{field}`… */
export type ErrorDetails = Record<string, string | number | boolean>;

export interface PuertoError {
  code: ErrorCode;
  /** English one-liner for logs; user-facing text comes from i18n by `code` and `details`. */
  message: string;
  details: ErrorDetails;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: PuertoError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details: ErrorDetails = {}): Result<never> {
  return { ok: false, error: { code, message, details } };
}

export function isPuertoError(value: unknown): value is PuertoError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<PuertoError>;
  return (
    typeof candidate.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(candidate.code) &&
    typeof candidate.message === 'string' &&
    typeof candidate.details === 'object'
  );
}
