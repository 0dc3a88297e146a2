/**
 * Whether the lecture concepts dialog is open. One dialog for the whole page, opened from the
 * desktop menu (Help → Lecture concepts), or with F1 anywhere, browser mode included.
 */
import { shallowRef } from 'vue';
import { useEventListener } from '@vueuse/core';

const open = shallowRef(false);

/** The six ideas of the lecture, in the order it presents them; keys under `desktop.concepts.items`. */
export const CONCEPTS = [
  'serverFirst',
  'clientContacts',
  'requestResponse',
  'manyServers',
  'tcpUdp',
  'iterativeConcurrent',
] as const;

export function useConceptsDialog() {
  return {
    open,
    show: () => (open.value = true),
    hide: () => (open.value = false),
  };
}

/** F1 is help in every desktop program; a browser would open its own help page instead. */
export function useConceptsShortcut(): void {
  useEventListener(globalThis.window, 'keydown', (event: KeyboardEvent) => {
    if (event.key !== 'F1' || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    open.value = true;
  });
}
