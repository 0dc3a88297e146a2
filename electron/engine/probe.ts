/**
 * "Can my partner reach me?": one attempt to reach a server, told apart the way a student needs
 * it (shared/contract/probe.ts). Names resolve as a client's do (`resolveHost`, IPv4 first).
 *
 * A probe is not a client: it never appears in this engine's state or capture. The point is
 * that the partner sees it in THEIR capture (an accepted connection, or a datagram), proving the
 * packets arrived; here only the outcome matters.
 */
import type { Socket as UdpSocket } from 'node:dgram';
import type { Socket } from 'node:net';
import type { Request } from '../../shared/contract/commands';
import type { ErrorCode } from '../../shared/contract/errors';
import type { ProbeOutcome, ProbeResult } from '../../shared/contract/probe';
import type { TcpConnectOptions } from './tcpClient';
import { IPV4_ANY, IPV6_ANY } from './bindAddress';
import { familyOf } from './endpoint';
import { EngineError, toPuertoError } from './errors';
import { connectTcp, resolveHost } from './tcpClient';
import { bindUdpSocket, connectUdpSocket } from './udpEndpoint';

export type ProbeRequest = Request<'probeServer'>;

/**
 * What a UDP probe sends: one short text line, so an echo server or a reply server (which
 * answers each line) answers it, and the partner recognises it in their capture.
 */
export const PROBE_DATAGRAM = new TextEncoder().encode('puerto probe\n');

/** How long a reachable TCP server gets to answer our FIN before the socket is destroyed. */
const CLOSE_GRACE_MS = 500;

/**
 * The outcome a failed attempt means. Besides a refusal and silence, every failure (no route,
 * a name that does not exist, an address that is not ours, a local firewall that refuses to
 * send) means the packets cannot get there: unreachable, with the error saying which.
 */
export function outcomeOfError(code: ErrorCode): Exclude<ProbeOutcome, 'reachable' | 'no-answer'> {
  if (code === 'CONNECTION_REFUSED' || code === 'PORT_UNREACHABLE') return 'refused';
  if (code === 'TIMED_OUT') return 'timed-out';
  return 'unreachable';
}

export interface ProberOptions {
  /** Opens TCP sockets (tests inject one that never connects, to see the timeout). */
  connect?: TcpConnectOptions['connect'];
}

function closedError(): EngineError {
  return new EngineError('INTERNAL', 'the engine is closed', { reason: 'the engine is closed' });
}

function isAbort(cause: unknown): boolean {
  return (cause as { name?: unknown } | undefined)?.name === 'AbortError';
}

export class Prober {
  readonly #connect: TcpConnectOptions['connect'];
  /** In-flight probes, aborted when the engine closes. */
  readonly #running = new Set<AbortController>();
  /** Reachable TCP sockets still closing politely. */
  readonly #closing = new Set<Socket>();

  constructor(options: ProberOptions = {}) {
    this.#connect = options.connect;
  }

