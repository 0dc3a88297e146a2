import { watch } from 'vue';
import type { Ref } from 'vue';
import { useEventListener } from '@vueuse/core';

/**
 * Escape closes a popup opened by a click (Naive UI's click popovers close only on a click
 * outside), and gives the focus back to where it was when the popup opened: the keyboard user
 * stays on the button that opened it (WAI-ARIA dialog and disclosure patterns).
 */
export function useEscapeToClose(show: Ref<boolean>): void {
  let openedFrom: HTMLElement | null = null;
  watch(show, (open) => {
    if (open)
      openedFrom = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  });
  useEventListener(globalThis.window, 'keydown', (event: KeyboardEvent) => {
    if (!show.value || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    show.value = false;
    openedFrom?.focus();
    openedFrom = null;
  });
}
