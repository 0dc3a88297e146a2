import { describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../../shared/contract';
import {
  PULSE_DURATION_MS,
  PULSE_SPACING_MS,
  PulseTracker,
  eventsAfter,
  pulseRequests,
} from '../../../renderer/src/topology/pulses';
import type { PulseRoute } from '../../../renderer/src/topology/types';
import { dataEvent, lifecycleEvent } from '../support/events';

const on = (connectionId: string, event: PuertoEvent): PuertoEvent => ({ ...event, connectionId });

const routes = new Map<string, PulseRoute>([
  ['client', { lineKey: 'line', outIsForward: true }],
  ['accepted', { lineKey: 'line', outIsForward: false }],
]);

describe('pulse requests', () => {
  it('asks for one pulse per line and direction however many packets pass', () => {
    const events = [
      on('client', dataEvent(1, 'data-out', 'a')),
      on('client', dataEvent(2, 'data-out', 'b')),
      on('accepted', dataEvent(3, 'data-in', 'a')),
      on('accepted', dataEvent(4, 'data-in', 'b')),
    ];
    expect(pulseRequests(events, routes)).toEqual([{ lineKey: 'line', direction: 'forward' }]);
  });

  it('sends the answer back along the same line', () => {
    const events = [
      on('accepted', dataEvent(1, 'data-out', 'echo')),
      on('client', dataEvent(2, 'data-in', 'echo')),
    ];
    expect(pulseRequests(events, routes)).toEqual([{ lineKey: 'line', direction: 'backward' }]);
  });

  it('ignores lifecycle events and conversations that are not drawn', () => {
    const events = [on('client', lifecycleEvent(1, 'accepted')), dataEvent(2, 'data-in', 'x')];
    expect(pulseRequests(events, routes)).toEqual([]);
  });
});

describe('eventsAfter', () => {
  it('returns only the events newer than the last one seen', () => {
    const events = [1, 2, 3, 4].map((seq) => dataEvent(seq, 'data-in', 'x'));
    expect(eventsAfter(events, 2).map((event) => event.seq)).toEqual([3, 4]);
    expect(eventsAfter(events, 4)).toEqual([]);
    expect(eventsAfter([], 0)).toEqual([]);
  });
});

describe('PulseTracker', () => {
  const forward = { lineKey: 'line', direction: 'forward' as const };

  it('starts a pulse, refuses a second one too soon, and allows it after the spacing', () => {
    const tracker = new PulseTracker();
    const first = tracker.update([forward], 1000);
    expect(first).toHaveLength(1);
    expect(tracker.update([forward], 1000 + PULSE_SPACING_MS - 1)).toBe(first);
    const second = tracker.update([forward], 1000 + PULSE_SPACING_MS);
    expect(second).toHaveLength(2);
    expect(new Set(second.map((pulse) => pulse.id)).size).toBe(2);
  });

  it('drops pulses that have finished running', () => {
    const tracker = new PulseTracker();
    tracker.update([forward], 1000);
    expect(tracker.update([], 1000 + PULSE_DURATION_MS)).toEqual([]);
  });
});
