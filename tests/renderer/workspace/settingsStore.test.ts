import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { createPinia } from 'pinia';
import { systemLocale, useSettingsStore } from '../../../renderer/src/stores/settings';

/** A `matchMedia` whose dark-mode answer the test changes, as a student changing the OS theme would. */
function fakeColourScheme(dark: boolean) {
  const listeners = new Set<(event: { matches: boolean }) => void>();
  const query = {
    get matches() {
      return dark;
    },
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_type: string, listener: (event: { matches: boolean }) => void) =>
      listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: { matches: boolean }) => void) =>
      listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => query);
  return (next: boolean) => {
    dark = next;
    for (const listener of listeners) listener({ matches: next });
  };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('systemLocale', () => {
  it('takes the first preferred language Puerto speaks', () => {
    expect(systemLocale(['ca-ES', 'es-ES', 'en-GB'])).toBe('es');
    expect(systemLocale(['de-DE', 'en-US'])).toBe('en');
    expect(systemLocale(['fr-FR'], 'es-MX')).toBe('es');
    expect(systemLocale(undefined, undefined)).toBe('en');
  });
});

describe('useSettingsStore', () => {
  it('follows the system theme until the student chooses one', async () => {
    const changeSystem = fakeColourScheme(true);
    const settings = useSettingsStore(createPinia());
    expect([settings.theme, settings.themeChoice]).toEqual(['dark', 'system']);

    changeSystem(false);
    await nextTick();
    expect(settings.theme).toBe('light');

    settings.themeChoice = 'dark';
    changeSystem(false);
    expect(settings.theme).toBe('dark');
    settings.themeChoice = 'system';
    expect(settings.theme).toBe('light');
  });

  it('keeps in the workspace only what was chosen', () => {
    fakeColourScheme(false);
    const settings = useSettingsStore(createPinia());
    expect(settings.saved).toEqual({ projector: false });
    settings.locale = 'es';
    settings.toggleProjector();
    expect(settings.saved).toEqual({ locale: 'es', projector: true });
  });

  it('restores saved settings, leaving what the file never recorded', () => {
    fakeColourScheme(false);
    const settings = useSettingsStore(createPinia());
    settings.theme = 'dark';
    settings.restore({ locale: 'es', projector: true });
    expect([settings.locale, settings.theme, settings.projector]).toEqual(['es', 'dark', true]);
  });

  it('caches choices in browser storage for the first paint of the next window', async () => {
    fakeColourScheme(false);
    const first = useSettingsStore(createPinia());
    first.locale = 'es';
    first.theme = 'dark';
    first.toggleProjector();
    await nextTick();
    const next = useSettingsStore(createPinia());
    expect([next.locale, next.theme, next.projector]).toEqual(['es', 'dark', true]);
  });
});
