/**
 * Issue 11, "one current conversation", in Chromium through browser mode: a newly opened client
 * takes the composer at once (once, "hola udp" left on an older TCP client), selecting an old row
 * in the inspector does not move it, "Answer on this conversation" does, and a conversation that
 * closes stays named in the composer, disabled, with the reason.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClientInfo } from '../../shared/contract';
import { requireTool } from '../support/requireTool';
import {
  composerTarget,
  openClient,
  readComposerTarget,
  sendAsIs,
} from './support/conversationSteps';
import { freePortOnBothProtocols } from './support/sockets';
import { openWorkbenchSession } from './support/workbenchSession';
import type { WorkbenchSession } from './support/workbenchSession';
import { PATIENCE_MS, eventRow, startServer } from './support/workspacePage';

const haveChromium = requireTool('chromium', 'chromium');

function eventually(check: () => Promise<void> | void): Promise<void> {
  return vi.waitFor(check, { timeout: PATIENCE_MS, interval: 100 });
}

describe.skipIf(!haveChromium)('the current conversation, end to end in Chromium', () => {
  let session: WorkbenchSession | undefined;
  let page: Page;
  let port = 0;

  async function client(protocol: 'tcp' | 'udp'): Promise<ClientInfo> {
    const state = await session?.host.engine.getState();
    const found = state?.clients.find((item) => item.protocol === protocol);
    if (found === undefined) throw new Error(`no ${protocol} client yet`);
    return found;
  }

  beforeAll(async () => {
    port = await freePortOnBothProtocols();
    session = await openWorkbenchSession('puerto-current-');
    ({ page } = session);
  });

  afterAll(() => session?.close());

  it('sends on the client opened last, without choosing a conversation', async () => {
    await startServer(page, 'tcp', port, 'echo');
    await startServer(page, 'udp', port, 'echo');
    await openClient(page, 'tcp', port, 1);
    await eventually(async () => expect((await readComposerTarget(page)).protocol).toBe('tcp'));
    await openClient(page, 'udp', port, 2);

    const udp = await client('udp');
    await eventually(async () =>
      expect(await readComposerTarget(page)).toMatchObject({
        connectionId: udp.connectionId,
        protocol: 'udp',
        status: 'open',
        text: `UDP client :${udp.local?.port} → 127.0.0.1:${port}`,
      }),
    );
    await sendAsIs(page, 'hola udp');
    await eventually(async () => {
      expect((await client('udp')).counters.bytesOut).toBe('hola udp\n'.length);
      expect((await client('tcp')).counters.bytesOut).toBe(0);
    });
    await eventRow(page, 'data-in', 'hola udp').first().waitFor({ timeout: PATIENCE_MS });
    await expect(
      page.locator('[data-testid="event-row"][data-current]', { hasText: 'hola udp' }).count(),
    ).resolves.toBeGreaterThan(0);
    await expect(
      page.locator(`[data-testid="client-item"][data-current]`).getAttribute('data-protocol'),
    ).resolves.toBe('udp');
  });

  it('selects an older TCP row without moving the composer; "Answer" moves it', async () => {
    const tcp = await client('tcp');
    const udp = await client('udp');
    const tcpRow = page
      .locator('[data-testid="event-row"][data-kind="connected"]', {
        hasText: `:${tcp.local?.port} ↔`,
      })
      .first();
    const seq = await tcpRow.getAttribute('data-seq');
    await tcpRow.click();
    await page.locator(`[data-testid="event-detail"][data-seq="${seq}"]`).waitFor();
    expect((await readComposerTarget(page)).connectionId).toBe(udp.connectionId);

    await page.getByTestId('detail-answer-here').click();
    await eventually(async () =>
      expect(await readComposerTarget(page)).toMatchObject({
        connectionId: tcp.connectionId,
        protocol: 'tcp',
        text: `TCP client :${tcp.local?.port} → 127.0.0.1:${port}`,
      }),
    );
    await expect(page.getByTestId('detail-answer-here').isDisabled()).resolves.toBe(true);
  });

  it('keeps the composer when a refused connection’s row is clicked', async () => {
    const before = await readComposerTarget(page);
    const refused = await freePortOnBothProtocols();
    await openClient(page, 'tcp', refused, 3);
    const errorRow = page
      .locator('[data-testid="event-row"][data-kind="error"]', { hasText: `:${refused}` })
      .first();
    await errorRow.waitFor({ timeout: PATIENCE_MS });
    await errorRow.click();
    await page.getByTestId('detail-answer-blocked').waitFor();
    await expect(page.getByTestId('detail-answer-here').isDisabled()).resolves.toBe(true);
    expect(await readComposerTarget(page)).toEqual(before);
    expect(before.status).toBe('open');
  });

  it('keeps a closed conversation in the composer, disabled, with the reason', async () => {
    const tcp = await client('tcp');
    await page.getByTestId('composer').getByTestId('composer-close').click();
    await eventually(async () => expect((await readComposerTarget(page)).status).toBe('closed'));
    expect((await readComposerTarget(page)).connectionId).toBe(tcp.connectionId);
    await page.getByTestId('composer-text').locator('textarea').fill('too late');
    await expect(page.getByTestId('composer-send').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('composer-reason').textContent()).resolves.toMatch(
      /^\s*You closed this conversation at \d\d:\d\d:\d\d: open a new client or pick another conversation\.\s*$/,
    );
    await expect(composerTarget(page).isVisible()).resolves.toBe(true);
  });
});
