import type { PuertoEvent } from '../../../shared/contract';
import { spanOf } from '../capture/arrayWindow';
import { appendedFrom, droppedBefore } from './listChanges';

/** What a set of captured events adds up to, counted the way the engine counts. */
export interface TrafficCount {
  bytesIn: number;
  bytesOut: number;
  messagesIn: number;
  messagesOut: number;
  /** Distinct conversations (TCP connections or UDP flows) among the events. */
  conversations: number;
}

/** Running totals that events can be added to and taken from. */
class Tally {
  bytesIn = 0;
  bytesOut = 0;
  messagesIn = 0;
  messagesOut = 0;
  /** Events held per conversation, so a conversation is forgotten with its last event. */
  readonly perConversation = new Map<string, number>();

  /** Adds (`sign` 1) or takes away (`sign` -1) the events of `events[from, to)`. */
  apply(events: readonly PuertoEvent[], from: number, to: number, sign: 1 | -1): void {
    const { items, start } = spanOf(events);
    for (let index = start + from; index < start + to; index++) {
      const event = items[index] as PuertoEvent;
      const id = event.connectionId;
      if (id !== undefined) {
        const held = (this.perConversation.get(id) ?? 0) + sign;
        if (held > 0) this.perConversation.set(id, held);
        else this.perConversation.delete(id);
      }
      // The wire size (`bytes`), not the captured payload, which may have been truncated.
      if (event.kind === 'data-in') {
        this.bytesIn += sign * event.bytes;
        this.messagesIn += sign;
      } else if (event.kind === 'data-out') {
        this.bytesOut += sign * event.bytes;
        this.messagesOut += sign;
      }
    }
  }

  count(): TrafficCount {
    const { bytesIn, bytesOut, messagesIn, messagesOut } = this;
    return { bytesIn, bytesOut, messagesIn, messagesOut, conversations: this.perConversation.size };
  }
}

export function countTraffic(events: readonly PuertoEvent[]): TrafficCount {
  const tally = new Tally();
  tally.apply(events, 0, events.length, 1);
  return tally.count();
}

export interface TrafficCounter {
  (events: readonly PuertoEvent[]): TrafficCount;
  /** How the last call was answered, for tests and measurements. */
  readonly lastPass: 'cached' | 'incremental' | 'full';
}

/**
 * `countTraffic` that follows a growing capture: when the events are the previous ones with
 * the oldest let go and new ones appended, only those are counted (issue 10: the counters must
 * not re-scan every held row on every batch). Anything else is counted again from scratch.
 */
export function createTrafficCounter(): TrafficCounter {
  let events: readonly PuertoEvent[] = [];
  let tally = new Tally();
  let result = tally.count();
  let lastPass: TrafficCounter['lastPass'] = 'full';

  function count(next: readonly PuertoEvent[]): TrafficCount {
    if (next === events) {
      lastPass = 'cached';
      return result;
    }
    const appendedStart = appendedFrom(events, next);
    if (appendedStart === undefined) {
      tally = new Tally();
      tally.apply(next, 0, next.length, 1);
      lastPass = 'full';
    } else {
      tally.apply(events, 0, droppedBefore(events, next), -1);
      tally.apply(next, appendedStart, next.length, 1);
      lastPass = 'incremental';
    }
    events = next;
    result = tally.count();
    return result;
  }

  return Object.defineProperty(count, 'lastPass', { get: () => lastPass }) as TrafficCounter;
}
