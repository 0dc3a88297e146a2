/**
 * Which events a window has accounted for, by `seq` (issue 10, section 5: no silent loss
 * between engine and window). The engine numbers every event it records, one after another,
 * so a jump between two batches, or the web server's `missed` notice, names exactly the
 * events this window did not receive. They wait in `outstanding` until they are fetched back
 * from the engine's capture or reported as not received.
 */
import type { MissedEvents, PuertoEvent } from '../../../shared/contract';
import { SeqRanges } from './seqRanges';

export interface SortedArrivals {
  /** Newer than anything seen: they go at the end, in order. */
  fresh: PuertoEvent[];
  /** Older: a missed event fetched back, or history loaded when the window opened. */
  late: PuertoEvent[];
}

export class Arrivals {
  /** The highest `seq` received, fetched back or known missing. */
  frontier = 0;
  /** Events known to exist that were neither received nor reported yet. */
  readonly outstanding = new SeqRanges();
  /**
   * Until the first load answers, older events are the capture's history, taken as they come.
   * Later, only missed ones are: anything else older was received already (or let go).
   */
  historyOpen = true;

  /**
   * Sorts what arrived (in `seq` order) and notes the gaps it reveals. Any other older event
   * was received already (a page fetched after a reconnect and the batches sent meanwhile
   * overlap) and is left out. A restarted engine, which numbers from 1 again, is told apart
   * when the window loads after reconnecting (see stores/capture.ts).
   */
  sort(events: readonly PuertoEvent[], missed?: MissedEvents): SortedArrivals {
    const sorted: SortedArrivals = { fresh: [], late: [] };
    if (missed !== undefined && missed.count > 0) this.#noteMissing(missed.fromSeq, missed.toSeq);
    for (const event of events) {
      if (event.seq > this.frontier) {
        // A fresh window starts where its first event does: what came before is history.
        if (this.frontier > 0) this.#noteMissing(this.frontier + 1, event.seq - 1);
        this.frontier = event.seq;
        sorted.fresh.push(event);
      } else if (this.outstanding.remove(event.seq, event.seq) > 0 || this.historyOpen) {
        sorted.late.push(event);
      }
    }
    return sorted;
  }

  reset(): void {
    this.frontier = 0;
    this.outstanding.clear();
    this.historyOpen = true;
  }

  #noteMissing(from: number, to: number): void {
    // Everything after the last event seen is missing too, even before `from`.
    const start = this.frontier > 0 ? this.frontier + 1 : from;
    if (to < start) return;
    this.outstanding.add(start, to);
    this.frontier = to;
  }
}
