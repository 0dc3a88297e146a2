/**
 * Data pulses: a dash that runs along a line when bytes pass. They are derived once per engine
 * batch from the new data events (never one reaction per packet): each line gets at most one
 * new pulse per direction per batch, and a steady stream of batches gives a bounded train of
 * pulses rather than one restarted over and over.
 */
import type { PuertoEvent } from '../../../shared/contract';
import type { PulseRoute } from './types';

export type PulseDirection = 'forward' | 'backward';

export interface Pulse {
  /** Unique, so each new pulse is a new element whose animation starts afresh. */
  id: number;
  lineKey: string;
  direction: PulseDirection;
  startedAt: number;
}

/** How long one pulse takes to run along its line (matches the CSS animation). */
export const PULSE_DURATION_MS = 900;
/** A new pulse on the same line and direction waits at least this long after the last. */
export const PULSE_SPACING_MS = 250;

/** The events after `afterSeq`, reading back from the end of a list sorted by `seq`. */
export function eventsAfter(events: readonly PuertoEvent[], afterSeq: number): PuertoEvent[] {
  let first = events.length;
  while (first > 0 && (events[first - 1]?.seq ?? 0) > afterSeq) first -= 1;
  return events.slice(first);
}

export interface PulseRequest {
  lineKey: string;
  direction: PulseDirection;
}

/** One request per line and direction, whatever the number of packets in the batch. */
export function pulseRequests(
  events: readonly PuertoEvent[],
  routes: ReadonlyMap<string, PulseRoute>,
): PulseRequest[] {
  const requests = new Map<string, PulseRequest>();
  for (const event of events) {
    if (event.kind !== 'data-in' && event.kind !== 'data-out') continue;
    const route = event.connectionId === undefined ? undefined : routes.get(event.connectionId);
    if (route === undefined) continue;
    const forward = (event.kind === 'data-out') === route.outIsForward;
    const direction: PulseDirection = forward ? 'forward' : 'backward';
    requests.set(`${route.lineKey}|${direction}`, { lineKey: route.lineKey, direction });
  }
  return [...requests.values()];
}

export class PulseTracker {
  #pulses: readonly Pulse[] = [];
  #nextId = 1;

  get pulses(): readonly Pulse[] {
    return this.#pulses;
  }

  /** Adds the batch's pulses and drops finished ones; returns the same array if nothing changed. */
  update(requests: readonly PulseRequest[], now: number): readonly Pulse[] {
    const running = this.#pulses.filter((pulse) => now - pulse.startedAt < PULSE_DURATION_MS);
    const added: Pulse[] = [];
    for (const request of requests) {
      const tooSoon = running.some(
        (pulse) =>
          pulse.lineKey === request.lineKey &&
          pulse.direction === request.direction &&
          now - pulse.startedAt < PULSE_SPACING_MS,
      );
      if (!tooSoon) added.push({ ...request, id: this.#nextId++, startedAt: now });
    }
    if (added.length === 0 && running.length === this.#pulses.length) return this.#pulses;
    this.#pulses = [...running, ...added];
    return this.#pulses;
  }

  clear(): void {
    this.#pulses = [];
  }
}
