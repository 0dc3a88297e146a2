/**
 * The workbench (issue 11), measured in Chromium: at the lab's 1366×768 and at 1920×1080, in
 * English and Spanish (and projector mode at 1366), the document never scrolls and the
 * composer, at least eight inspector rows and the server list are on screen together; at 1920
 * the event detail sits beside the table. A splitter moved by mouse is saved in the workspace
 * and comes back after a reload; the centre's tabs are reached and switched by keyboard.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WORKSPACE_FILE_NAME } from '../../shared/contract';
import { requireTool } from '../support/requireTool';
import { startBrowserHost } from './support/browserHost';
import type { BrowserHost } from './support/browserHost';
import { launchChromium } from './support/chromiumPage';
import { checkScreenshotFolder } from './support/screenshotFolder';
import { connectRawTcp, freePortOnBothProtocols } from './support/sockets';
import type { RawTcpClient } from './support/sockets';
import { PATIENCE_MS, openTcpClient, serverItem, startServer } from './support/workspacePage';

const haveChromium = requireTool('chromium', 'chromium');
const screenshots = checkScreenshotFolder();
/** Each message an outside client sends the echo server is two rows: received, sent back. */
const MESSAGES = 12;
const ROWS_WANTED = 8;

/** The page's globals the in-page functions read (the tests compile without the DOM's types). */
interface LayoutGlobals {
  innerWidth: number;
  innerHeight: number;
  document: {
    scrollingElement: { scrollHeight: number; scrollWidth: number } | null;
    activeElement: { getAttribute(name: string): string | null } | null;
  };
}

interface Viewport {
  width: number;
  height: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('an element the test measures is not drawn');
  return box;
}

/** Half a pixel of rounding either way. */
function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

