import { defineStore } from 'pinia';
import { ref } from 'vue';

/** What the student clicked last, anywhere (topology, lists, inspector). */
export type Focus = { kind: 'server' | 'client' | 'connection'; id: string } | null;

/**
 * The shared point of attention: the topology canvas and the lists set it, the inspector filters
 * by it, and the composer and conversation view work on its conversation.
 */
export const useSelectionStore = defineStore('selection', () => {
  const focus = ref<Focus>(null);
  /** The conversation (TCP connection or UDP flow) the composer sends on. */
  const connectionId = ref<string | null>(null);

  function focusServer(id: string): void {
    focus.value = { kind: 'server', id };
  }

  function focusClient(id: string, clientConnectionId?: string): void {
    focus.value = { kind: 'client', id };
    if (clientConnectionId !== undefined) connectionId.value = clientConnectionId;
  }

  function focusConnection(id: string): void {
    focus.value = { kind: 'connection', id };
    connectionId.value = id;
  }

  function clearFocus(): void {
    focus.value = null;
  }

  return { focus, connectionId, focusServer, focusClient, focusConnection, clearFocus };
});
