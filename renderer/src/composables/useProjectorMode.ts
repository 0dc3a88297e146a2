import { watchEffect } from 'vue';
import { useSettingsStore } from '../stores/settings';

export const PROJECTOR_CLASS = 'projector';

/**
 * Projector mode is a class on `<html>`, like the language in `useLocaleSync`: the rule that
 * scales the page lives with the projector toggle (components/settings/ProjectorToggle.vue).
 */
export function useProjectorMode(): void {
  const settings = useSettingsStore();
  watchEffect(() => {
    document.documentElement.classList.toggle(PROJECTOR_CLASS, settings.projector);
  });
}
