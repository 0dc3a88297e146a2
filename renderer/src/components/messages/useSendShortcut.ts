/**
 * Ctrl+Enter (⌘+Enter on macOS) sends from anywhere on the page, as in mail and chat clients.
 * Another form's field keeps the keys to itself, so a student writing a server's reply text
 * never sends the composer's message by accident.
 */
import { useEventListener } from '@vueuse/core';
import type { Ref } from 'vue';

export const isMacintosh = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

function isEditable(element: Element): boolean {
  return element.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function useSendShortcut(root: Ref<HTMLElement | null | undefined>, send: () => void) {
  useEventListener(globalThis.window, 'keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    if (!(isMacintosh ? event.metaKey : event.ctrlKey)) return;
    const target = event.target;
    const inside = target instanceof Node && root.value?.contains(target) === true;
    if (!inside && target instanceof Element && isEditable(target)) return;
    event.preventDefault();
    send();
  });
}
