/**
 * A workbench with something in every view, for the audits and the keyboard scenario: a TCP
 * echo server, a client to it and one message each way, by the page's own forms. The forms
 * open from the sidebar's "New…" buttons; each helper opens its form first when it is closed.
 */
import type { Page } from 'playwright-core';
import { PATIENCE_MS, openTcpClient, startServer } from './workspacePage';

export async function openForm(page: Page, form: 'server' | 'client'): Promise<void> {
  const shown = page.locator(`[data-testid="${form}-form"]:visible`);
  if ((await shown.count()) > 0) return;
  await page.getByTestId(`${form}-new`).click();
  await shown.first().waitFor({ timeout: PATIENCE_MS });
}

/** Starts the echo server, opens a client and sends `message`; resolves once the echo shows. */
export async function echoSession(page: Page, port: number, message: string): Promise<void> {
  await openForm(page, 'server');
  await startServer(page, 'tcp', port, 'echo');
  await openForm(page, 'client');
  await openTcpClient(page, port, 0);
  const composer = page.getByTestId('composer');
  await composer.getByTestId('composer-text').locator('textarea').fill(message);
  await composer.getByTestId('composer-send').click();
  await page
    .locator('[data-testid="event-row"][data-kind="data-in"]', { hasText: message })
    .first()
    .waitFor({ timeout: PATIENCE_MS });
}
