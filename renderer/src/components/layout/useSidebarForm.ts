import { nextTick, ref } from 'vue';
import { useShortcutListener } from '../../composables/useShortcuts';
import type { FocusShortcut } from '../../composables/shortcutKeys';
import { focusShortcutTarget, SHORTCUT_TARGETS } from '../../composables/shortcutKeys';

/**
 * The open/closed state of a sidebar section's "New…" form. Its keyboard shortcut opens the
 * form first, then the shortcut moves focus into it; "New…" does the same by click.
 */
export function useSidebarForm(shortcut: FocusShortcut) {
  const open = ref(false);
  useShortcutListener(shortcut, () => {
    open.value = true;
  });

  async function show(): Promise<void> {
    open.value = true;
    await nextTick();
    focusShortcutTarget(SHORTCUT_TARGETS[shortcut]);
  }

  function close(): void {
    open.value = false;
  }

  return { open, show, close };
}

export type SidebarFormState = ReturnType<typeof useSidebarForm>;
