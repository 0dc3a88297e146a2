/**
 * Language and theme of the page under test, set in its settings store (the pickers move
 * while the layout changes; the store is what they set), and the centre's views by name.
 */
import type { Page } from 'playwright-core';
import type { PageGlobals } from './pageGlobals';

interface VueRoot {
  __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, unknown> } } } };
}

interface PageSettings {
  locale: 'en' | 'es';
  theme: 'light' | 'dark';
}

export async function applySettings(page: Page, settings: Partial<PageSettings>): Promise<void> {
  await page.evaluate((chosen) => {
    const browser = globalThis as unknown as PageGlobals;
    const root = browser.document.querySelector('#app') as unknown as VueRoot;
    const store = root.__vue_app__.config.globalProperties.$pinia._s.get('settings');
    Object.assign(store as PageSettings, chosen);
  }, settings);
  // Naive UI fades colours between themes: the audit must judge the colours that stay.
  await page.waitForTimeout(600);
}

/** The views in the centre of the workbench, by their tabs' names. */
export const CENTRE_VIEWS = ['topology', 'conversation', 'groups', 'catalogue', 'mailbox'] as const;
export type CentreView = (typeof CENTRE_VIEWS)[number];

export async function showView(page: Page, view: CentreView): Promise<void> {
  await page.locator(`[data-testid="workspace-tabs"] .n-tabs-tab[data-name="${view}"]`).click();
  await page.waitForTimeout(350);
}
