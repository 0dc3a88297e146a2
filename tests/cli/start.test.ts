/**
 * `npm start` where Electron cannot start (issue 6, item 5): one line saying why and how to fix
 * it, then browser mode answering behind its token. Run through the real `npm start` and the
 * real bin, as a student or an administrator would type them.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../electron/cli/build';
import { expectedElectronBinary, findElectronBinary } from '../../electron/cli/start';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import { CliProcess, freePort, killRunning, runToEnd, startCli } from './cliProcess';

const URL_PATTERN = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/;

let scratch: string;
const npmProcesses: CliProcess[] = [];

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'puerto-start-'));
});

afterEach(async () => {
  await killRunning();
  for (const npm of npmProcesses.splice(0)) {
    // npm runs the script through a shell: the whole group goes, even if npm itself has ended.
    try {
      process.kill(-(npm.child.pid ?? 0), 'SIGKILL');
    } catch {
      // The group is already gone.
    }
    await npm.exited;
  }
  await rm(scratch, { recursive: true, force: true });
});

/** `npm start -- ARGS` from the package folder, in its own process group. */
function npmStart(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn('npm', ['start', '--', ...args], {
    cwd: PACKAGE_ROOT,
    env: {
      ...process.env,
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: 'C',
      PUERTO_DATA_DIR: join(scratch, 'data'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const npm = new CliProcess(child, ['npm', 'start', ...args]);
  npmProcesses.push(npm);
  return npm;
}

async function printedUrl(cli: CliProcess): Promise<string> {
  await cli.waitFor(() => cli.stdoutLines.some((line) => URL_PATTERN.test(line)), 20_000);
  return cli.stdoutLines.find((line) => URL_PATTERN.test(line)) ?? '';
}

/** The fallback line is printed once, whole, before browser mode's own one line. */
async function expectOneNotice(
  cli: CliProcess,
  locale: Locale,
  binary: string,
  url: string,
): Promise<void> {
  const notice = translate(locale, 'cli.status.electronMissing', { binary });
  const sentence = translate(locale, 'cli.status.webOpen', { url });
  // Standard error and output are two pipes: the sentence may arrive after the address.
  await cli.waitFor(() => cli.stderr.includes(sentence));
  const lines = cli.stderr.split('\n');
  expect(lines.filter((line) => line === notice)).toHaveLength(1);
  expect(lines.indexOf(notice)).toBeLessThan(lines.indexOf(sentence));
  for (const fix of ['npx install-electron', 'ELECTRON_MIRROR', 'HTTPS_PROXY', binary]) {
    expect(notice).toContain(fix);
  }
}

/** Browser mode is really there: the page behind the token, nothing without it. */
async function expectBrowserMode(url: string): Promise<void> {
  const { port } = new URL(url);
  expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(401);
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toMatch(/<title>Puerto<\/title>/);
}

/** Puerto closes its sockets on the way out: soon nothing answers at the address. */
async function waitUntilClosed(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(url);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error(`${url} still answers after npm start ended`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start without the Electron binary', () => {
  it('prints one line naming the missing binary and the fix, then serves browser mode', async () => {
    // An empty ELECTRON_OVERRIDE_DIST_PATH: Electron is missing even where it is installed.
    const emptyElectron = join(scratch, 'electron-dist');
    const port = await freePort();
    const npm = npmStart(['--port', String(port)], { ELECTRON_OVERRIDE_DIST_PATH: emptyElectron });
    const url = await printedUrl(npm);
    expect(URL_PATTERN.exec(url)?.[1]).toBe(String(port));
    await expectOneNotice(npm, 'en', join(emptyElectron, 'electron'), url);
    await expectBrowserMode(url);

    // Ctrl+C in a terminal signals the whole foreground group: npm, the shell and Puerto.
    process.kill(-(npm.child.pid ?? 0), 'SIGINT');
    await npm.exited;
    await waitUntilClosed(url);
    // Puerto's own way out, not the test's SIGKILL: it said it was closing its sockets.
    expect(npm.stderr).toContain(translate('en', 'cli.status.stopping'));
  });
});

describe.skipIf(findElectronBinary() !== null)('puerto start on this machine (no Electron)', () => {
  it('says so in Spanish with --lang es and opens browser mode instead', async () => {
    const cli = startCli(['start', '--lang', 'es']);
    const url = await printedUrl(cli);
    await expectOneNotice(cli, 'es', expectedElectronBinary(), url);
    await expectBrowserMode(url);
    cli.child.kill('SIGINT');
    expect(await cli.exited).toEqual({ code: 0, signal: null });
  });
});

describe('puerto start with an Electron binary', () => {
  it('runs it on the package directory and forwards its exit code', async () => {
    const fake = join(scratch, 'electron');
    await writeFile(fake, '#!/bin/sh\necho "fake electron $1"\nexit 3\n');
    await chmod(fake, 0o755);
    const cli = await runToEnd(['start'], { ELECTRON_OVERRIDE_DIST_PATH: scratch });
    expect(cli.exit.code).toBe(3);
    expect(cli.stdoutLines).toContain(`fake electron ${PACKAGE_ROOT}`);
    expect(cli.stderr).not.toContain('npx install-electron');
  });
});

describe('expectedElectronBinary', () => {
  it('names the file electron itself would run, for each system', () => {
    const override = { ELECTRON_OVERRIDE_DIST_PATH: scratch };
    expect(expectedElectronBinary(override)).toBe(join(scratch, 'electron'));
    // Until electron's install.js writes path.txt, the name is the one it would write.
    const electronFolder = join(PACKAGE_ROOT, 'node_modules', 'electron');
    const pathFile = join(electronFolder, 'path.txt');
    const written = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
    expect(expectedElectronBinary({}, 'win32')).toBe(
      join(electronFolder, 'dist', written ?? 'electron.exe'),
    );
    expect(expectedElectronBinary({}, 'darwin')).toBe(
      join(electronFolder, 'dist', written ?? 'Electron.app/Contents/MacOS/Electron'),
    );
  });
});
