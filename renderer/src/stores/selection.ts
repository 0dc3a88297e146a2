import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { ConnectionInfo } from '../../../shared/contract';
import { nextCurrentConversation } from '../selection/currentConversation';
import { useEngineStore } from './engine';

/** What the student clicked last, anywhere (topology, lists, inspector). */
export type Focus = { kind: 'server' | 'client' | 'connection'; id: string } | null;

/**
 * The shared point of attention, in two explicit parts (issue 11, "one current conversation"):
 * `focus` is what the inspector filters by; `connectionId` is the current conversation, the one
 * the composer sends on and the conversation view shows. Selecting an event in the inspector
 * changes neither; the lists and the topology change both; "Answer on this conversation" changes
 * only the current one.
 */
export const useSelectionStore = defineStore('selection', () => {
  const engine = useEngineStore();
  const focus = ref<Focus>(null);
  /** The conversation (TCP connection or UDP flow) the composer sends on. */
  const connectionId = ref<string | null>(null);
  /**
   * The current conversation as last listed: the engine forgets old closed conversations, but
   * the composer must keep showing which one it was and why it can no longer send.
   */
  const lastSeen = shallowRef<ConnectionInfo | undefined>(undefined);
  let known: ReadonlySet<string> = new Set();

  const current = computed(() => {
    const listed = engine.connections.find((item) => item.id === connectionId.value);
    if (listed !== undefined) return listed;
    return lastSeen.value?.id === connectionId.value ? lastSeen.value : undefined;
  });

  watch(
    () => engine.connections,
    (connections) => {
      connectionId.value = nextCurrentConversation({
        currentId: connectionId.value,
        connections,
        known,
        servers: engine.servers,
      });
      known = new Set(connections.map((item) => item.id));
    },
    { immediate: true },
  );

  watch(current, (conversation) => {
    if (conversation !== undefined) lastSeen.value = conversation;
  });

  /**
   * Makes a listed conversation current. An id the engine does not list (a refused client's,
   * which never opened) changes nothing: the composer keeps a conversation it can name.
   */
  function makeCurrent(id: string): boolean {
    if (!engine.connections.some((item) => item.id === id)) return false;
    connectionId.value = id;
    return true;
  }

  function focusServer(id: string): void {
    focus.value = { kind: 'server', id };
  }

  /** A client picked in the sidebar or the topology: its conversation becomes current too. */
  function focusClient(id: string, clientConnectionId?: string): void {
    focus.value = { kind: 'client', id };
    if (clientConnectionId !== undefined) makeCurrent(clientConnectionId);
  }

  /** A conversation picked in the topology: shown in the inspector and made current. */
  function focusConnection(id: string): void {
    focus.value = { kind: 'connection', id };
    makeCurrent(id);
  }

  /** Filters the inspector to one item without touching the current conversation. */
  function showOnly(next: NonNullable<Focus>): void {
    focus.value = next;
  }

  function clearFocus(): void {
    focus.value = null;
  }

  return {
    focus,
    connectionId,
    current,
    makeCurrent,
    focusServer,
    focusClient,
    focusConnection,
    showOnly,
    clearFocus,
  };
});
