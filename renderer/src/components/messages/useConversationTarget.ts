/**
 * The conversation the composer sends on: the selection store's current conversation, shared
 * with the conversation view and highlighted in the lists, the topology and the inspector. The
 * rule that moves it (a new client, a manual server's first connection) lives in
 * `selection/currentConversation.ts`; here it is only read, and chosen from the picker.
 */
import { computed } from 'vue';
import type { ConnectionInfo, PuertoEvent } from '../../../../shared/contract';
import { useCaptureStore } from '../../stores/capture';
import { useSelectionStore } from '../../stores/selection';
import { closingSide } from './closingSide';

/** Why nothing can be sent on the chosen conversation (keys under `composer.blocked`). */
export type BlockedReason =
  'none' | 'closed' | 'closedByRemote' | 'closedByLocal' | 'closedByReset' | 'localEnded';

const CLOSED_BY = {
  remote: 'closedByRemote',
  local: 'closedByLocal',
  reset: 'closedByReset',
  unknown: 'closed',
} as const satisfies Record<string, BlockedReason>;

export function blockedReason(
  conversation: ConnectionInfo | undefined,
  events: readonly PuertoEvent[] = [],
): BlockedReason | undefined {
  if (conversation === undefined) return 'none';
  if (conversation.status === 'closed') return CLOSED_BY[closingSide(conversation, events)];
  if (conversation.localEnded) return 'localEnded';
  return undefined;
}

export function useConversationTarget() {
  const selection = useSelectionStore();
  const capture = useCaptureStore();

  const conversation = computed(() => selection.current);
  // Read only once the conversation is closed, so open ones never rescan the capture per batch.
  const blocked = computed(() =>
    blockedReason(
      conversation.value,
      conversation.value?.status === 'closed' ? capture.events : [],
    ),
  );

  function choose(connectionId: string): void {
    selection.makeCurrent(connectionId);
  }

  return { conversation, blocked, choose };
}
