/**
 * The inspector's rows over a large capture: a new filter is applied in slices (the page draws
 * between them), batches that arrive meanwhile are folded in, and once the pass is done each
 * batch costs only its own events.
 */
import { describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../../shared/contract';
import { NO_FILTER, compileFilter } from '../../../renderer/src/inspector/eventFilter';
import type { EventFilter } from '../../../renderer/src/inspector/eventFilter';
import { createFilteredRows } from '../../../renderer/src/inspector/filteredRows';
import { HeldEvents } from '../../../renderer/src/capture/heldEvents';
import { mixedEvents } from './eventFactory';

/** A clock that moves one millisecond per look, and slices run only when the test says. */
function manualRows() {
  let clock = 0;
  const pending: Array<() => void> = [];
  const rows = createFilteredRows({
    sliceMs: 5,
    now: () => clock++,
    schedule: (step) => pending.push(step),
  });
  const runPending = () => {
    let slices = 0;
    while (pending.length > 0) {
      pending.shift()?.();
      slices++;
    }
    return slices;
  };
  return { rows, runPending, pendingCount: () => pending.length };
}

const seqs = (events: readonly PuertoEvent[]) => events.map((event) => event.seq);
const udp: EventFilter = { ...NO_FILTER, protocol: 'udp' };

describe('filtered rows', () => {
  it('applies a new filter across several slices, showing what it found so far', () => {
    const { rows, runPending } = manualRows();
    const events = mixedEvents(1, 20_000);
    const first = rows(events, udp);
    expect(rows.progress.value).toBeGreaterThan(0);
    expect(rows.progress.value).toBeLessThan(1);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(events.filter(compileFilter(udp)).length);
    expect(runPending()).toBeGreaterThan(1);
    expect(rows.progress.value).toBeNull();
    expect(seqs(rows(events, udp))).toEqual(seqs(events.filter(compileFilter(udp))));
  });

  it('folds in batches that arrive during the pass and lets go of what the capture let go', () => {
    const { rows, runPending } = manualRows();
    const held = new HeldEvents({ budgetBytes: Number.MAX_SAFE_INTEGER, maxEvents: 15_000 });
    held.append(mixedEvents(1, 12_000));
    rows(held.view(), udp);
    for (let batch = 0; batch < 5; batch++) {
      held.append(mixedEvents(12_001 + batch * 1_000, 1_000));
      rows(held.view(), udp);
    }
    runPending();
    const all = held.view();
    expect(all[0]?.seq).toBe(2_001);
    expect(seqs(rows(all, udp))).toEqual(seqs(all.filter(compileFilter(udp))));
  });

  it('after the pass, follows each batch by its own events only', () => {
    const { rows, runPending, pendingCount } = manualRows();
    const held = new HeldEvents({ budgetBytes: Number.MAX_SAFE_INTEGER, maxEvents: 5_000 });
    held.append(mixedEvents(1, 3_000));
    rows(held.view(), udp);
    runPending();
    for (let batch = 0; batch < 10; batch++) {
      held.append(mixedEvents(3_001 + batch * 500, 500));
      const result = rows(held.view(), udp);
      // 500 events looked at, one millisecond each on this clock: within one slice, no pass.
      expect(pendingCount()).toBe(0);
      expect(seqs(result)).toEqual(seqs(held.view().filter(compileFilter(udp))));
    }
  });

  it('starts again when the filter changes during a pass, and hands back the events unfiltered', () => {
    const { rows, runPending } = manualRows();
    const events = mixedEvents(1, 10_000);
    rows(events, udp);
    const tcpIn: EventFilter = { ...NO_FILTER, protocol: 'tcp', direction: 'in' };
    rows(events, tcpIn);
    runPending();
    expect(seqs(rows(events, tcpIn))).toEqual(seqs(events.filter(compileFilter(tcpIn))));
    expect(rows(events, NO_FILTER)).toBe(events);
    expect(rows.progress.value).toBeNull();
  });
});
