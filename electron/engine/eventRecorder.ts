/**
 * Where every observable thing becomes a PuertoEvent: stamped with a monotonic `seq` and a
 * precise `time`, its payload capped, then kept in the capture ring, handed to `onEvent`
 * listeners at once, and queued for the next batch.
 */
import type {
  DataEvent,
  EventAnnotation,
  LifecycleEvent,
  PuertoEvent,
} from '../../shared/contract/events';
import type { PuertoError } from '../../shared/contract/errors';
import type { CaptureRing } from './captureRing';
import type { EventBatcher } from './eventBatcher';
import type { StateItemKind } from './stateChanges';
import { now } from './clock';
import { TypedEmitter } from './typedEmitter';

type Draft<Event> = Event extends PuertoEvent ? Omit<Event, 'seq' | 'time'> : never;
export type EventDraft = Draft<PuertoEvent>;

/** Who an event belongs to: protocol, owning ids and both endpoints. */
export type EventLabels = Omit<LifecycleEvent, 'seq' | 'time' | 'kind'>;

export interface EventRecorderOptions {
  ring: CaptureRing;
  batcher: EventBatcher;
  payloadCapPerEvent: number;
}

type RecorderEvents = { event: [PuertoEvent] };

export class EventRecorder extends TypedEmitter<RecorderEvents> {
  readonly #ring: CaptureRing;
  readonly #batcher: EventBatcher;
  readonly #payloadCapPerEvent: number;
  #lastSeq = 0;

  constructor(options: EventRecorderOptions) {
    super();
    this.#ring = options.ring;
    this.#batcher = options.batcher;
    this.#payloadCapPerEvent = Math.max(0, Math.floor(options.payloadCapPerEvent));
  }

  /** `draft` must be a fresh object: it becomes the event (no copy per packet). */
  record(draft: EventDraft): PuertoEvent {
    this.#lastSeq += 1;
    const event = draft as PuertoEvent;
    event.seq = this.#lastSeq;
    event.time = now();
    this.#batcher.noteEvicted(this.#ring.push(event));
    this.#batcher.add(event);
    this.emit('event', event);
    return event;
  }

  /**
   * Copies at most the per-event cap into a plain Uint8Array: socket Buffers may share a larger
   * pooled ArrayBuffer, which an event waiting for its batch must not keep alive.
   */
  recordData(
    kind: DataEvent['kind'],
    labels: EventLabels,
    data: Uint8Array,
    annotation?: EventAnnotation,
  ): PuertoEvent {
    const kept = Math.min(data.byteLength, this.#payloadCapPerEvent);
    const payload = new Uint8Array(kept);
    payload.set(data.subarray(0, kept));
    return this.record({
      ...labels,
      kind,
      bytes: data.byteLength,
      payload,
      truncated: kept < data.byteLength,
      ...(annotation === undefined ? {} : { annotation }),
    });
  }

  recordError(labels: EventLabels, error: PuertoError): PuertoEvent {
    return this.record({ ...labels, kind: 'error', error });
  }

  /** A server, client or connection changed: the next batch carries its new info. */
  stateChanged(kind: StateItemKind, id: string): void {
    this.#batcher.changed(kind, id);
  }
}