  async probe(request: ProbeRequest): Promise<ProbeResult> {
    const controller = new AbortController();
    this.#running.add(controller);
    try {
      return await (request.protocol === 'tcp'
        ? this.#probeTcp(request, controller.signal)
        : this.#probeUdp(request, controller.signal));
    } finally {
      this.#running.delete(controller);
    }
  }

  /** Stops every probe at once and destroys every socket one left behind. */
  close(): void {
    for (const controller of this.#running) controller.abort();
    for (const socket of this.#closing) socket.destroy();
  }

  async #probeTcp(request: ProbeRequest, signal: AbortSignal): Promise<ProbeResult> {
    const started = performance.now();
    let address: string | undefined;
    try {
      const socket = await connectTcp({
        host: request.host,
        port: request.port,
        timeoutMs: request.timeoutMs,
        signal,
        onAttempt: (tried) => {
          address = tried;
        },
        ...(this.#connect === undefined ? {} : { connect: this.#connect }),
      });
      const elapsedMs = Math.round(performance.now() - started);
      this.#closePolitely(socket);
      return { ...base(request, address), outcome: 'reachable', elapsedMs };
    } catch (cause) {
      if (isAbort(cause)) throw closedError();
      return failed(request, address, started, cause);
    }
  }

  /** FIN first, as a well-behaved client; the server's FIN (or the grace) ends it. */
  #closePolitely(socket: Socket): void {
    this.#closing.add(socket);
    const timer = setTimeout(() => socket.destroy(), CLOSE_GRACE_MS);
    timer.unref?.();
    // A reset while closing changes nothing: the server was reachable.
    socket.on('error', () => {});
    socket.on('end', () => socket.destroy());
    socket.once('close', () => {
      clearTimeout(timer);
      this.#closing.delete(socket);
    });
    // Whatever a talkative server says (daytime, chargen) is read and dropped, never kept.
    socket.resume();
    socket.end();
  }

  async #probeUdp(request: ProbeRequest, signal: AbortSignal): Promise<ProbeResult> {
    const started = performance.now();
    let address: string | undefined;
    let socket: UdpSocket | undefined;
    try {
      const [target] = await resolveHost(request.host, request.timeoutMs);
      if (target === undefined) {
        throw Object.assign(new Error(`no address for ${request.host}`), {
          code: 'ENOTFOUND',
          hostname: request.host,
        });
      }
      address = target.address;
      const family = familyOf(address);
      socket = await bindUdpSocket({
        family,
        address: family === 'IPv6' ? IPV6_ANY : IPV4_ANY,
        port: 0,
      });
      // Connected, so the system reports an ICMP "port unreachable" to this socket as a refusal.
      await connectUdpSocket(socket, request.port, address);
      const remainingMs = request.timeoutMs - (performance.now() - started);
      const answered = await awaitAnswer(socket, Math.max(0, remainingMs), signal);
      const elapsedMs = Math.round(performance.now() - started);
      return {
        ...base(request, address),
        outcome: answered ? 'reachable' : 'no-answer',
        elapsedMs,
      };
    } catch (cause) {
      if (isAbort(cause)) throw closedError();
      return failed(request, address, started, cause);
    } finally {
      closeQuietly(socket);
    }
  }
}

function base(
  request: ProbeRequest,
  address: string | undefined,
): Omit<ProbeResult, 'outcome' | 'elapsedMs'> {
  return {
    protocol: request.protocol,
    host: request.host,
    port: request.port,
    ...(address === undefined ? {} : { address }),
  };
}

function failed(
  request: ProbeRequest,
  address: string | undefined,
  started: number,
  cause: unknown,
): ProbeResult {
  const error = toPuertoError(cause, {
    proto: request.protocol,
    port: request.port,
    host: request.host,
    timeoutMs: request.timeoutMs,
  });
  return {
    ...base(request, address),
    outcome: outcomeOfError(error.code),
    elapsedMs: Math.round(performance.now() - started),
    error,
  };
}

/**
 * Sends the probe datagram and waits: true on any answer, false on silence until the timeout;
 * rejects with the system's error (ECONNREFUSED after an ICMP "port unreachable").
 */
function awaitAnswer(socket: UdpSocket, timeoutMs: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: { answered: boolean } | { error: unknown }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.off('message', onMessage);
      socket.off('error', onError);
      if ('error' in outcome) reject(outcome.error);
      else resolve(outcome.answered);
    };
    const onMessage = (): void => settle({ answered: true });
    const onError = (error: Error): void => settle({ error });
    const onAbort = (): void =>
      settle({ error: Object.assign(new Error('probe stopped'), { name: 'AbortError' }) });
    const timer = setTimeout(() => settle({ answered: false }), timeoutMs);
    if (signal.aborted) {
      onAbort();
      return;
    }
    socket.on('message', onMessage);
    socket.on('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.send(PROBE_DATAGRAM, (error) => {
      if (error) settle({ error });
    });
  });
}

function closeQuietly(socket: UdpSocket | undefined): void {
  if (socket === undefined) return;
  // A late ICMP error after the outcome is known must not become an unhandled 'error'.
  socket.on('error', () => {});
  try {
    socket.close();
  } catch {
    // Already closed: nothing left to release.
  }
}
