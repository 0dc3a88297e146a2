/**
 * The conversation the composer sends on: the selection store's `connectionId`, shared with
 * the conversation view. When nothing usable is chosen the composer follows the newest open
 * conversation, so a student who opens a client can type at once; a chosen conversation that
 * closes stays chosen (with the reason shown) until a new one opens.
 */
import { computed, watch } from 'vue';
import type { ConnectionInfo } from '../../../../shared/contract';
import { useEngineStore } from '../../stores/engine';
import { useSelectionStore } from '../../stores/selection';

/** Why nothing can be sent on the chosen conversation (keys under `composer.blocked`). */
export type BlockedReason = 'none' | 'closed' | 'localEnded';

export function blockedReason(conversation: ConnectionInfo | undefined): BlockedReason | undefined {
  if (conversation === undefined) return 'none';
  if (conversation.status === 'closed') return 'closed';
  if (conversation.localEnded) return 'localEnded';
  return undefined;
}

export function useConversationTarget() {
  const engine = useEngineStore();
  const selection = useSelectionStore();

  const conversation = computed(() =>
    engine.connections.find((item) => item.id === selection.connectionId),
  );
  const blocked = computed(() => blockedReason(conversation.value));

  function follow(
    connections: readonly ConnectionInfo[],
    previous: readonly ConnectionInfo[] | undefined,
  ): void {
    const current = connections.find((item) => item.id === selection.connectionId);
    if (current !== undefined && current.status !== 'closed') return;
    const known = new Set(current === undefined ? [] : (previous ?? []).map((item) => item.id));
    const newest = connections
      .filter((item) => item.status !== 'closed' && !known.has(item.id))
      .at(-1);
    if (newest !== undefined) selection.connectionId = newest.id;
  }

  watch(() => engine.connections, follow, { immediate: true });

  function choose(connectionId: string): void {
    selection.connectionId = connectionId;
  }

  return { conversation, blocked, choose };
}
