import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { usePreferredDark } from '@vueuse/core';
import { LOCALES, pickLocale } from '../../../shared/i18n';
import type { Locale } from '../../../shared/i18n';
import type { WorkbenchLayout, WorkspaceSettings } from '../../../shared/contract';

export const THEMES = ['dark', 'light'] as const;
export type ThemeName = (typeof THEMES)[number];
/** What the theme picker offers: a theme, or "whatever the system uses". */
export type ThemeChoice = ThemeName | 'system';

const LOCALE_KEY = 'puerto.locale';
const THEME_KEY = 'puerto.theme';
const PROJECTOR_KEY = 'puerto.projector';

/**
 * The workspace file is where settings live between runs; this browser storage only makes
 * the first paint right before that file has loaded (in browser mode the page's address, and
 * so its storage, changes every run). Storage can be missing or refuse access (private
 * windows); then nothing is cached.
 */
function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function readChoice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
  const stored = readStored(key);
  return allowed.find((choice) => choice === stored);
}

function writeStored(key: string, value: string | undefined): void {
  try {
    if (value === undefined) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not caching a preference is harmless: the workspace file still has it.
  }
}

/**
 * The system's language: the first of the user's preferred languages that Puerto speaks, so
 * someone who prefers Catalan, then Spanish, gets Spanish. In Electron these are the OS's.
 */
export function systemLocale(languages: readonly string[] | undefined, language?: string): Locale {
  for (const tag of languages ?? []) {
    if (/^(es|en)\b/i.test(tag)) return pickLocale(tag);
  }
  return pickLocale(language);
}

export const useSettingsStore = defineStore('settings', () => {
  const fromSystem = systemLocale(globalThis.navigator?.languages, globalThis.navigator?.language);
  const prefersDark = usePreferredDark();

  /** Undefined until the student picks one: until then the system decides. */
  const chosenLocale = ref<Locale | undefined>(readChoice(LOCALE_KEY, LOCALES));
  const chosenTheme = ref<ThemeName | undefined>(readChoice(THEME_KEY, THEMES));
  const projector = ref(readStored(PROJECTOR_KEY) === 'true');
  /** What classmates see when discovery is on; undefined means "this machine's host name". */
  const nickname = ref<string | undefined>(undefined);
  /** Where the splitters were left; undefined until one is moved, so the defaults apply. */
  const layout = ref<WorkbenchLayout | undefined>(undefined);

  const locale = computed<Locale>({
    get: () => chosenLocale.value ?? fromSystem,
    set: (value) => (chosenLocale.value = value),
  });
  const theme = computed<ThemeName>({
    get: () => chosenTheme.value ?? (prefersDark.value ? 'dark' : 'light'),
    set: (value) => (chosenTheme.value = value),
  });
  const themeChoice = computed<ThemeChoice>({
    get: () => chosenTheme.value ?? 'system',
    set: (value) => (chosenTheme.value = value === 'system' ? undefined : value),
  });

  /** What the workspace file keeps: only what was chosen, so "follow the system" survives. */
  const saved = computed<WorkspaceSettings>(() => ({
    ...(chosenLocale.value !== undefined ? { locale: chosenLocale.value } : {}),
    ...(chosenTheme.value !== undefined ? { theme: chosenTheme.value } : {}),
    projector: projector.value,
    ...(nickname.value !== undefined ? { nickname: nickname.value } : {}),
    ...(layout.value !== undefined ? { layout: layout.value } : {}),
  }));

  /** Applies settings read from the workspace file; what it never recorded stays as it is. */
  function restore(settings: WorkspaceSettings): void {
    if (settings.locale !== undefined) chosenLocale.value = settings.locale;
    if (settings.theme !== undefined) chosenTheme.value = settings.theme;
    projector.value = settings.projector;
    if (settings.nickname !== undefined) nickname.value = settings.nickname;
    if (settings.layout !== undefined) layout.value = settings.layout;
  }

  function toggleProjector(): void {
    projector.value = !projector.value;
  }

  watch(chosenLocale, (value) => writeStored(LOCALE_KEY, value));
  watch(chosenTheme, (value) => writeStored(THEME_KEY, value));
  watch(projector, (value) => writeStored(PROJECTOR_KEY, String(value)));

  return {
    locale,
    theme,
    themeChoice,
    projector,
    nickname,
    layout,
    chosenLocale,
    chosenTheme,
    saved,
    restore,
    toggleProjector,
  };
});
