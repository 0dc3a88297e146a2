/**
 * What each server said before the client sent anything. Some servers speak first: daytime
 * and qotd over TCP answer as soon as the connection opens (RFC 867, RFC 865) and then close;
 * SMTP, POP3 and FTP greet. Without this row those answers would sit before round 1, unseen.
 */
import type { PuertoEvent } from '../../../shared/contract';
import { answerBetween, firstIndexAfter, isConversationEvent, NOT_SENT } from './roundTable';
import type { AnswerCell, ConversationEvent } from './roundTable';

/** A member's current conversation, and the last `seq` known before it was opened. */
export interface GreetingSource {
  connectionId?: string;
  sinceSeq: number;
}

function greetingOf(source: GreetingSource, events: readonly PuertoEvent[]): AnswerCell {
  if (source.connectionId === undefined) return NOT_SENT;
  const own: ConversationEvent[] = [];
  let opened: number | undefined;
  for (let index = firstIndexAfter(events, source.sinceSeq); index < events.length; index++) {
    const event = events[index];
    if (event?.connectionId !== source.connectionId) continue;
    // TCP: timed from the handshake's end; UDP servers never speak first.
    if (event.kind === 'connected') opened = event.time;
    // The client's first message ends the greeting: what follows answers it.
    if (event.kind === 'data-out') break;
    if (isConversationEvent(event)) own.push(event);
  }
  const first = own[0];
  if (first === undefined) return NOT_SENT;
  const cell = answerBetween(own, source.sinceSeq, Infinity, opened ?? first.time);
  return cell.state === 'waiting' ? NOT_SENT : cell;
}

/** One cell per member, or nothing when no server said anything first. */
export function buildGreetingRow(
  sources: readonly GreetingSource[],
  events: readonly PuertoEvent[],
): AnswerCell[] | undefined {
  const cells = sources.map((source) => greetingOf(source, events));
  return cells.some((cell) => cell.messages > 0) ? cells : undefined;
}
