/**
 * Pictures for the README, taken at the lab's 1366×768 (see chromiumPage.ts). Every pane of the
 * workbench scrolls on its own, so a part of it may be larger than what its pane shows: a
 * picture of one part grows the window's height (never its width, which decides the layout)
 * until what the picture is about is wholly in view, keeps only what the panes show of the
 * part (never the pane drawn below it), and gives the window its size back.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { LAB_VIEWPORT } from './chromiumPage';
import { screenshotFolder } from './screenshotFolder';

/** Window heights tried, in turn, for a part that does not fit at 768. */
const TALLER = [900, 1050, 1200, 1400, 1600, 2000, 2400];
/** Room kept below a picture's subject. */
const SUBJECT_MARGIN_PX = 12;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The browser's calls the in-page function makes (the tests compile without the DOM's types). */
interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface ShownElement {
  parentElement: ShownElement | null;
  getBoundingClientRect(): Rect;
}
interface ShotGlobals {
  innerWidth: number;
  innerHeight: number;
  getComputedStyle(element: ShownElement): { overflowX: string; overflowY: string };
}

/** What the window shows of the element: its box cut by every ancestor that clips. */
function shownBox(part: Locator): Promise<Box & { whole: boolean }> {
  return part.evaluate((node) => {
    const view = globalThis as unknown as ShotGlobals;
    const element = node as unknown as ShownElement;
    const own = element.getBoundingClientRect();
    const cut = { left: Math.max(0, own.left), top: Math.max(0, own.top) };
    let right = Math.min(view.innerWidth, own.right);
    let bottom = Math.min(view.innerHeight, own.bottom);
    for (let above = element.parentElement; above !== null; above = above.parentElement) {
      const style = view.getComputedStyle(above);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = above.getBoundingClientRect();
      cut.left = Math.max(cut.left, box.left);
      cut.top = Math.max(cut.top, box.top);
      right = Math.min(right, box.right);
      bottom = Math.min(bottom, box.bottom);
    }
    const width = Math.max(0, right - cut.left);
    const height = Math.max(0, bottom - cut.top);
    const whole = width >= own.right - own.left - 1 && height >= own.bottom - own.top - 1;
    return { x: cut.left, y: cut.top, width, height, whole };
  });
}

/** The mouse off every control, so no hover colours or tooltips end up in the picture. */
async function restMouse(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
}

interface SidebarElement extends ShownElement {
  scrollTop: number;
  querySelector(selector: string): ShownElement | null;
}

/**
 * The whole window, the sidebar scrolled to its top or, given `sidebarFrom` (a data-testid in
 * it), to just above that element: the lists the picture is about rather than this machine's.
 */
export async function shootWindow(page: Page, name: string, sidebarFrom?: string): Promise<void> {
  await restMouse(page);
  await page.getByTestId('sidebar').evaluate((node, testId) => {
    const sidebar = node as unknown as SidebarElement;
    const mark = testId === undefined ? null : sidebar.querySelector(`[data-testid="${testId}"]`);
    const above = mark === null ? 0 : mark.getBoundingClientRect().top;
    const top = sidebar.getBoundingClientRect().top;
    sidebar.scrollTop = mark === null ? 0 : sidebar.scrollTop + above - top - 12;
  }, sidebarFrom);
  await page.screenshot({ path: join(screenshotFolder(), name), animations: 'disabled' });
}

/**
 * What the panes show of `part`, down to the end of `subject` (the part itself by default), once
 * the subject is wholly in view; if it never is, at the tallest window tried (the picture then
 * shows as much as fits).
 */
export async function shootPart(
  page: Page,
  name: string,
  part: Locator,
  subject: Locator = part,
): Promise<void> {
  const size = page.viewportSize() ?? LAB_VIEWPORT;
  await restMouse(page);
  try {
    for (const height of TALLER) {
      if ((await shownBox(subject)).whole) break;
      await page.setViewportSize({ width: size.width, height });
      // The splitters share the new height out on the next frame.
      await page.waitForTimeout(200);
    }
    const { whole: _whole, ...clip } = await shownBox(part);
    if (subject !== part) {
      // Down to the subject's end: what lies below it in the part is not what the picture shows.
      const end = await shownBox(subject);
      clip.height = Math.min(clip.height, end.y + end.height + SUBJECT_MARGIN_PX - clip.y);
    }
    await page.screenshot({ path: join(screenshotFolder(), name), clip, animations: 'disabled' });
  } finally {
    await page.setViewportSize(size);
  }
}
