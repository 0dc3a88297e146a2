import { nextTick, onUnmounted } from 'vue';
import { useEventListener } from '@vueuse/core';
import { useSettingsStore } from '../stores/settings';
import type { FocusShortcut } from './shortcutKeys';
import { SHORTCUT_TARGETS, focusShortcutTarget, isTypingTarget, shortcutFor } from './shortcutKeys';

type ShortcutListener = () => void;
const listeners = new Map<FocusShortcut, Set<ShortcutListener>>();

/**
 * Lets a component make a shortcut's target visible first: the tabs can switch to the
 * inspector when Ctrl+F is pressed on another tab. Removed when the component unmounts.
 */
export function useShortcutListener(name: FocusShortcut, listener: ShortcutListener): void {
  const forName = listeners.get(name) ?? new Set<ShortcutListener>();
  listeners.set(name, forName);
  forName.add(listener);
  onUnmounted(() => forName.delete(listener));
}

/**
 * The workspace's keyboard shortcuts (search, new server, new client, projector); the
 * composer handles Ctrl+Enter itself. Keys are read once, on the window, while the calling
 * component lives.
 */
export function useShortcuts(): void {
  const settings = useSettingsStore();

  async function focusAfterListeners(target: string, waiting: Set<ShortcutListener>) {
    for (const listener of waiting) listener();
    await nextTick();
    focusShortcutTarget(target);
  }

  useEventListener(globalThis.window, 'keydown', (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const name = shortcutFor(event, isTypingTarget(event.target));
    if (name === null || name === 'send') return;
    if (name === 'projector') {
      event.preventDefault();
      settings.toggleProjector();
      return;
    }
    const target = SHORTCUT_TARGETS[name];
    if (focusShortcutTarget(target)) {
      event.preventDefault();
      return;
    }
    const waiting = listeners.get(name);
    if (waiting === undefined || waiting.size === 0) return;
    event.preventDefault();
    void focusAfterListeners(target, waiting);
  });
}
