/**
 * Moving through the page with the keyboard alone, as the keyboard-only scenario does: Tab (or
 * Shift+Tab) until the focus is inside an element, arrows until a choice is made. The page is
 * only read (where the focus is), never clicked.
 */
import type { Page } from 'playwright-core';

interface FocusWindow {
  document: { activeElement: { closest(selector: string): unknown; outerHTML: string } | null };
}

export function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(
    (wanted) =>
      (globalThis as unknown as FocusWindow).document.activeElement?.closest(wanted) != null,
    selector,
  );
}

/** The focused element's opening tag, for a step that got lost. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = (globalThis as unknown as FocusWindow).document.activeElement;
    return focused === null ? 'nothing' : focused.outerHTML.slice(0, 200);
  });
}

/**
 * Presses `key` until the focus is inside `selector`; resolves with the presses it took.
 * Fails, saying where the focus ended, after `most` presses.
 */
export async function pressUntilFocused(
  page: Page,
  key: string,
  selector: string,
  most = 60,
): Promise<number> {
  for (let presses = 0; presses <= most; presses++) {
    if (await focusIsIn(page, selector)) return presses;
    await page.keyboard.press(key);
  }
  throw new Error(
    `${most} × ${key} did not reach ${selector}; focus is on ${await describeFocus(page)}`,
  );
}
