import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { LOCALES, pickLocale } from '../../../shared/i18n';
import type { Locale } from '../../../shared/i18n';

export const THEMES = ['dark', 'light'] as const;
export type ThemeName = (typeof THEMES)[number];

const LOCALE_KEY = 'puerto.locale';
const THEME_KEY = 'puerto.theme';

/** Storage can be missing or refuse access (private windows); settings then last one session. */
function readChoice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(key);
    return allowed.find((choice) => choice === stored);
  } catch {
    return undefined;
  }
}

function writeChoice(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembering a preference is harmless.
  }
}

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(
    readChoice(LOCALE_KEY, LOCALES) ?? pickLocale(globalThis.navigator?.language),
  );
  const theme = ref<ThemeName>(readChoice(THEME_KEY, THEMES) ?? 'dark');

  watch(locale, (value) => writeChoice(LOCALE_KEY, value));
  watch(theme, (value) => writeChoice(THEME_KEY, value));

  return { locale, theme };
});
