/**
 * Browser mode as a student starts it: `puerto web` (discovery kept on this machine, a
 * throw-away data folder), its printed address opened in headless Chromium, and a UDP echo
 * server started from the page's own form, as the end-to-end tests do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../../e2e/support/chromiumPage';
import { serverItem, startServer } from '../../e2e/support/workspacePage';
import type { Scope, StartedChild } from '../support/children';
import { freePort } from '../support/freePort';
import { LOOPBACK_ENV, PUERTO_BIN, REPO_ROOT } from '../support/servers';
import { installProbe } from './pageProbe';

/** `puerto web` may build the renderer first on a fresh clone. */
const WEB_READY_TIMEOUT_MS = 180_000;

export interface WebPage {
  web: StartedChild;
  browser: Browser;
  page: Page;
  cdp: CDPSession;
  /** The UDP echo server started from the page. */
  port: number;
  server: Locator;
  problems: string[];
}

export async function openWebPage(scope: Scope): Promise<WebPage> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'puerto-bench-web-'));
  scope.defer(() => rmSync(dataDirectory, { recursive: true, force: true }));
  const web = scope.spawn('puerto web', process.execPath, [PUERTO_BIN, 'web'], {
    cwd: REPO_ROOT,
    env: { ...LOOPBACK_ENV, PUERTO_DATA_DIR: dataDirectory },
  });
  await web.waitFor((child) => /http:\/\/\S+/.test(child.stdoutText), WEB_READY_TIMEOUT_MS);
  const url = (/http:\/\/\S+/.exec(web.stdoutText) as RegExpExecArray)[0];

  const browser = await launchChromium();
  scope.defer(() => browser.close());
  const problems: string[] = [];
  const { page } = await openWatchedPage(browser, url, problems);
  const port = await freePort();
  await startServer(page, 'udp', port, 'echo');
  // What a student watching the flood looks at: the inspector, scrolled into view.
  await page.getByTestId('event-table').scrollIntoViewIfNeeded();
  await installProbe(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { web, browser, page, cdp, port, server: serverItem(page, 'udp', port), problems };
}

/** Seconds the page's main thread spent running tasks so far (Chromium's TaskDuration). */
export async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((item) => item.name === 'TaskDuration');
  if (task === undefined) throw new Error('Chromium reported no TaskDuration');
  return task.value;
}

/** The page's Clear button: each measurement starts from an empty inspector. */
export async function clearInspector(page: Page): Promise<void> {
  await page.getByTestId('event-log-clear').click();
}
