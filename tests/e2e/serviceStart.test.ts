/**
 * Issue 11, "Service ↔ port, always coherent", in Chromium through browser mode: every choice
 * of the New server form's service picker and every "Start on N" of the well-known ports
 * catalogue starts, from the page, exactly that behaviour on exactly that protocol and (lab)
 * port. Each start is judged twice: by the server card the page shows and by the engine's own
 * state; then the server is stopped and its card removed, so the next one starts alone.
 */
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestLabPort } from '../../shared/catalogue/labPorts';
import { WELL_KNOWN_PORTS } from '../../shared/catalogue/wellKnownPorts';
import { SERVICE_CHOICES } from '../../renderer/src/components/servers/serviceChoices';
import { requireTool } from '../support/requireTool';
import {
  listeningItem,
  openServerForm,
  pickService,
  stopAndRemove,
} from './support/serverFormPage';
import { openWorkbenchSession } from './support/workbenchSession';
import type { WorkbenchSession } from './support/workbenchSession';
import { PATIENCE_MS, openTab } from './support/workspacePage';
import type { Protocol } from './support/workspacePage';

const haveChromium = requireTool('chromium', 'chromium');

/** Whether another program on this machine already holds the port (then it is not ours to test). */
function portIsFree(protocol: Protocol, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (protocol === 'udp') {
      const socket = createSocket('udp4');
      socket.once('error', () => {
        socket.close();
        resolve(false);
      });
      socket.bind(port, () => socket.close(() => resolve(true)));
      return;
    }
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

describe.skipIf(!haveChromium)('every service starts on its own port, from the page', () => {
  const skipped: string[] = [];
  let session: WorkbenchSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openWorkbenchSession('puerto-e2e-services-');
    ({ page } = session);
    await page.getByTestId('server-empty').waitFor({ timeout: PATIENCE_MS });
  });

  afterAll(() => session?.close());

  /** The card and the engine agree that exactly this one server listens. */
  async function expectOnlyServer(protocol: Protocol, port: number, behaviour: string) {
    const item = listeningItem(page, protocol, port);
    await item.waitFor({ timeout: PATIENCE_MS });
    expect(await item.getAttribute('data-behaviour')).toBe(behaviour);
    const state = await session?.host.engine.getState();
    const live = state?.servers.filter((server) => server.status === 'listening') ?? [];
    expect(live.map((server) => [server.protocol, server.port, server.behaviour.name])).toEqual([
      [protocol, port, behaviour],
    ]);
  }

  async function free(protocol: Protocol, port: number, what: string): Promise<boolean> {
    if (await portIsFree(protocol, port)) return true;
    skipped.push(`${what} (${protocol} ${port} is held by another program)`);
    return false;
  }

  it('starts every service of the picker, on TCP and on UDP, on its lab port', async () => {
    const choices = SERVICE_CHOICES.flatMap((service) =>
      service.protocols.map((protocol) => ({ service, protocol })),
    );
    expect(choices.length).toBeGreaterThanOrEqual(18);
    for (const { service, protocol } of choices) {
      const port = suggestLabPort(service.wellKnownPort);
      if (!(await free(protocol, port, service.name))) continue;
      await pickService(page, protocol, service.name);
      const form = await openServerForm(page);
      // What the form is about to send, as the student sees it, before pressing Start.
      expect(await form.getByTestId('server-port').locator('input').inputValue()).toBe(
        String(port),
      );
      await form.getByTestId('server-start').click();
      await expectOnlyServer(protocol, port, service.name);
      await stopAndRemove(page, protocol, port);
    }
  }, 60_000);

  it('starts exactly the service of every “Start on N” in the catalogue', async () => {
    await openTab(page, 'catalogue');
    for (const entry of WELL_KNOWN_PORTS) {
      const button = page.locator(`[data-testid="catalogue-start"][data-port="${entry.port}"]`);
      const port = Number(await button.getAttribute('data-lab-port'));
      const protocol = entry.protocols[0] ?? 'tcp';
      expect(port).toBe(suggestLabPort(entry.port));
      if (!(await free(protocol, port, entry.service))) continue;
      await button.click();
      await expectOnlyServer(protocol, port, entry.behaviour ?? 'manual');
      await stopAndRemove(page, protocol, port);
    }
    expect(skipped.length, skipped.join('; ')).toBeLessThan(4);
    expect(session?.problems).toEqual([]);
  }, 60_000);
});
