import type { PuertoEvent } from '../../../shared/contract';

/** What a set of captured events adds up to, counted the way the engine counts. */
export interface TrafficCount {
  bytesIn: number;
  bytesOut: number;
  messagesIn: number;
  messagesOut: number;
  /** Distinct conversations (TCP connections or UDP flows) among the events. */
  conversations: number;
}

/** Uses the wire size (`bytes`), not the captured payload, which may have been truncated. */
export function countTraffic(events: readonly PuertoEvent[]): TrafficCount {
  const count: TrafficCount = {
    bytesIn: 0,
    bytesOut: 0,
    messagesIn: 0,
    messagesOut: 0,
    conversations: 0,
  };
  const conversations = new Set<string>();
  for (const event of events) {
    if (event.connectionId !== undefined) conversations.add(event.connectionId);
    if (event.kind === 'data-in') {
      count.bytesIn += event.bytes;
      count.messagesIn += 1;
    } else if (event.kind === 'data-out') {
      count.bytesOut += event.bytes;
      count.messagesOut += 1;
    }
  }
  count.conversations = conversations.size;
  return count;
}
