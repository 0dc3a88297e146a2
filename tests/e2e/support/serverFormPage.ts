/**
 * Steps on the New server form and on server cards that do not depend on where the layout puts
 * them: the form may sit behind the sidebar's "New…" button (issue 11), so it is opened when
 * it is not already visible. Everything is found by data-testid.
 */
import type { Locator, Page } from 'playwright-core';
import { PATIENCE_MS, chooseOption, serverItem } from './workspacePage';
import type { Protocol } from './workspacePage';

export async function openServerForm(page: Page): Promise<Locator> {
  const form = page.getByTestId('server-form');
  if (!(await form.isVisible())) await page.getByTestId('server-new').click();
  await form.waitFor({ state: 'visible', timeout: PATIENCE_MS });
  return form;
}

/** Chooses a classic service in the form's picker ("qotd (RFC 865) · port 17, lab 7017"). */
export async function pickService(page: Page, protocol: Protocol, service: string): Promise<void> {
  const form = await openServerForm(page);
  await form.getByTestId(`server-protocol-${protocol}`).click();
  await chooseOption(page, form.getByTestId('service-picker'), new RegExp(`^${service} \\(`));
}

/** The card of a server that listens on this protocol and port. */
export function listeningItem(page: Page, protocol: Protocol, port: number): Locator {
  return serverItem(page, protocol, port).and(page.locator('[data-status="listening"]'));
}

/** Stops the server from its card, then removes the card, so the port and the list are free. */
export async function stopAndRemove(page: Page, protocol: Protocol, port: number): Promise<void> {
  await listeningItem(page, protocol, port).getByTestId('server-stop').click();
  const stopped = serverItem(page, protocol, port).and(page.locator('[data-status="stopped"]'));
  await stopped.getByTestId('server-remove').click({ timeout: PATIENCE_MS });
  await serverItem(page, protocol, port).waitFor({ state: 'detached', timeout: PATIENCE_MS });
}
