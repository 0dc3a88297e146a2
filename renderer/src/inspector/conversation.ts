/**
 * One conversation (a TCP connection or a UDP flow) told as a story: who sent what, in order,
 * between the moments it opened, was half-closed and closed.
 */
import type {
  ClosedEvent,
  DataEvent,
  Endpoint,
  HalfClosedEvent,
  PuertoEvent,
} from '../../../shared/contract';
import { labelMessages, requestDirection } from './requestResponse';
import type { ConversationRole, MessageRole } from './requestResponse';

export type Sender = 'local' | 'remote';

export interface MessageEntry {
  type: 'message';
  event: DataEvent;
  /** Who sent it: `local` is this side (Puerto), `remote` the other side. */
  sender: Sender;
  label?: MessageRole;
}

export type MarkerKind = 'waiting' | 'opened' | 'half-closed' | 'closed' | 'error';

export interface MarkerEntry {
  type: 'marker';
  event: PuertoEvent;
  marker: MarkerKind;
}

export type ConversationEntry = MessageEntry | MarkerEntry;

export interface ConversationContext {
  role: ConversationRole | undefined;
  /** Behaviour of the server that owns the conversation, when it is a server's. */
  behaviour: string | undefined;
  /** Events before the ones given held a request (when only the latest are drawn). */
  askedBefore?: boolean;
}

const MARKERS: Partial<Record<PuertoEvent['kind'], MarkerKind>> = {
  // An iterative server's client, queued before its `accepted`: the story starts by waiting.
  waiting: 'waiting',
  accepted: 'opened',
  connected: 'opened',
  ready: 'opened',
  'half-closed': 'half-closed',
  closed: 'closed',
  error: 'error',
};

const isData = (event: PuertoEvent): event is DataEvent =>
  event.kind === 'data-in' || event.kind === 'data-out';

/** Events of one conversation, in order, as messages and markers. */
export function buildConversation(
  events: readonly PuertoEvent[],
  context: ConversationContext,
): ConversationEntry[] {
  const messages = events.filter(isData);
  const labels = labelMessages(
    messages,
    requestDirection(context.role, context.behaviour),
    context.askedBefore ?? false,
  );
  const labelOf = new Map(messages.map((message, index) => [message, labels[index]]));
  const entries: ConversationEntry[] = [];
  for (const event of events) {
    if (isData(event)) {
      const entry: MessageEntry = {
        type: 'message',
        event,
        sender: event.kind === 'data-out' ? 'local' : 'remote',
      };
      // A classic service that parsed the message knows its role better than any rule.
      const label = event.annotation?.role ?? labelOf.get(event);
      if (label !== undefined) entry.label = label;
      entries.push(entry);
      continue;
    }
    const marker = MARKERS[event.kind];
    if (marker !== undefined) entries.push({ type: 'marker', event, marker });
  }
  return entries;
}

/** A server's conversations carry its `serverId`; a client's carry the `clientId`. */
export function roleFromEvents(events: readonly PuertoEvent[]): ConversationRole | undefined {
  for (const event of events) {
    if (event.serverId !== undefined) return 'server';
    if (event.clientId !== undefined) return 'client';
  }
  return undefined;
}

export interface ConversationSides {
  local: Endpoint | undefined;
  remote: Endpoint | undefined;
}

/** Both endpoints, from the last event that names them (a client learns its port on connect). */
export function sidesFromEvents(events: readonly PuertoEvent[]): ConversationSides {
  let local: Endpoint | undefined;
  let remote: Endpoint | undefined;
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index] as PuertoEvent;
    local ??= event.local;
    remote ??= event.remote;
    if (local !== undefined && remote !== undefined) break;
  }
  return { local, remote };
}

/** Who ended the conversation or half of it, as the i18n key of that side. */
export function markerSide(event: PuertoEvent): HalfClosedEvent['by'] | ClosedEvent['by'] | null {
  return event.kind === 'half-closed' || event.kind === 'closed' ? event.by : null;
}
