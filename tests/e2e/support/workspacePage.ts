/**
 * What a student does on the workspace page, as steps the end-to-end test reads like: start a
 * server, open a client, choose a conversation, type a message. Each step waits for what the
 * page shows afterwards rather than for a fixed time.
 */
import type { Locator, Page } from 'playwright-core';

export type Protocol = 'tcp' | 'udp';

/** The machine is shared and slow: conditions get generous time before a step fails. */
export const PATIENCE_MS = 15_000;

export function serverItem(page: Page, protocol: Protocol, port: number): Locator {
  return page.locator(
    `[data-testid="server-item"][data-protocol="${protocol}"][data-port="${port}"]`,
  );
}

export interface ServerFormChoices {
  /** "One client at a time" or several at once; the form keeps the last choice (TCP only). */
  concurrency?: 'concurrent' | 'iterative';
}

/**
 * The server and client forms open from their sidebar section's "New…" (issue 11); each
 * closes again once what it made is in the list. Opens the form unless it is open already.
 */
export async function openSidebarForm(page: Page, which: 'server' | 'client'): Promise<Locator> {
  const form = page.getByTestId(`${which}-form`);
  if (!(await form.isVisible())) await page.getByTestId(`${which}-new`).click();
  await form.waitFor({ state: 'visible', timeout: PATIENCE_MS });
  return form;
}

export async function startServer(
  page: Page,
  protocol: Protocol,
  port: number,
  behaviour: 'manual' | 'echo',
  choices: ServerFormChoices = {},
): Promise<void> {
  const form = await openSidebarForm(page, 'server');
  await form.getByTestId(`server-protocol-${protocol}`).click();
  await form.getByTestId(`behaviour-${behaviour}`).click();
  await form.getByTestId('server-port').locator('input').fill(String(port));
  // The port field suggests well-known ports as the student types; the list is dismissed.
  await page.keyboard.press('Escape');
  if (choices.concurrency !== undefined) {
    await form.getByTestId(`server-concurrency-${choices.concurrency}`).click();
  }
  await form.getByTestId('server-start').click();
  await serverItem(page, protocol, port)
    .and(page.locator('[data-status="listening"]'))
    .waitFor({ timeout: PATIENCE_MS });
}

/** Opens a TCP client to 127.0.0.1:port and resolves with the ephemeral port it was given. */
export async function openTcpClient(page: Page, port: number, before: number): Promise<number> {
  const form = await openSidebarForm(page, 'client');
  await form.getByTestId('client-protocol-tcp').click();
  await form.getByTestId('client-host').locator('input').fill('127.0.0.1');
  await form.getByTestId('client-port').locator('input').fill(String(port));
  await form.getByTestId('client-open').click();
  const opened = page.locator('[data-testid="client-item"][data-status="open"]');
  await opened.nth(before).waitFor({ timeout: PATIENCE_MS });
  return Number(await opened.nth(before).getAttribute('data-local-port'));
}

/** Picks an option of a Naive UI select whose label matches `text`. */
export async function chooseOption(page: Page, select: Locator, text: RegExp): Promise<void> {
  await select.click();
  // Naive UI keeps closed menus in the page: only the open one is visible.
  const option = page.locator('.n-base-select-option:visible', { hasText: text });
  await option.first().click({ timeout: PATIENCE_MS });
  await page.locator('.n-base-select-menu:visible').first().waitFor({ state: 'detached' });
}

/** Sends from the composer on the conversation whose picker label matches `conversation`. */
export async function sendFromComposer(
  page: Page,
  conversation: RegExp,
  mode: 'text' | 'hex',
  message: string,
): Promise<void> {
  const composer = page.getByTestId('composer');
  await chooseOption(page, composer.getByTestId('composer-connection'), conversation);
  await composer.getByTestId(`composer-mode-${mode}`).click();
  await composer.getByTestId('composer-text').locator('textarea').fill(message);
  await composer.getByTestId('composer-send').click();
}

/** An inspector row of one kind whose preview shows `text`. */
export function eventRow(page: Page, kind: string, text: string): Locator {
  return page.locator(`[data-testid="event-row"][data-kind="${kind}"]`, { hasText: text });
}

/**
 * Brings a centre view forward. The inspector is docked below the views and always shown,
 * so asking for it does nothing (kept for the tests written before the workbench).
 */
export async function openTab(
  page: Page,
  name: 'inspector' | 'topology' | 'conversation' | 'groups' | 'catalogue' | 'mailbox',
) {
  if (name === 'inspector') return;
  await page.locator(`[data-testid="workspace-tabs"] .n-tabs-tab[data-name="${name}"]`).click();
}
