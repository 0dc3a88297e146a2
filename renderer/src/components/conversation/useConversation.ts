import { computed } from 'vue';
import type { Protocol } from '../../../../shared/contract';
import { buildConversation, roleFromEvents, sidesFromEvents } from '../../inspector/conversation';
import { hasRequest, requestDirection } from '../../inspector/requestResponse';
import { NO_FILTER, createFilterCache } from '../../inspector/eventFilter';
import { recentEntries } from '../../inspector/sequenceLayout';
import { useCaptureStore } from '../../stores/capture';
import { useEngineStore } from '../../stores/engine';
import { useSelectionStore } from '../../stores/selection';

/** A flood can hold thousands of messages; drawing the latest keeps the view quick to update. */
export const CONVERSATION_LIMIT = 200;

/**
 * The conversation the selection points at, as ordered entries: its events are picked from the
 * capture by the same memoized, incremental filter the inspector uses.
 */
export function useConversation() {
  const capture = useCaptureStore();
  const engine = useEngineStore();
  const selection = useSelectionStore();
  const pick = createFilterCache();

  const connectionId = computed(() => selection.connectionId);
  const events = computed(() => {
    const id = connectionId.value;
    if (id === null) return [];
    return pick(capture.events, { ...NO_FILTER, focus: { kind: 'connection', id } });
  });
  const connection = computed(() =>
    engine.connections.find((item) => item.id === connectionId.value),
  );
  const role = computed(() => connection.value?.role ?? roleFromEvents(events.value));
  const behaviour = computed(() => {
    const serverId = connection.value?.serverId ?? events.value.find((e) => e.serverId)?.serverId;
    return engine.servers.find((server) => server.id === serverId)?.behaviour.name;
  });
  const protocol = computed<Protocol | undefined>(
    () => connection.value?.protocol ?? events.value[0]?.proto,
  );
  const sides = computed(() => {
    const known = connection.value;
    return known !== undefined
      ? { local: known.local, remote: known.remote }
      : sidesFromEvents(events.value);
  });
  // Only the latest events become entries, so a long conversation costs the same per batch.
  const recent = computed(() => recentEntries(events.value, CONVERSATION_LIMIT));
  const entries = computed(() => {
    const { shown, hidden } = recent.value;
    const requests = requestDirection(role.value, behaviour.value);
    const askedBefore = hidden > 0 && hasRequest(events.value, requests, hidden);
    return buildConversation(shown, { role: role.value, behaviour: behaviour.value, askedBefore });
  });
  const hidden = computed(() => recent.value.hidden);
  const hasMessages = computed(() => entries.value.some((entry) => entry.type === 'message'));

  return { connectionId, connection, role, protocol, sides, entries, hidden, hasMessages };
}
