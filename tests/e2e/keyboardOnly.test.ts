/**
 * The main flow with the keyboard alone (issue 11, item 4): start a TCP echo server, open a
 * client to it, type and send a message, and read the echo in the inspector, with Tab,
 * Shift+Tab, arrows, Enter, Escape and the shortcuts; nothing is clicked. The page is read
 * (where the focus is, what it shows) to know when each step is done.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/requireTool';
import { LAB_VIEWPORT } from './support/chromiumPage';
import { focusIsIn, pressUntilFocused } from './support/keyboardSteps';
import { freePortOnBothProtocols } from './support/sockets';
import { openWorkbenchSession } from './support/workbenchSession';
import type { WorkbenchSession } from './support/workbenchSession';
import { PATIENCE_MS, serverItem } from './support/workspacePage';

const haveChromium = requireTool('chromium', 'chromium');
const MESSAGE = 'hola teclado';

describe.skipIf(!haveChromium)('the main flow with the keyboard alone', { timeout: 90_000 }, () => {
  let session: WorkbenchSession | undefined;
  let page: Page;
  let port = 0;

  beforeAll(async () => {
    port = await freePortOnBothProtocols();
    session = await openWorkbenchSession('puerto-keyboard-', { viewport: LAB_VIEWPORT });
    ({ page } = session);
  });

  afterAll(() => session?.close());

  it('opens the shortcuts help with Enter and closes it with Escape', async () => {
    await pressUntilFocused(page, 'Tab', '[data-testid="shortcut-help"]');
    await page.keyboard.press('Enter');
    const list = page.getByTestId('shortcut-help-list');
    await list.waitFor({ timeout: PATIENCE_MS });
    expect(await list.textContent()).toContain('Alt + M');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden', timeout: PATIENCE_MS });
    expect(await focusIsIn(page, '[data-testid="shortcut-help"]')).toBe(true);
  });

  it('closes the concepts dialog and the capture menu with Escape', async () => {
    await pressUntilFocused(page, 'Tab', '[data-testid="concepts-button"]');
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('lecture-concepts');
    await dialog.waitFor({ timeout: PATIENCE_MS });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: PATIENCE_MS });

    await pressUntilFocused(page, 'Shift+Tab', '[data-testid="capture-file-menu"]');
    await page.keyboard.press('Enter');
    const menu = page.locator('.n-dropdown-menu:visible');
    await menu.first().waitFor({ timeout: PATIENCE_MS });
    await page.keyboard.press('Escape');
    await menu.first().waitFor({ state: 'hidden', timeout: PATIENCE_MS });
  });

  it("opens and closes the composer's sections with Space and Enter", async () => {
    const section = page.getByTestId('composer-section-file');
    const toggle = '[data-testid="composer-section-file"] button.base-disclosure__toggle';
    await page.keyboard.press('Alt+M');
    await pressUntilFocused(page, 'Tab', toggle);
    await page.keyboard.press('Space');
    await page.locator(`${toggle}[aria-expanded="true"]`).waitFor({ timeout: PATIENCE_MS });
    await section.locator('.n-collapse-item__content-inner').waitFor({ timeout: PATIENCE_MS });
    await page.keyboard.press('Enter');
    await page.locator(`${toggle}[aria-expanded="false"]`).waitFor({ timeout: PATIENCE_MS });
    await section
      .locator('.n-collapse-item__content-inner')
      .waitFor({ state: 'hidden', timeout: PATIENCE_MS });
  });

  it('starts a TCP echo server from Alt+S', async () => {
    await page.keyboard.press('Alt+S');
    await page.getByTestId('server-form').waitFor({ timeout: PATIENCE_MS });
    expect(await focusIsIn(page, '[data-testid="server-port"]')).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(port));
    await page.keyboard.press('Escape');
    // The behaviours are radio buttons: Tab reaches the group, arrows choose in it.
    await pressUntilFocused(page, 'Tab', '.behaviour-fields');
    await pressUntilFocused(page, 'ArrowDown', '[data-testid="behaviour-echo"]', 20);
    await pressUntilFocused(page, 'Tab', '[data-testid="server-start"]');
    await page.keyboard.press('Enter');
    await serverItem(page, 'tcp', port)
      .and(page.locator('[data-status="listening"]'))
      .waitFor({ timeout: PATIENCE_MS });
    const state = await session?.host.engine.getState();
    expect(
      state?.servers.map((server) => [server.protocol, server.port, server.behaviour.name]),
    ).toEqual([['tcp', port, 'echo']]);
  });

  it('opens a client to it from Alt+C, pressed while a radio button has the focus', async () => {
    await page.keyboard.press('Alt+C');
    await page.getByTestId('client-form').waitFor({ timeout: PATIENCE_MS });
    // The protocol radio buttons come first: Alt+C from one of them must still work.
    await pressUntilFocused(
      page,
      'Shift+Tab',
      '[data-testid="client-form"] input[type="radio"]',
      10,
    );
    await page.keyboard.press('Alt+C');
    expect(await focusIsIn(page, '[data-testid="client-host"]')).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('127.0.0.1');
    await pressUntilFocused(page, 'Tab', '[data-testid="client-port"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(port));
    await pressUntilFocused(page, 'Tab', '[data-testid="client-open"]');
    await page.keyboard.press('Enter');
    await page
      .locator('[data-testid="client-item"][data-status="open"]')
      .first()
      .waitFor({ timeout: PATIENCE_MS });
  });

  it('types and sends a message from Alt+M, and reads the echo in the inspector grid', async () => {
    await page.keyboard.press('Alt+M');
    expect(await focusIsIn(page, '[data-testid="composer-text"]')).toBe(true);
    await page.keyboard.type(MESSAGE);
    // The new client becomes the composer's conversation as its "connected" event arrives.
    await page
      .locator('[data-testid="composer-send"]:not([disabled])')
      .waitFor({ timeout: PATIENCE_MS });
    await page.keyboard.press('Control+Enter');
    const echo = page.locator('[data-testid="event-row"][data-kind="data-in"]', {
      hasText: MESSAGE,
    });
    await echo.first().waitFor({ timeout: PATIENCE_MS });

    // Into the grid: one Tab stop for all its rows, then the arrows.
    const presses = await pressUntilFocused(page, 'Tab', '[role="grid"] [role="row"]', 80);
    // From the first row down to the echo: the newest row that received the message.
    await page.keyboard.press('Home');
    const replySeq = Math.max(
      ...(await echo.evaluateAll((rows) =>
        rows.map((row) => Number(row.getAttribute('data-seq'))),
      )),
    );
    const reply = `[role="row"][data-seq="${replySeq}"][aria-selected="true"]`;
    let arrows = 0;
    for (; arrows < 20 && !(await focusIsIn(page, reply)); arrows++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(arrows).toBeGreaterThan(0);
    expect(await focusIsIn(page, reply)).toBe(true);
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('inspector-detail-pane');
    await detail.getByText(MESSAGE).first().waitFor({ timeout: PATIENCE_MS });
    const row = page.locator(reply);
    expect(await row.textContent()).toContain(MESSAGE);
    // The reply is what the client received, not what the server received first.
    const seq = Number(await row.getAttribute('data-seq'));
    const capture = await session?.host.engine.getCapture({ afterSeq: seq - 1, limit: 1 });
    expect(capture?.events[0]).toMatchObject({ seq, kind: 'data-in' });
    expect(capture?.events[0]?.clientId).toBeDefined();
    const rowIndex = Number(await row.getAttribute('aria-rowindex'));
    const rowCount = Number(await page.locator('[role="grid"]').getAttribute('aria-rowcount'));
    console.info(
      `keyboard only: ${presses} Tab presses from the composer to the grid, ${arrows} arrows to the reply, row ${rowIndex} of ${rowCount}`,
    );
    expect(rowIndex).toBeGreaterThan(1);
    expect(rowIndex).toBeLessThanOrEqual(rowCount);
    expect(session?.problems).toEqual([]);
  });
});
