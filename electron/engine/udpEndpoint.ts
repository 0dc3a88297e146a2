/**
 * A bound UDP socket and the flows it carries. A server's endpoint hears from any peer and
 * makes a flow on the first datagram from each address:port; a client's endpoint is connected
 * to one default remote and has exactly one flow, so the system reports ICMP "port
 * unreachable" to it as a refused connection, which a student can see.
 */
import dgram from 'node:dgram';
import type { Socket, SocketType } from 'node:dgram';
import type { AddressFamily, Endpoint } from '../../shared/contract/model';
import { toEndpoint } from './endpoint';
import { UdpFlow } from './udpFlow';
import type { UdpFlowInit } from './udpFlow';

export interface UdpBindOptions {
  family: AddressFamily;
  address: string;
  port: number;
}

/** Binds a socket; resolves once bound, rejects with the system error (EADDRINUSE…). */
export function bindUdpSocket(options: UdpBindOptions): Promise<Socket> {
  const type: SocketType = options.family === 'IPv6' ? 'udp6' : 'udp4';
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket({ type, ipv6Only: false });
    const onError = (error: Error): void => {
      try {
        socket.close();
      } catch {
        // A socket that never bound may refuse to close; there is nothing left to release.
      }
      reject(error);
    };
    socket.once('error', onError);
    socket.bind(options.port, options.address, () => {
      socket.off('error', onError);
      resolve(socket);
    });
  });
}

export function connectUdpSocket(socket: Socket, port: number, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.connect(port, address, (error?: Error) => (error ? reject(error) : resolve()));
  });
}

/** Everything a flow needs except what the endpoint itself knows. */
export type FlowTemplate = Omit<
  UdpFlowInit,
  'socket' | 'id' | 'local' | 'remote' | 'rawRemoteAddress' | 'connected' | 'release'
>;

export interface UdpEndpointOptions {
  socket: Socket;
  template: FlowTemplate;
  nextFlowId: () => string;
  /** A new flow exists (first datagram from a new peer, or the client's own flow). */
  onFlow: (flow: UdpFlow) => void;
  /** A socket-level error; `flow` is set when the system tied it to a connected peer. */
  onError: (cause: Error, flow: UdpFlow | undefined) => void;
  /** Flows kept at once; the longest-silent one is forgotten to make room. */
  flowLimit: number;
  /** Client mode: the socket is connected and closing its one flow closes the socket. */
  connected: boolean;
}

export class UdpEndpoint {
  readonly local: Endpoint;
  readonly #options: UdpEndpointOptions;
  readonly #flows = new Map<string, UdpFlow>();
  #closing: Promise<void> | undefined;

  constructor(options: UdpEndpointOptions) {
    this.#options = options;
    const bound = options.socket.address();
    this.local = toEndpoint(bound.address, bound.port);
    options.socket.on('message', (message, remote) => {
      // A connected socket only hears its one peer, whatever spelling the system reports.
      const own = options.connected ? this.#flows.values().next().value : undefined;
      (own ?? this.flowFor(remote.address, remote.port)).deliver(message);
    });
    options.socket.on('error', (error) => {
      const flow = options.connected ? [...this.#flows.values()][0] : undefined;
      options.onError(error, flow);
    });
  }

  get flowCount(): number {
    return this.#flows.size;
  }

  flows(): UdpFlow[] {
    return [...this.#flows.values()];
  }

  /** The flow for a peer, created (and announced) on first contact. */
  flowFor(rawAddress: string, port: number, id?: string): UdpFlow {
    const key = `${rawAddress}|${port}`;
    const existing = this.#flows.get(key);
    if (existing !== undefined) return existing;
    if (this.#flows.size >= this.#options.flowLimit) this.#forgetLongestSilent();
    const flow = new UdpFlow({
      ...this.#options.template,
      id: id ?? this.#options.nextFlowId(),
      socket: this.#options.socket,
      local: this.local,
      remote: toEndpoint(rawAddress, port),
      rawRemoteAddress: rawAddress,
      connected: this.#options.connected,
      release: (released) => this.#release(key, released),
    });
    this.#flows.set(key, flow);
    this.#options.onFlow(flow);
    return flow;
  }

  /** Closes the socket and every flow; safe to call more than once. */
  close(): Promise<void> {
    this.#closing ??= new Promise<void>((resolve) => {
      try {
        this.#options.socket.close(() => resolve());
      } catch {
        resolve();
      }
    }).then(() => {
      for (const flow of this.#flows.values()) flow.end();
      this.#flows.clear();
    });
    return this.#closing;
  }

  #release(key: string, flow: UdpFlow): Promise<void> {
    if (this.#options.connected) return this.close();
    this.#flows.delete(key);
    flow.end();
    return Promise.resolve();
  }

  #forgetLongestSilent(): void {
    let oldest: [string, UdpFlow] | undefined;
    for (const entry of this.#flows) {
      if (oldest === undefined || entry[1].lastActivity < oldest[1].lastActivity) oldest = entry;
    }
    if (oldest !== undefined) void this.#release(oldest[0], oldest[1]);
  }
}
