/**
 * Opening a TCP connection the way a student's client does: resolve the name, then try each
 * address (IPv4 first, since lab networks are IPv4) until one accepts, all within one timeout.
 * A refusal moves on to the next address; a timeout ends the attempt.
 */
import { promises as dns } from 'node:dns';
import net from 'node:net';
import type { Socket, TcpNetConnectOpts } from 'node:net';
import { familyOf } from './endpoint';

export interface TcpConnectOptions {
  host: string;
  port: number;
  localPort?: number;
  timeoutMs: number;
  signal: AbortSignal;
  /** Called before each attempt, with the address about to be contacted. */
  onAttempt: (address: string) => void;
  /** Opens the socket; `net.connect` unless a test needs a peer that never answers. */
  connect?: (options: TcpNetConnectOpts) => Socket;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

function timeoutError(host: string, port: number, timeoutMs: number): Error {
  return Object.assign(new Error(`no answer from ${host}:${port} within ${timeoutMs} ms`), {
    code: 'ETIMEDOUT',
    address: host,
    port,
  });
}

function abortError(): Error {
  return Object.assign(new Error('the client was closed before it connected'), {
    name: 'AbortError',
  });
}

/** The system's `getaddrinfo`; tests pass their own, since they never ask the system's DNS. */
export type LookupAll = (
  host: string,
  options: { all: true; order: 'ipv4first' },
) => Promise<{ address: string; family: number }[]>;

export async function resolveHost(
  host: string,
  timeoutMs: number,
  lookup: LookupAll = dns.lookup,
): Promise<ResolvedAddress[]> {
  if (net.isIP(host) !== 0) return [{ address: host, family: familyOf(host) === 'IPv6' ? 6 : 4 }];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    // A name server that never answers: getaddrinfo's "try again", not a name that is missing.
    const slowLookup = Object.assign(new Error(`looking up ${host} took too long`), {
      code: 'EAI_AGAIN',
      hostname: host,
    });
    timer = setTimeout(() => reject(slowLookup), timeoutMs);
  });
  try {
    const found = await Promise.race([lookup(host, { all: true, order: 'ipv4first' }), deadline]);
    return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
  } finally {
    clearTimeout(timer);
  }
}

const NEXT_ADDRESS_ERRNOS = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'EAFNOSUPPORT',
]);

function attempt(
  target: ResolvedAddress,
  options: TcpConnectOptions,
  timeoutMs: number,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = (options.connect ?? net.connect)({
      host: target.address,
      port: options.port,
      family: target.family,
      allowHalfOpen: true,
      ...(options.localPort !== undefined ? { localPort: options.localPort } : {}),
    });
    const settle = (error: Error | undefined): void => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      socket.off('error', onError);
      socket.off('connect', onConnect);
      if (error === undefined) {
        resolve(socket);
        return;
      }
      socket.destroy();
      reject(error);
    };
    const onConnect = (): void => settle(undefined);
    const onError = (error: Error): void => settle(error);
    const onAbort = (): void => settle(abortError());
    const timer = setTimeout(
      () => settle(timeoutError(target.address, options.port, timeoutMs)),
      timeoutMs,
    );
    socket.once('connect', onConnect);
    socket.once('error', onError);
    options.signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves with a connected socket, or rejects with the last attempt's error. */
export async function connectTcp(options: TcpConnectOptions): Promise<Socket> {
  const deadline = performance.now() + options.timeoutMs;
  const targets = await resolveHost(options.host, options.timeoutMs);
  let lastError: Error = timeoutError(options.host, options.port, options.timeoutMs);
  for (const target of targets) {
    if (options.signal.aborted) throw abortError();
    const remaining = Math.round(deadline - performance.now());
    if (remaining <= 0) break;
    options.onAttempt(target.address);
    try {
      return await attempt(target, options, remaining);
    } catch (error) {
      lastError = error as Error;
      const errno = (error as { code?: unknown }).code;
      if (typeof errno !== 'string' || !NEXT_ADDRESS_ERRNOS.has(errno)) throw error;
    }
  }
  throw lastError;
}
