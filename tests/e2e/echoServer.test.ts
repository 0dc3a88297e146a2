/**
 * The whole path in a real browser: Chromium renders the built renderer from browser mode,
 * the student starts a TCP echo server from the page, an independent client (node:net) talks
 * to it, and the page's event log shows what crossed the wire.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PuertoEngine } from '../../electron/engine';
import { startWebServer } from '../../electron/web';
import { requireTool } from '../support/requireTool';
import { RENDERER_DIR } from './support/browserHost';
import { LAB_VIEWPORT, launchChromium, openWatchedPage } from './support/chromiumPage';
import { screenshotFolder } from './support/screenshotFolder';
import { sendFromComposer } from './support/workspacePage';

const screenshotPath = join(screenshotFolder(), 'skeleton.png');
const haveChromium = requireTool('chromium', 'chromium');

/** Resolves with everything the socket received once `expected` is among it. */
function receiveUntil(socket: Socket, expected: string, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const timer = setTimeout(() => {
      socket.off('data', onData);
      reject(new Error(`timed out waiting for ${JSON.stringify(expected)}; got ${received}`));
    }, timeoutMs);
    function onData(chunk: Buffer): void {
      received += chunk.toString('utf8');
      if (!received.includes(expected)) return;
      clearTimeout(timer);
      socket.off('data', onData);
      resolve(received);
    }
    socket.on('data', onData);
  });
}

function openTcpClient(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

describe.skipIf(!haveChromium)('browser mode, end to end in Chromium', () => {
  let engine: PuertoEngine | undefined;
  let web: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let client: Socket | undefined;
  const pageProblems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(`${RENDERER_DIR}/index.html`)) {
      throw new Error(`No renderer build in ${RENDERER_DIR}: run "npx electron-vite build" first`);
    }
    engine = new PuertoEngine();
    web = await startWebServer({ engine, rendererDir: RENDERER_DIR });
    browser = await launchChromium();
    // A CSP violation (eval, inline script), an uncaught error or a missing file shows up here.
    ({ page } = await openWatchedPage(browser, web.url, pageProblems, LAB_VIEWPORT));
  });

  afterAll(async () => {
    client?.destroy();
    await browser?.close();
    await web?.close();
    await engine?.close();
  });

  it('starts a TCP echo server from the page and logs a real client’s message and its echo', async () => {
    await page.locator('[data-testid="connection-status"][data-status="open"]').waitFor();

    // The form opens from the sidebar's "New…" (issue 11).
    await page.getByTestId('server-new').click();
    await page.getByTestId('server-protocol-tcp').click();
    await page.getByTestId('behaviour-echo').click();
    await page.getByTestId('server-port').locator('input').fill('0');
    await page.getByTestId('server-start').click();

    const serverItem = page.locator('[data-testid="server-item"][data-status="listening"]');
    await serverItem.waitFor();
    const port = Number(await serverItem.getAttribute('data-port'));
    expect(port).toBeGreaterThan(0);
    const state = await engine?.getState();
    expect(state?.servers).toEqual([
      expect.objectContaining({
        protocol: 'tcp',
        requestedPort: 0,
        port,
        status: 'listening',
        behaviour: { name: 'echo' },
      }),
    ]);

    client = await openTcpClient(port);
    const line = `hola desde node ${port}`;
    const echoed = receiveUntil(client, `${line}\n`);
    client.write(`${line}\n`);
    expect(await echoed).toBe(`${line}\n`);

    // The log shows the newline as ↵: what arrived and what the echo sent back, byte for byte.
    const shown = `${line}↵`;
    const received = page.locator('[data-testid="event-row"][data-kind="data-in"]', {
      hasText: shown,
    });
    const sent = page.locator('[data-testid="event-row"][data-kind="data-out"]', {
      hasText: shown,
    });
    await received.waitFor();
    await sent.waitFor();
    const bytes = String(Buffer.byteLength(`${line}\n`));
    expect(await received.locator('td').allInnerTexts()).toContain(bytes);
    expect(await sent.locator('td').allInnerTexts()).toContain(bytes);
    await page.locator('[data-testid="event-row"][data-kind="accepted"]').waitFor();
  });

  it('sends the student’s text from the page to the client', async () => {
    if (client === undefined) throw new Error('the previous test opened no client');
    const answer = receiveUntil(client, 'hola, cliente\n');
    // An echo server's connection never becomes the composer's target by itself (issue 11):
    // the student picks it, as they would to speak on the server's side.
    await sendFromComposer(page, /Server side/, 'text', 'hola, cliente');
    expect(await answer).toBe('hola, cliente\n');
    await page
      .locator('[data-testid="event-row"][data-kind="data-out"]', { hasText: 'hola, cliente↵' })
      .waitFor();
  });

  it('rendered without script errors, and leaves a screenshot of the skeleton', async () => {
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath });
    expect(existsSync(screenshotPath)).toBe(true);
    expect(pageProblems).toEqual([]);
  });
});
