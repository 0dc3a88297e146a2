/**
 * Steps about the current conversation, by data-testid only, so they survive the panels moving:
 * open a client of either protocol from the sidebar's form, and read what the composer says it
 * sends on.
 */
import type { Locator, Page } from 'playwright-core';
import { PATIENCE_MS } from './workspacePage';

export type Protocol = 'tcp' | 'udp';

/** The client form, opened from the sidebar's "New…" when it is not shown already. */
async function clientForm(page: Page): Promise<Locator> {
  const form = page.getByTestId('client-form');
  if (!(await form.isVisible())) await page.getByTestId('client-new').click();
  await form.waitFor({ state: 'visible', timeout: PATIENCE_MS });
  return form;
}

/** Opens a client to 127.0.0.1:port; resolves once the list shows `listed` clients in all. */
export async function openClient(
  page: Page,
  protocol: Protocol,
  port: number,
  listed: number,
): Promise<void> {
  const form = await clientForm(page);
  await form.getByTestId(`client-protocol-${protocol}`).click();
  await form.getByTestId('client-host').locator('input').fill('127.0.0.1');
  await form.getByTestId('client-port').locator('input').fill(String(port));
  await form.getByTestId('client-open').click();
  await page
    .getByTestId('client-item')
    .nth(listed - 1)
    .waitFor({ timeout: PATIENCE_MS });
}

export function composerTarget(page: Page): Locator {
  return page.getByTestId('composer').getByTestId('composer-target');
}

/** What the composer says it sends on: its conversation's id, protocol, status and words. */
export async function readComposerTarget(page: Page) {
  const target = composerTarget(page);
  return {
    connectionId: await target.getAttribute('data-connection-id'),
    protocol: await target.getAttribute('data-protocol'),
    status: await target.getAttribute('data-status'),
    text: (await target.getByTestId('composer-target-text').textContent())?.trim() ?? '',
  };
}

/** Types `message` and presses Send, on whatever the composer currently targets. */
export async function sendAsIs(page: Page, message: string): Promise<void> {
  const composer = page.getByTestId('composer');
  await composer.getByTestId('composer-text').locator('textarea').fill(message);
  await composer.getByTestId('composer-send').click();
}
