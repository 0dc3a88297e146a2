/**
 * The desktop app in real Electron (issue 6): Playwright launches Electron on the built app,
 * the student's TCP echo server is started from the window, an independent client (node:net)
 * talks to it, and the window's event log shows what crossed the wire.
 *
 * The Electron binary cannot be downloaded on the machines that write Puerto (no route to
 * Electron's releases), so here this SKIPS, CI=true included; the release workflow
 * (.github/workflows/release.yml) fetches Electron and runs it on Linux under xvfb.
 *
 * It launches the unpackaged app (Electron + the package root) rather than an installer's
 * binary: the packaged binary has the --inspect fuse off, and Playwright drives Electron
 * through that very inspector.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../electron/cli/build';
import { findElectronBinary } from '../../electron/cli/start';
import { PATIENCE_MS, eventRow } from '../e2e/support/workspacePage';

const binary = findElectronBinary();
/** The release workflow sets this: where Electron was fetched, its absence is a failure. */
const electronRequired = process.env.PUERTO_REQUIRE_ELECTRON === '1';
const SKIP_REASON =
  'no Electron binary in node_modules/electron/dist (it cannot be downloaded on this machine; ' +
  'run `npx install-electron` where Electron is reachable — the release workflow does)';
const skipped = binary === null && !electronRequired;
if (skipped) console.info(`desktopApp smoke test skipped: ${SKIP_REASON}`);

const LAUNCH_TIMEOUT_MS = 60_000;

/** Chromium refuses to start as root with its sandbox on; CI runners are not root. */
function sandboxArguments(): string[] {
  return process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}

/** The environment for Electron: the test's, a private data folder, never Node mode. */
function electronEnvironment(dataDirectory: string): Record<string, string> {
  const entries = Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
  );
  return { ...Object.fromEntries(entries), PUERTO_DATA_DIR: dataDirectory };
}

function openClient(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

function receiveUntil(socket: Socket, expected: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const timer = setTimeout(() => {
      socket.off('data', onData);
      reject(new Error(`timed out waiting for ${JSON.stringify(expected)}; got ${received}`));
    }, PATIENCE_MS);
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

const title = skipped
  ? `the desktop app in Electron — skipped: ${SKIP_REASON}`
  : 'the desktop app in Electron';

describe.skipIf(skipped)(title, () => {
  let application: ElectronApplication | undefined;
  let window: Page;
  let dataDirectory: string | undefined;
  let client: Socket | undefined;

  beforeAll(async () => {
    if (binary === null) throw new Error(`PUERTO_REQUIRE_ELECTRON=1 but ${SKIP_REASON}`);
    if (!existsSync(join(PACKAGE_ROOT, 'out', 'main', 'index.js'))) {
      throw new Error('No app build in out/: run "npx electron-vite build" first');
    }
    dataDirectory = mkdtempSync(join(tmpdir(), 'puerto-electron-'));
    application = await _electron.launch({
      executablePath: binary,
      args: [...sandboxArguments(), PACKAGE_ROOT],
      env: electronEnvironment(dataDirectory),
      timeout: LAUNCH_TIMEOUT_MS,
    });
    window = await application.firstWindow({ timeout: LAUNCH_TIMEOUT_MS });
    await window.waitForLoadState('domcontentloaded');
  }, LAUNCH_TIMEOUT_MS * 2);

  afterAll(async () => {
    client?.destroy();
    await application?.close();
    if (dataDirectory !== undefined) rmSync(dataDirectory, { recursive: true, force: true });
  }, LAUNCH_TIMEOUT_MS);

  it(
    'starts a TCP echo server from the window and logs a real client’s message',
    async () => {
      const form = window.getByTestId('server-form');
      await form.getByTestId('server-protocol-tcp').click({ timeout: PATIENCE_MS });
      await form.getByTestId('behaviour-echo').click();
      await form.getByTestId('server-port').locator('input').fill('0');
      await window.keyboard.press('Escape');
      await form.getByTestId('server-start').click();

      const listening = window.locator('[data-testid="server-item"][data-status="listening"]');
      await listening.first().waitFor({ timeout: PATIENCE_MS });
      const port = Number(await listening.first().getAttribute('data-port'));
      expect(port).toBeGreaterThan(0);

      client = await openClient(port);
      const line = `hola desde Electron ${port}`;
      const echoed = receiveUntil(client, `${line}\n`);
      client.write(`${line}\n`);
      expect(await echoed).toBe(`${line}\n`);

      // The log shows the newline as ↵: what arrived, and the echo that went back.
      await eventRow(window, 'data-in', `${line}↵`).waitFor({ timeout: PATIENCE_MS });
      await eventRow(window, 'data-out', `${line}↵`).waitFor({ timeout: PATIENCE_MS });
    },
    LAUNCH_TIMEOUT_MS,
  );
});
