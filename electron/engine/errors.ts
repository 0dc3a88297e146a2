/**
 * The one place raw Node errors become PuertoErrors. Every code maps to an explanation in
 * shared/i18n (errors.<CODE>), and `details` fills that explanation's placeholders.
 */
import type { ErrorCode, ErrorDetails, PuertoError } from '../../shared/contract/errors';
import { isPuertoError } from '../../shared/contract/errors';
import type { Protocol } from '../../shared/contract/model';
import { suggestLabPort } from '../../shared/catalogue/labPorts';

export class EngineError extends Error {
  readonly error: PuertoError;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'EngineError';
    this.error = { code, message, details };
  }

  static from(error: PuertoError): EngineError {
    return new EngineError(error.code, error.message, error.details);
  }
}

/** What the caller knew when the error happened; fills what the Node error does not say. */
export interface ErrorContext {
  proto?: Protocol;
  address?: string;
  port?: number;
  host?: string;
  timeoutMs?: number;
  bytes?: number;
  limit?: number;
}

const ERRNO_TO_CODE: Readonly<Record<string, ErrorCode>> = {
  EADDRINUSE: 'PORT_IN_USE',
  EACCES: 'PERMISSION_DENIED',
  EPERM: 'PERMISSION_DENIED',
  EADDRNOTAVAIL: 'ADDRESS_NOT_AVAILABLE',
  ECONNREFUSED: 'CONNECTION_REFUSED',
  EHOSTUNREACH: 'HOST_UNREACHABLE',
  EHOSTDOWN: 'HOST_UNREACHABLE',
  ENETUNREACH: 'NETWORK_UNREACHABLE',
  ENETDOWN: 'NETWORK_UNREACHABLE',
  ENOTFOUND: 'HOST_NOT_FOUND',
  EAI_NONAME: 'HOST_NOT_FOUND',
  EAI_NODATA: 'HOST_NOT_FOUND',
  ENODATA: 'HOST_NOT_FOUND',
  // getaddrinfo's "try again" and "non-recoverable failure": the name server did not answer.
  EAI_AGAIN: 'DNS_UNAVAILABLE',
  EAI_FAIL: 'DNS_UNAVAILABLE',
  ESERVFAIL: 'DNS_UNAVAILABLE',
  ETIMEOUT: 'DNS_UNAVAILABLE',
  ETIMEDOUT: 'TIMED_OUT',
  ECONNRESET: 'CONNECTION_RESET',
  ECONNABORTED: 'CONNECTION_RESET',
  EPIPE: 'CONNECTION_CLOSED',
  ERR_STREAM_WRITE_AFTER_END: 'CONNECTION_CLOSED',
  ERR_STREAM_DESTROYED: 'CONNECTION_CLOSED',
  ERR_SOCKET_DGRAM_NOT_RUNNING: 'CONNECTION_CLOSED',
  EMSGSIZE: 'MESSAGE_TOO_LARGE',
};

export function errorCodeFor(errno: string | undefined): ErrorCode {
  return errno !== undefined && Object.hasOwn(ERRNO_TO_CODE, errno)
    ? (ERRNO_TO_CODE[errno] as ErrorCode)
    : 'INTERNAL';
}

/** Node names the resolver call in `syscall`: getaddrinfo (lookup) or queryA, queryAaaa… (c-ares). */
function isNameLookup(syscall: unknown): boolean {
  return typeof syscall === 'string' && (syscall === 'getaddrinfo' || syscall.startsWith('query'));
}

/**
 * The same errno means different things by where it came from: a refused or timed-out name
 * lookup is a name server that did not answer, not a refused connection; a refusal on UDP is
 * an ICMP "port unreachable" answering a datagram, since UDP has no connection to refuse.
 */
function codeInContext(
  errno: string | undefined,
  cause: NodeErrorFields,
  proto?: Protocol,
): ErrorCode {
  const code = errorCodeFor(errno);
  if (isNameLookup(cause.syscall) && code !== 'HOST_NOT_FOUND') return 'DNS_UNAVAILABLE';
  if (code === 'CONNECTION_REFUSED' && proto === 'udp') return 'PORT_UNREACHABLE';
  return code;
}

interface NodeErrorFields {
  code?: unknown;
  syscall?: unknown;
  address?: unknown;
  port?: unknown;
  hostname?: unknown;
  errors?: unknown;
}

/** Node 20 reports a failed happy-eyeballs connect as an AggregateError of the attempts. */
function errnoOf(cause: NodeErrorFields): string | undefined {
  if (typeof cause.code === 'string') return cause.code;
  if (Array.isArray(cause.errors)) {
    for (const inner of cause.errors as NodeErrorFields[]) {
      const code = typeof inner === 'object' && inner !== null ? errnoOf(inner) : undefined;
      if (code !== undefined) return code;
    }
  }
  return undefined;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function numberField(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function buildDetails(
  code: ErrorCode,
  cause: NodeErrorFields,
  context: ErrorContext,
  message: string,
): ErrorDetails {
  const details: ErrorDetails = {};
  const put = (key: string, value: string | number | undefined): void => {
    if (value !== undefined) details[key] = value;
  };
  if (context.proto !== undefined) {
    put('proto', context.proto.toUpperCase());
    put('otherProto', context.proto === 'tcp' ? 'UDP' : 'TCP');
  }
  const port = context.port ?? numberField(cause.port);
  put('port', port);
  if (port !== undefined) put('suggestion', suggestLabPort(port));
  const host = context.host ?? stringField(cause.hostname);
  put('address', context.address ?? stringField(cause.address) ?? host);
  put('host', host ?? context.address ?? stringField(cause.address));
  if (context.timeoutMs !== undefined) put('seconds', Math.round(context.timeoutMs / 100) / 10);
  put('bytes', context.bytes);
  put('limit', context.limit);
  if (code === 'INTERNAL') put('reason', message);
  return details;
}

/** Turns anything thrown or emitted into a PuertoError; unknown causes become INTERNAL. */
export function toPuertoError(cause: unknown, context: ErrorContext = {}): PuertoError {
  if (cause instanceof EngineError) return cause.error;
  if (isPuertoError(cause)) return cause;
  const fields: NodeErrorFields = typeof cause === 'object' && cause !== null ? cause : {};
  const message = cause instanceof Error ? cause.message : String(cause);
  const code = codeInContext(errnoOf(fields), fields, context.proto);
  return { code, message, details: buildDetails(code, fields, context, message) };
}
