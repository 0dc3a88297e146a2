/**
 * What a server does with its conversations. One small interface for TCP and UDP: a behaviour
 * answers on open (daytime), on data (echo, reply), keeps streaming while the peer reads
 * (chargen, through `send` returning false and `onDrain`), or frames lines (SMTP, via
 * LineFramer). Hooks never see sockets, only a session.
 */
import type { PuertoError } from '../../../shared/contract/errors';
import type { EventAnnotation } from '../../../shared/contract/events';
import type { BehaviourConfig, Endpoint, Protocol } from '../../../shared/contract/model';

/** One TCP connection or one UDP flow, as a behaviour sees it. */
export interface BehaviourSession {
  readonly id: string;
  readonly protocol: Protocol;
  readonly local: Endpoint;
  readonly remote: Endpoint;
  /** False when the session's buffer is full (wait for `onDrain`) or it can no longer send. */
  send(data: Uint8Array): boolean;
  /** TCP: send FIN after the queued data; UDP: nothing to do. */
  end(): void;
  /** Orderly close (TCP); forgets the peer (UDP). */
  close(): void;
  /** Stop reading until `resume`, so a fast sender is slowed down (TCP only). */
  pause(): void;
  resume(): void;
  /**
   * Records an error event on this conversation, so a limit that acts (a timeout, too many
   * commands) shows in the capture. Set by the engine when it attaches a behaviour.
   */
  report?(error: PuertoError): void;
}

/** One server's running behaviour; per-session state lives inside it, keyed by session. */
export interface BehaviourInstance {
  onOpen?(session: BehaviourSession): void;
  onData?(session: BehaviourSession, data: Uint8Array): void;
  onDrain?(session: BehaviourSession): void;
  onRemoteEnd?(session: BehaviourSession): void;
  onClose?(session: BehaviourSession): void;
  /**
   * Explains one message of this session for the capture (line notes, decoded fields,
   * request/response). Called for every data event, before `onData` for incoming data; it must
   * be quick and must not send. Optional: plain behaviours explain nothing.
   */
  describe?(
    session: BehaviourSession,
    direction: 'in' | 'out',
    data: Uint8Array,
  ): EventAnnotation | undefined;
  /** The server stopped: release timers and buffers. */
  dispose?(): void;
}

export interface Behaviour<Config extends { name: string } = BehaviourConfig> {
  readonly name: Config['name'];
  readonly protocols: readonly Protocol[];
  create(config: Config): BehaviourInstance;
}
