/**
 * One conversation as the engine sees it: an accepted or opened TCP connection, or a UDP flow.
 * Both count bytes the same way, record the same events and offer the same commands, so the
 * engine and the behaviours never care which protocol carries the bytes.
 */
import type { SendResult } from '../../shared/contract/commands';
import type { ClosedEvent, EventAnnotation, Side } from '../../shared/contract/events';
import type { PuertoError } from '../../shared/contract/errors';
import type { ConnectionInfo, Counters, Endpoint, Protocol } from '../../shared/contract/model';
import type { EventLabels, EventRecorder } from './eventRecorder';
import { now } from './clock';
import { TypedEmitter } from './typedEmitter';

export type ConversationEvents = {
  data: [Uint8Array];
  /** The write buffer emptied after a send returned `flushed: false`. */
  drain: [];
  /** The other side sent FIN (TCP): it will send nothing more. */
  'remote-end': [];
  close: [ClosedEvent['by']];
};

export interface ConversationInit {
  id: string;
  protocol: Protocol;
  role: 'server' | 'client';
  serverId?: string;
  clientId?: string;
  local: Endpoint;
  remote: Endpoint;
  recorder: EventRecorder;
  /** A client shares its counters with its one conversation. */
  counters?: Counters;
  /** A server's totals grow with every conversation it owns. */
  serverCounters?: Counters;
}

export function zeroCounters(): Counters {
  return { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 };
}

export abstract class Conversation extends TypedEmitter<ConversationEvents> {
  readonly info: ConnectionInfo;
  protected readonly recorder: EventRecorder;
  readonly #serverCounters: Counters | undefined;
  readonly #closed: Promise<void>;
  #labels: EventLabels | undefined;
  #resolveClosed: () => void = () => {};

  constructor(init: ConversationInit) {
    super();
    this.recorder = init.recorder;
    this.#serverCounters = init.serverCounters;
    this.info = {
      id: init.id,
      protocol: init.protocol,
      role: init.role,
      local: init.local,
      remote: init.remote,
      status: 'open',
      localEnded: false,
      remoteEnded: false,
      flow: 'flowing',
      openedAt: now(),
      counters: init.counters ?? zeroCounters(),
    };
    if (init.serverId !== undefined) this.info.serverId = init.serverId;
    if (init.clientId !== undefined) this.info.clientId = init.clientId;
    this.#closed = new Promise((resolve) => {
      this.#resolveClosed = resolve;
    });
  }

  get id(): string {
    return this.info.id;
  }

  get isClosed(): boolean {
    return this.info.status === 'closed';
  }

  /** Resolves once the conversation is closed, however that happened. */
  get closed(): Promise<void> {
    return this.#closed;
  }

  /** Built once: a conversation's ids and endpoints never change, and every packet needs them. */
  labels(): EventLabels {
    if (this.#labels !== undefined) return this.#labels;
    const { protocol, serverId, clientId, id, local, remote } = this.info;
    const labels: EventLabels = { proto: protocol, connectionId: id, local, remote };
    if (serverId !== undefined) labels.serverId = serverId;
    if (clientId !== undefined) labels.clientId = clientId;
    this.#labels = labels;
    return labels;
  }

  snapshot(): ConnectionInfo {
    return {
      ...this.info,
      local: { ...this.info.local },
      remote: { ...this.info.remote },
      counters: { ...this.info.counters },
    };
  }

  abstract send(data: Uint8Array): SendResult;
  /** Sends FIN: this side will send nothing more but keeps receiving (TCP only). */
  abstract halfClose(): void;
  /** Orderly close; resolves once closed. */
  abstract close(): Promise<void>;
  /** Abortive close (TCP RST); resolves once closed. */
  abstract reset(): Promise<void>;
  /** Closes at once without waiting for queued data (engine shutdown). */
  abstract destroy(): Promise<void>;
  /** Stops reading until `resume` (TCP backpressure towards the peer); UDP ignores it. */
  abstract pause(): void;
  abstract resume(): void;

  /**
   * Set by a service's behaviour to explain the messages of its protocol in the capture. A
   * describer that throws only loses the explanation, never the event.
   */
  describer:
    ((direction: 'in' | 'out', data: Uint8Array) => EventAnnotation | undefined) | undefined;

  #describe(direction: 'in' | 'out', data: Uint8Array): EventAnnotation | undefined {
    try {
      return this.describer?.(direction, data);
    } catch {
      return undefined;
    }
  }

  protected received(data: Uint8Array): void {
    this.#count('in', data.byteLength);
    this.recorder.recordData('data-in', this.labels(), data, this.#describe('in', data));
    this.emit('data', data);
  }

  protected sent(data: Uint8Array): void {
    this.#count('out', data.byteLength);
    this.recorder.recordData('data-out', this.labels(), data, this.#describe('out', data));
  }

  protected ended(by: Side): void {
    if (by === 'local') this.info.localEnded = true;
    else this.info.remoteEnded = true;
    if (this.info.status === 'open') this.info.status = 'half-closed';
    this.recorder.record({ ...this.labels(), kind: 'half-closed', by });
    this.#changed();
    if (by === 'remote') this.emit('remote-end');
  }

  protected flowChanged(flow: ConnectionInfo['flow'], buffered: number): void {
    if (this.info.flow === flow) return;
    this.info.flow = flow;
    this.recorder.record({ ...this.labels(), kind: 'flow', state: flow, buffered });
    this.#changed();
    if (flow === 'flowing') this.emit('drain');
  }

  protected failed(error: PuertoError): void {
    this.recorder.recordError(this.labels(), error);
  }

  protected finish(by: ClosedEvent['by']): void {
    if (this.isClosed) return;
    this.info.status = 'closed';
    this.info.closedAt = now();
    this.recorder.record({ ...this.labels(), kind: 'closed', by });
    this.#changed();
    this.emit('close', by);
    this.#resolveClosed();
  }

  /** This conversation changed, and with it its server's or client's totals. */
  #changed(): void {
    const { id, serverId, clientId } = this.info;
    this.recorder.stateChanged('connection', id);
    if (serverId !== undefined) this.recorder.stateChanged('server', serverId);
    if (clientId !== undefined) this.recorder.stateChanged('client', clientId);
  }

  #count(direction: 'in' | 'out', bytes: number): void {
    for (const counters of [this.info.counters, this.#serverCounters]) {
      if (counters === undefined) continue;
      if (direction === 'in') {
        counters.bytesIn += bytes;
        counters.messagesIn += 1;
      } else {
        counters.bytesOut += bytes;
        counters.messagesOut += 1;
      }
    }
    this.#changed();
  }
}
