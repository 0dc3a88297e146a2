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
    const event = draft as PuertoEvent;
    event.seq = ++this.#lastSeq;
    event.time = now();
    return this.#store(event);
  }

  /**
   * Keeps at most the per-event cap. The capture ring packs its own copy at once, so the event
   * needs bytes of its own only while it waits for a batch (a window listens): then bytes that
   * do not own their whole buffer are copied into a plain Uint8Array, so a waiting event never
   * keeps a larger pooled buffer alive (nor sends it whole through Electron's structured clone).
   * With no window (the CLI prints each event as it happens) a view is enough. Either way the
   * payload is a plain Uint8Array, never a Buffer (whose toJSON would break JSON lines).
   */
  recordData(
    kind: DataEvent['kind'],
    labels: EventLabels,
    data: Uint8Array,
    annotation?: EventAnnotation,
  ): PuertoEvent {
    const kept = Math.min(data.byteLength, this.#payloadCapPerEvent);
    const ownsBuffer = data.byteOffset === 0 && data.buffer.byteLength === kept;
    const payload =
      ownsBuffer || !this.#batcher.collecting
        ? new Uint8Array(data.buffer, data.byteOffset, kept)
        : copyOf(data, kept);
    // Fields named one by one: spreading `labels` here cost microseconds per packet (measured).
    const event: DataEvent = {
      kind,
      seq: ++this.#lastSeq,
      time: now(),
      proto: labels.proto,
      bytes: data.byteLength,
      payload,
      truncated: kept < data.byteLength,
    };
    if (labels.serverId !== undefined) event.serverId = labels.serverId;
    if (labels.clientId !== undefined) event.clientId = labels.clientId;
    if (labels.connectionId !== undefined) event.connectionId = labels.connectionId;
    if (labels.local !== undefined) event.local = labels.local;
    if (labels.remote !== undefined) event.remote = labels.remote;
    if (annotation !== undefined) event.annotation = annotation;
    return this.#store(event);
  }

  #store(event: PuertoEvent): PuertoEvent {
    this.#batcher.noteEvicted(this.#ring.push(event));
    this.#batcher.add(event);
    this.emit('event', event);
    return event;
  }

  recordError(labels: EventLabels, error: PuertoError): PuertoEvent {
    return this.record({ ...labels, kind: 'error', error });
  }

  /** A server, client or connection changed: the next batch carries its new info. */
  stateChanged(kind: StateItemKind, id: string): void {
    this.#batcher.changed(kind, id);
  }
}

function copyOf(data: Uint8Array, length: number): Uint8Array {
  const copy = new Uint8Array(length);
  copy.set(
    length === data.byteLength ? data : new Uint8Array(data.buffer, data.byteOffset, length),
  );
  return copy;
}
