/**
 * Browser mode that behaves like an app (issue 11, item 6), with the real `puerto web` process:
 * a tab whose engine stops says so and shows its servers as not running within two seconds;
 * `puerto web` started again on the same data folder answers at the same address, and the SAME
 * tab (never reloaded) reconnects by itself and works with the new engine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { CliProcess, freePort, killRunning, startCli } from '../cli/cliProcess';
import { requireTool } from '../support/requireTool';
import { launchChromium, openWatchedPage } from './support/chromiumPage';
import { PATIENCE_MS, serverItem, startServer } from './support/workspacePage';

const URL_PATTERN = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/;
/** Issue 11: the tab must say the engine stopped "at once"; two seconds on a shared machine. */
const STOPPED_SHOWN_WITHIN_MS = 2_000;
const haveChromium = requireTool('chromium', 'chromium');

/** A WebSocket refused while the engine is down is what this test causes, not a page fault. */
function isExpectedWhileDown(problem: string): boolean {
  return /WebSocket connection to|ERR_CONNECTION_REFUSED/.test(problem);
}

describe.skipIf(!haveChromium)('puerto web restarted under an open tab', () => {
  let browser: Browser | undefined;
  let dataDirectory: string;

  function startWeb(): CliProcess {
    return startCli(['web', '--no-open'], {
      PUERTO_DATA_DIR: dataDirectory,
      PUERTO_DISCOVERY_TARGETS: '127.0.0.1',
    });
  }

  async function printedUrl(cli: CliProcess): Promise<string> {
    // A first start may rebuild the interface when sources changed.
    await cli.waitFor(() => cli.stdoutLines.some((line) => URL_PATTERN.test(line)), 50_000);
    return cli.stdoutLines.find((line) => URL_PATTERN.test(line)) ?? '';
  }

  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'puerto-web-restart-'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await killRunning();
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it('shows the stopped engine at once and reconnects the same tab to the restarted one', async () => {
    const first = startWeb();
    const url = await printedUrl(first);
    const problems: string[] = [];
    const { page } = await openWatchedPage(browser as Browser, url, problems);
    // Marks this document: a reload would lose it, so finding it later proves the same tab.
    await page.evaluate(() => Reflect.set(globalThis, 'puertoSameTab', true));

    const port = await freePort();
    await startServer(page, 'tcp', port, 'echo');
    const banner = page.getByTestId('engine-stopped');
    expect(await banner.count()).toBe(0);

    const stoppedAt = Date.now();
    first.child.kill('SIGTERM');
    const shownWithin = { timeout: STOPPED_SHOWN_WITHIN_MS };
    await banner.waitFor(shownWithin);
    await serverItem(page, 'tcp', port)
      .and(page.locator('[data-status="stopped"]'))
      .waitFor(shownWithin);
    const shownAfterMs = Date.now() - stoppedAt;
    expect(await banner.textContent()).toContain(translate('en', 'ui.transport.engineStopped'));
    expect(await first.exited).toEqual({ code: 0, signal: null });

    const second = startWeb();
    expect(await printedUrl(second)).toBe(url);
    const answeringAt = Date.now();
    const status = page.getByTestId('connection-status');
    await status.and(page.locator('[data-status="open"]')).waitFor({ timeout: PATIENCE_MS });
    await banner.waitFor({ state: 'detached', timeout: PATIENCE_MS });
    const reconnectedAfterMs = Date.now() - answeringAt;
    expect(await page.evaluate(() => Reflect.get(globalThis, 'puertoSameTab'))).toBe(true);
    // The new engine's state: the old server is not running there, and the tab drives it.
    expect(
      await serverItem(page, 'tcp', port).and(page.locator('[data-status="listening"]')).count(),
    ).toBe(0);
    const secondPort = await freePort();
    await startServer(page, 'tcp', secondPort, 'echo');

    console.info(
      `webRestart: stopped engine shown after ${shownAfterMs} ms; ` +
        `tab reconnected ${reconnectedAfterMs} ms after the new address was printed`,
    );
    expect(problems.filter((problem) => !isExpectedWhileDown(problem))).toEqual([]);
  }, 120_000);
});
