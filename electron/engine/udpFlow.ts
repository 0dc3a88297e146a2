/**
 * One UDP flow: the datagrams between one local socket and one remote address:port. UDP has
 * no connection, so there is nothing to half-close or reset; closing a flow only stops Puerto
 * tracking that peer (or, for a client, releases its socket).
 */
import type { Socket } from 'node:dgram';
import type { SendResult } from '../../shared/contract/commands';
import type { PuertoError } from '../../shared/contract/errors';
import type { ConversationInit } from './conversation';
import { Conversation } from './conversation';
import { EngineError, toPuertoError } from './errors';

/** 65,535 minus the 8-byte UDP header and the 20-byte IPv4 header (RFC 768, RFC 791). */
export const MAX_UDP_PAYLOAD = 65_507;

export type UdpFlowInit = Omit<ConversationInit, 'protocol'> & {
  socket: Socket;
  /** The peer's address as the socket reported it (possibly IPv4-mapped), for routing. */
  rawRemoteAddress: string;
  /** A connected client socket sends without naming the peer. */
  connected: boolean;
  /** What closing this flow releases: forgets the peer, or closes a client's socket. */
  release: (flow: UdpFlow) => Promise<void>;
};

export class UdpFlow extends Conversation {
  readonly #socket: Socket;
  readonly #rawRemoteAddress: string;
  readonly #connected: boolean;
  readonly #release: (flow: UdpFlow) => Promise<void>;
  /** When the peer last sent or was sent something: the longest-silent flow is forgotten first. */
  lastActivity = performance.now();

  constructor(init: UdpFlowInit) {
    super({ ...init, protocol: 'udp' });
    this.#socket = init.socket;
    this.#rawRemoteAddress = init.rawRemoteAddress;
    this.#connected = init.connected;
    this.#release = init.release;
  }

  /** Called by the endpoint for each datagram from this flow's peer. */
  deliver(datagram: Uint8Array): void {
    if (this.isClosed) return;
    this.lastActivity = performance.now();
    this.received(datagram);
  }

  send(data: Uint8Array): SendResult {
    if (this.isClosed) {
      throw new EngineError('CONNECTION_CLOSED', `${this.id} is closed`, { id: this.id });
    }
    if (data.byteLength > MAX_UDP_PAYLOAD) {
      throw new EngineError(
        'MESSAGE_TOO_LARGE',
        `a UDP datagram carries at most ${MAX_UDP_PAYLOAD} bytes`,
        {
          proto: 'UDP',
          bytes: data.byteLength,
          limit: MAX_UDP_PAYLOAD,
        },
      );
    }
    this.lastActivity = performance.now();
    const { address, port } = this.info.remote;
    const onSent = (cause: Error | null): void => {
      if (cause === null || this.isClosed) return;
      this.failed(
        toPuertoError(cause, {
          proto: 'udp',
          address,
          port,
          bytes: data.byteLength,
          limit: MAX_UDP_PAYLOAD,
        }),
      );
    };
    try {
      if (this.#connected) this.#socket.send(data, onSent);
      else this.#socket.send(data, port, this.#rawRemoteAddress, onSent);
    } catch (cause) {
      throw EngineError.from(toPuertoError(cause, { proto: 'udp', address, port }));
    }
    this.sent(data);
    return { bytes: data.byteLength, flushed: true };
  }

  halfClose(): void {
    throw noConnection(this.id);
  }

  reset(): Promise<void> {
    return Promise.reject(noConnection(this.id));
  }

  close(): Promise<void> {
    return this.isClosed ? this.closed : this.#release(this);
  }

  destroy(): Promise<void> {
    return this.close();
  }

  pause(): void {}

  resume(): void {}

  /** A socket error the system tied to this flow's peer (ICMP unreachable on a client). */
  reportError(cause: unknown): PuertoError {
    const { address, port } = this.info.remote;
    const error = toPuertoError(cause, { proto: 'udp', address, port });
    this.failed(error);
    return error;
  }

  /** Marks the flow closed; the owner calls it once the peer is forgotten or the socket closed. */
  end(): void {
    this.finish('local');
  }
}

function noConnection(id: string): EngineError {
  return new EngineError(
    'INVALID_INPUT',
    `${id} is UDP: there is no connection to half-close or reset`,
    {
      field: 'connectionId',
      reason: 'validation.udpNoConnection',
      id,
    },
  );
}
