/**
 * Headless Chromium for the end-to-end tests, with every problem the page reports collected:
 * a CSP violation (eval, inline script), an uncaught error, a console error or a failed fetch.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** Loading the page and opening its WebSocket, on a slow shared machine. */
const OPEN_TIMEOUT_MS = 20_000;

const LAUNCH_ARGUMENTS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The desk monitor most tests were written at. */
export const DESK_VIEWPORT = { width: 1440, height: 900 };
/** The lab's screens (issue 11): the workbench is made for them, the README shows them. */
export const LAB_VIEWPORT = { width: 1366, height: 768 };

export interface Viewport {
  width: number;
  height: number;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGUMENTS });
}

/**
 * The page's <meta> policy names `frame-ancestors`, which only works as a header (browser mode
 * sends the same policy as one); Chromium notes that it ignores it in the <meta>.
 */
function isKnownNotice(text: string): boolean {
  return text.includes("'frame-ancestors' is ignored when delivered via a <meta> element");
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
}

/**
 * A page in a context of its own (its own localStorage), so what it shows after a restart
 * came from the saved workspace and not from the browser's memory.
 */
export async function openWatchedPage(
  browser: Browser,
  url: string,
  problems: string[],
  viewport: Viewport = DESK_VIEWPORT,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isKnownNotice(message.text())) {
      problems.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  const status = page.getByTestId('connection-status');
  try {
    await status.and(page.locator('[data-status="open"]')).waitFor({ timeout: OPEN_TIMEOUT_MS });
  } catch (cause) {
    // Say what the page showed instead: a link that never opened has several possible causes.
    const shown = await status.getAttribute('data-status').catch(() => 'no status element');
    throw new Error(
      `the page's link to the engine did not open (status ${shown}); page problems: ${JSON.stringify(problems)}`,
      { cause },
    );
  }
  return { context, page };
}
