/**
 * Who ended a closed conversation, so the composer can say it in words ("closed by the other
 * side at 12:03:04") instead of leaving the student to guess why sending stopped.
 */
import type { ConnectionInfo, PuertoEvent } from '../../../../shared/contract';

export type ClosingSide = 'remote' | 'local' | 'reset' | 'unknown';

/** The closing event is nearly always among the latest; an older one is not worth a long scan. */
const LOOK_BACK_EVENTS = 20_000;

export function closingSide(
  conversation: ConnectionInfo,
  events: readonly PuertoEvent[],
): ClosingSide {
  const oldest = Math.max(0, events.length - LOOK_BACK_EVENTS);
  for (let index = events.length - 1; index >= oldest; index--) {
    const event = events[index];
    if (event?.kind === 'closed' && event.connectionId === conversation.id) return event.by;
  }
  // The capture let the event go: the FIN flags still tell who finished, when only one did.
  if (conversation.remoteEnded && !conversation.localEnded) return 'remote';
  if (conversation.localEnded && !conversation.remoteEnded) return 'local';
  return 'unknown';
}

/** Wall-clock time to the second: what a student compares with the clock on the wall. */
export function formatClosedAt(time: number | undefined): string {
  if (time === undefined) return '';
  const date = new Date(time);
  return [date.getHours(), date.getMinutes(), date.getSeconds()]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
}
