/**
 * A client: what the student opened towards a host and port. It owns one conversation (a TCP
 * connection, or a UDP flow on its own socket) and reports its status from it. A client that
 * failed to open stays listed with its error, so the student can read what went wrong.
 */
import type { ClientInfo, ClientStatus } from '../../shared/contract/model';
import type { PuertoError } from '../../shared/contract/errors';
import type { Conversation } from './conversation';
import type { EventLabels } from './eventRecorder';
import { now } from './clock';
import { zeroCounters } from './conversation';

export interface ClientInit {
  id: string;
  connectionId: string;
  protocol: ClientInfo['protocol'];
  host: string;
  port: number;
  localPort?: number;
}

export class ClientHandle {
  readonly #info: ClientInfo;
  readonly #abort = new AbortController();
  #conversation: Conversation | undefined;

  constructor(init: ClientInit) {
    this.#info = {
      id: init.id,
      protocol: init.protocol,
      remote: { address: init.host, port: init.port },
      host: init.host,
      status: 'connecting',
      connectionId: init.connectionId,
      openedAt: now(),
      counters: zeroCounters(),
    };
    if (init.localPort !== undefined) this.#info.requestedLocalPort = init.localPort;
  }

  get id(): string {
    return this.#info.id;
  }

  get connectionId(): string {
    return this.#info.connectionId;
  }

  /** Shared with the conversation, so the client's totals are its conversation's. */
  get counters(): ClientInfo['counters'] {
    return this.#info.counters;
  }

  /** Aborted when the client is closed while still connecting. */
  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get status(): ClientStatus {
    if (this.#conversation === undefined) return this.#info.status;
    const { status } = this.#conversation.info;
    return status === 'open' ? 'open' : status;
  }

  get finished(): boolean {
    return this.status === 'closed' || this.status === 'error';
  }

  labels(): EventLabels {
    const labels: EventLabels = {
      proto: this.#info.protocol,
      clientId: this.#info.id,
      connectionId: this.#info.connectionId,
      remote: { ...this.#info.remote },
    };
    if (this.#info.local !== undefined) labels.local = { ...this.#info.local };
    return labels;
  }

  /** The address about to be contacted, once the name is resolved. */
  setRemoteAddress(address: string): void {
    this.#info.remote = { ...this.#info.remote, address };
  }

  opened(conversation: Conversation): void {
    this.#conversation = conversation;
    this.#info.local = { ...conversation.info.local };
    this.#info.remote = { ...conversation.info.remote };
    this.#info.status = 'open';
  }

  failed(error: PuertoError): void {
    this.#info.status = 'error';
    this.#info.error = error;
  }

  /**
   * A UDP datagram was answered with ICMP "port unreachable": the card says so, yet the client
   * stays open, since UDP has no connection to lose and the next datagram may find a server.
   */
  unreachable(error: PuertoError): void {
    this.#info.error = error;
  }

  /**
   * A datagram came back: a server answers there now, so an earlier refusal no longer holds.
   * Says whether there was one to clear.
   */
  answered(): boolean {
    if (this.#info.error === undefined) return false;
    delete this.#info.error;
    return true;
  }

  /** Closed while connecting: no conversation will come. */
  cancelled(): void {
    this.#info.status = 'closed';
  }

  /** Orderly close; a connect in progress is abandoned. */
  async close(): Promise<void> {
    if (this.#conversation !== undefined) return this.#conversation.close();
    this.#abandon();
  }

  async destroy(): Promise<void> {
    if (this.#conversation !== undefined) return this.#conversation.destroy();
    this.#abandon();
  }

  #abandon(): void {
    if (this.#info.status !== 'connecting') return;
    this.#abort.abort();
    this.cancelled();
  }

  snapshot(): ClientInfo {
    const copy: ClientInfo = {
      ...this.#info,
      status: this.status,
      remote: { ...this.#info.remote },
      counters: { ...this.#info.counters },
    };
    if (this.#info.local !== undefined) copy.local = { ...this.#info.local };
    if (this.#info.error !== undefined) {
      copy.error = { ...this.#info.error, details: { ...this.#info.error.details } };
    }
    return copy;
  }
}
