/**
 * Where the package's built files live (relative to this file, never to the working
 * directory, so `npx puerto` works from anywhere) and building them when missing or older than
 * the sources, with the package's own electron-vite, so a fresh clone needs nothing but
 * `npm install` and an edited checkout never runs yesterday's build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { translate } from '../../shared/i18n';
import { APP_SOURCES, isBuildFresh } from './buildFreshness.mjs';
import { withBuildLock } from './buildLock';
import type { CliContext } from './cliContext';

/**
 * The nearest folder above this file that holds package.json: this file runs from
 * electron/cli/ (tsx) or bundled into out/main/ or out/main/chunks/, at different depths.
 */
function packageRootAbove(fileUrl: string): string {
  let folder = dirname(fileURLToPath(fileUrl));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) {
    folder = dirname(folder);
  }
  return folder;
}

export const PACKAGE_ROOT = packageRootAbove(import.meta.url);
export const RENDERER_DIR = join(PACKAGE_ROOT, 'out', 'renderer');
export const RENDERER_ENTRY = join(RENDERER_DIR, 'index.html');
export const MAIN_ENTRY = join(PACKAGE_ROOT, 'out', 'main', 'index.js');

function electronViteBin(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  const manifestPath = require.resolve('electron-vite/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.['electron-vite'];
  if (bin === undefined) throw new Error('electron-vite has no bin');
  return join(dirname(manifestPath), bin);
}

function runBuild(root: string, context: CliContext): Promise<boolean> {
  return new Promise((resolve) => {
    let bin: string;
    try {
      bin = electronViteBin(root);
    } catch {
      resolve(false);
      return;
    }
    // Build output goes to stderr: stdout carries only results (the address, events).
    const child = spawn(process.execPath, [bin, 'build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => context.err(line));
    }
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

/**
 * True when `artifact` exists and no source changed since the build that made it (a walk of
 * the source folders: about 2 ms), building the app first if it is missing or stale.
 */
export async function ensureBuilt(
  artifact: string,
  context: CliContext,
  root = PACKAGE_ROOT,
): Promise<boolean> {
  const fresh = () => isBuildFresh(root, APP_SOURCES, artifact);
  if (fresh()) return true;
  return withBuildLock(join(root, 'out'), async () => {
    // Another process may have built while this one waited for the lock.
    if (fresh()) return true;
    const why = existsSync(artifact) ? 'cli.status.rebuilding' : 'cli.status.building';
    context.err(translate(context.locale, why));
    if ((await runBuild(root, context)) && existsSync(artifact)) return true;
    context.err(translate(context.locale, 'cli.status.buildFailed'));
    return false;
  });
}