describe.skipIf(!haveChromium)('the workbench fills the window, pane by pane', () => {
  let dataDirectory: string;
  let host: BrowserHost | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let outside: RawTcpClient | undefined;
  let port = 0;
  const problems: string[] = [];

  async function openPage(viewport: Viewport, locale: 'en' | 'es'): Promise<Page> {
    if (browser === undefined || host === undefined) throw new Error('no browser or host');
    await context?.close();
    context = await browser.newContext({
      viewport,
      locale: locale === 'es' ? 'es-ES' : 'en-US',
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(host.web.url);
    await page
      .locator('[data-testid="connection-status"][data-status="open"]')
      .waitFor({ timeout: PATIENCE_MS });
    return page;
  }

  /** Real traffic for the inspector: an outside client talks to the echo server. */
  async function fillCapture(page: Page): Promise<void> {
    if (outside === undefined) outside = await connectRawTcp(port);
    const client = outside;
    // One at a time, each after the last one's echo: written together, TCP may join them.
    for (let index = 0; index < MESSAGES; index += 1) {
      const line = `line ${index} ${Date.now()}\n`;
      client.socket.write(line);
      await vi.waitFor(() => expect(client.received()).toContain(line), { timeout: PATIENCE_MS });
    }
    await expect
      .poll(() => page.locator('[data-testid="event-row"]').count(), { timeout: PATIENCE_MS })
      .toBeGreaterThanOrEqual(ROWS_WANTED);
  }

  /** Rows drawn wholly inside the table's scrolling body and inside the window. */
  async function rowsInView(page: Page, screen: Box): Promise<number> {
    const body = await boxOf(page.locator('.event-table__body').first());
    const rows = page.locator('[data-testid="event-row"]');
    let seen = 0;
    for (const row of await rows.all()) {
      const box = await row.boundingBox();
      if (box !== null && inside(box, body) && inside(box, screen)) seen += 1;
    }
    return seen;
  }

  /**
   * `rowsWanted`: projector mode zooms the page 1.35×, so 1366×768 holds only 1012×569 of it;
   * there the test asks for the window to fit with nothing clipped and the composer's Send in
   * view, not for eight rows.
   */
  async function expectWorkbench(
    page: Page,
    viewport: Viewport,
    rowsWanted = ROWS_WANTED,
  ): Promise<void> {
    const screen = { x: 0, y: 0, ...viewport };
    const scroll = await page.evaluate(() => {
      const view = globalThis as unknown as LayoutGlobals;
      const root = view.document.scrollingElement;
      return {
        height: root?.scrollHeight ?? Number.POSITIVE_INFINITY,
        width: root?.scrollWidth ?? Number.POSITIVE_INFINITY,
        innerHeight: view.innerHeight,
        innerWidth: view.innerWidth,
      };
    });
    expect(scroll.height).toBeLessThanOrEqual(scroll.innerHeight);
    expect(scroll.width).toBeLessThanOrEqual(scroll.innerWidth);

    // The composer's message box and Send are shown, not scrolled away inside its pane.
    const composer = await boxOf(page.getByTestId('composer'));
    expect(inside(composer, screen)).toBe(true);
    const centre = await boxOf(page.locator('.workbench__centre'));
    for (const part of ['composer-text', 'composer-send']) {
      const box = await boxOf(page.getByTestId(part));
      expect(inside(box, composer) && inside(box, centre) && inside(box, screen)).toBe(true);
    }
    // The server's card whole, or (projector mode) at least its heading line.
    const server = await boxOf(serverItem(page, 'tcp', port));
    const shown = rowsWanted > 0 ? server : { ...server, height: Math.min(server.height, 40) };
    expect(inside(shown, screen)).toBe(true);
    expect(await rowsInView(page, screen)).toBeGreaterThanOrEqual(rowsWanted);

    // The header stays on one line: every control shares the first control's row.
    const controls = await page.locator('.app-header__controls > *').all();
    const boxes = (await Promise.all(controls.map((control) => control.boundingBox()))).filter(
      (box): box is Box => box !== null && box.height > 0,
    );
    expect(boxes.length).toBeGreaterThan(4);
    // Nothing in the header is clipped at the window's edge.
    for (const box of boxes) expect(inside(box, screen)).toBe(true);
    if (rowsWanted < ROWS_WANTED) return;
    const lowestTop = Math.max(...boxes.map((box) => box.y));
    const highestBottom = Math.min(...boxes.map((box) => box.y + box.height));
    expect(lowestTop).toBeLessThan(highestBottom);
  }

  beforeAll(async () => {
    dataDirectory = mkdtempSync(join(tmpdir(), 'puerto-workbench-'));
    port = await freePortOnBothProtocols();
    host = await startBrowserHost(dataDirectory);
    browser = await launchChromium();
  });

  afterAll(async () => {
    outside?.socket.destroy();
    await context?.close();
    await browser?.close();
    await host?.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  it('at 1366×768 in English: no document scroll; composer, 8 rows and the servers together', async () => {
    const viewport = { width: 1366, height: 768 };
    const page = await openPage(viewport, 'en');
    await startServer(page, 'tcp', port, 'echo');
    await openTcpClient(page, port, 0);
    await fillCapture(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(screenshots, 'workbench-1366-en.png') });
    await expectWorkbench(page, viewport);
    await expect(page.getByTestId('message-inspector').getAttribute('data-detail')).resolves.toBe(
      'below',
    );
  });

  it('at 1366×768 in Spanish, and in projector mode, the same holds', async () => {
    const viewport = { width: 1366, height: 768 };
    const page = await openPage(viewport, 'es');
    await fillCapture(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(screenshots, 'workbench-1366-es.png') });
    await expectWorkbench(page, viewport);

    await page.getByTestId('projector-toggle').click();
    await page.locator('html.projector').waitFor({ state: 'attached' });
    try {
      await page.screenshot({ path: join(screenshots, 'workbench-1366-projector.png') });
      await expectWorkbench(page, viewport, 0);
    } finally {
      // Saved in the workspace: the next pages must not open in projector mode.
      await page.getByTestId('projector-toggle').click();
      await page.locator('html.projector').waitFor({ state: 'detached' });
    }
  });

  it('at 1920×1080, in both languages, the event detail sits beside the table', async () => {
    const viewport = { width: 1920, height: 1080 };
    for (const locale of ['en', 'es'] as const) {
      const page = await openPage(viewport, locale);
      await fillCapture(page);
      await page.locator('[data-testid="event-row"][data-kind="data-in"]').last().click();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(screenshots, `workbench-1920-${locale}.png`) });
      await expectWorkbench(page, viewport);
      const inspector = page.getByTestId('message-inspector');
      await expect(inspector.getAttribute('data-detail')).resolves.toBe('beside');
      const table = await boxOf(inspector.getByTestId('event-table'));
      const detail = await boxOf(inspector.getByTestId('inspector-detail-pane'));
      expect(detail.x).toBeGreaterThanOrEqual(table.x + table.width - 1);
      expect(detail.y).toBeLessThan(table.y + table.height);
      expect(detail.width).toBeGreaterThan(300);
    }
  });

  it('reaches the centre tabs with Tab and switches them with the arrow keys', async () => {
    const page = await openPage({ width: 1366, height: 768 }, 'en');
    const tabs = page.locator('[data-testid="workspace-tabs"] [role="tab"]');
    await expect(tabs.count()).resolves.toBe(5);
    await expect(
      page.locator('[data-testid="workspace-tabs"] [role="tablist"]').count(),
    ).resolves.toBe(1);
    await page.locator('body').focus();
    let reached = false;
    for (let press = 0; press < 120 && !reached; press += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () =>
          (globalThis as unknown as LayoutGlobals).document.activeElement?.getAttribute('role') ===
          'tab',
      );
    }
    expect(reached).toBe(true);
    const focusedName = () =>
      page.evaluate(
        () =>
          (globalThis as unknown as LayoutGlobals).document.activeElement?.getAttribute(
            'data-name',
          ) ?? '',
      );
    await expect(focusedName()).resolves.toBe('topology');

    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedName).toBe('conversation');
    const conversation = page.locator('#workbench-tab-conversation');
    await expect(conversation.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(conversation.getAttribute('tabindex')).resolves.toBe('0');
    await expect(page.locator('#workbench-tab-topology').getAttribute('tabindex')).resolves.toBe(
      '-1',
    );
    await page.getByTestId('conversation-view').waitFor({ state: 'visible' });

    await page.keyboard.press('End');
    await expect.poll(focusedName).toBe('mailbox');
    await page.locator('#workbench-panel-mailbox').waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedName).toBe('topology');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focusedName).toBe('mailbox');
    await page.keyboard.press('Home');
    await expect.poll(focusedName).toBe('topology');
    await page.getByTestId('topology-canvas').waitFor({ state: 'visible' });
  });

  it('opens the closed New server and New client forms from their keyboard shortcuts', async () => {
    const page = await openPage({ width: 1366, height: 768 }, 'en');
    const serverForm = page.getByTestId('server-form');
    const clientForm = page.getByTestId('client-form');
    await expect(serverForm.isVisible()).resolves.toBe(false);
    await expect(clientForm.isVisible()).resolves.toBe(false);
    const focusedLabel = () =>
      page.evaluate(
        () =>
          (globalThis as unknown as LayoutGlobals).document.activeElement?.getAttribute(
            'aria-label',
          ) ?? '',
      );

    await page.locator('body').focus();
    await page.keyboard.press('Alt+KeyS');
    await serverForm.waitFor({ state: 'visible', timeout: PATIENCE_MS });
    await expect
      .poll(() =>
        serverForm
          .locator('[data-shortcut="new-server"] input')
          .evaluate(
            (input) =>
              input ===
              (globalThis as unknown as { document: { activeElement: unknown } }).document
                .activeElement,
          ),
      )
      .toBe(true);

    // Alt+letter shortcuts wait while the student types in a field: leave the port field first.
    await page.keyboard.press('Escape');
    await serverForm.locator('[data-shortcut="new-server"] input').blur();
    await page.keyboard.press('Alt+KeyC');
    await clientForm.waitFor({ state: 'visible', timeout: PATIENCE_MS });
    await expect.poll(focusedLabel).toBe('Machine (host)');
  });

  it('remembers a splitter moved by mouse in the workspace, and restores it after a reload', async () => {
    const page = await openPage({ width: 1366, height: 768 }, 'en');
    const sidebar = page.getByTestId('sidebar');
    const before = (await boxOf(sidebar)).width;
    const trigger = page.locator('[data-testid="workbench"] > .n-split__resize-trigger-wrapper');
    const grip = await boxOf(trigger);
    const x = grip.x + grip.width / 2;
    const y = grip.y + grip.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 40, y, { steps: 4 });
    await page.mouse.move(x + 90, y, { steps: 4 });
    await page.mouse.up();
    const after = (await boxOf(sidebar)).width;
    expect(after).toBeGreaterThan(before + 60);

    const file = join(dataDirectory, WORKSPACE_FILE_NAME);
    await vi.waitFor(
      () => {
        const saved = JSON.parse(readFileSync(file, 'utf8'));
        expect(Math.abs(saved.settings.layout.sidebarWidth - after)).toBeLessThanOrEqual(2);
      },
      { timeout: PATIENCE_MS },
    );

    await page.reload();
    await page
      .locator('[data-testid="connection-status"][data-status="open"]')
      .waitFor({ timeout: PATIENCE_MS });
    const width = async () => Math.round((await boxOf(sidebar)).width);
    await expect.poll(width, { timeout: PATIENCE_MS }).toBe(Math.round(after));

    // The same grip is a focusable separator: the arrow keys move it too.
    const separator = trigger.locator('[role="separator"]');
    await separator.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(width).toBe(Math.round(after) - 32);
  });

  it('ran without script errors', () => {
    expect(problems).toEqual([]);
  });
});
