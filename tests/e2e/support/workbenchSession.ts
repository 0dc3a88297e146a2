/**
 * One student's session, as most end-to-end files start it: a data folder of its own, browser
 * mode on it (see browserHost.ts), Chromium and a watched page whose link to the engine is open,
 * with every problem the page reports collected in `problems`. `close` undoes all of it, page
 * first; `restart` is the student's next session on the same folder, in a fresh browser context.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBrowserHost } from './browserHost';
import type { BrowserHost, BrowserHostOptions } from './browserHost';
import { DESK_VIEWPORT, launchChromium, openWatchedPage } from './chromiumPage';
import type { Viewport } from './chromiumPage';

export interface WorkbenchSessionOptions {
  /** The window's size; the desk monitor's 1440×900 unless the test says otherwise. */
  viewport?: Viewport;
  host?: BrowserHostOptions;
}

export interface WorkbenchSession {
  readonly dataDirectory: string;
  /** Script errors, CSP violations, console errors and failed requests, from every page. */
  readonly problems: string[];
  readonly browser: Browser;
  readonly host: BrowserHost;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Closes the page and browser mode, starts browser mode again on the same data folder. */
  restart(): Promise<void>;
  /** Page, browser, browser mode, then the data folder; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts a session in a new temporary folder named from `prefix`. If any part fails to start,
 * what did start is closed before the error is thrown: a failed beforeAll leaves nothing behind.
 */
export async function openWorkbenchSession(
  prefix: string,
  options: WorkbenchSessionOptions = {},
): Promise<WorkbenchSession> {
  const dataDirectory = mkdtempSync(join(tmpdir(), prefix));
  const problems: string[] = [];
  const viewport = options.viewport ?? DESK_VIEWPORT;
  let browser: Browser | undefined;
  let host: BrowserHost | undefined;
  let opened: { context: BrowserContext; page: Page } | undefined;

  async function closeAll(): Promise<void> {
    await opened?.context.close();
    await browser?.close();
    await host?.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }

  async function openPage(): Promise<void> {
    host = await startBrowserHost(dataDirectory, options.host);
    if (browser === undefined) throw new Error('no browser');
    opened = await openWatchedPage(browser, host.web.url, problems, viewport);
  }

  try {
    browser = await launchChromium();
    await openPage();
  } catch (cause) {
    await closeAll();
    throw cause;
  }

  let closed: Promise<void> | undefined;
  function started<T>(part: T | undefined): T {
    if (part === undefined) throw new Error('the session is not running');
    return part;
  }
  return {
    dataDirectory,
    problems,
    get browser() {
      return started(browser);
    },
    get host() {
      return started(host);
    },
    get context() {
      return started(opened).context;
    },
    get page() {
      return started(opened).page;
    },
    async restart() {
      await opened?.context.close();
      opened = undefined;
      await host?.close();
      host = undefined;
      await openPage();
    },
    close: () => (closed ??= closeAll()),
  };
}
