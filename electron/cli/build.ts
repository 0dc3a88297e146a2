/**
 * Where the package's built files live (relative to this file, never to the working
 * directory, so `npx puerto` works from anywhere) and building them once when missing, with
 * the package's own electron-vite, so a fresh clone needs nothing but `npm install`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { translate } from '../../shared/i18n';
import type { CliContext } from './cliContext';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_DIR = join(PACKAGE_ROOT, 'out', 'renderer');
export const RENDERER_ENTRY = join(RENDERER_DIR, 'index.html');
export const MAIN_ENTRY = join(PACKAGE_ROOT, 'out', 'main', 'index.js');

function electronViteBin(): string {
  const require = createRequire(join(PACKAGE_ROOT, 'package.json'));
  const manifestPath = require.resolve('electron-vite/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.['electron-vite'];
  if (bin === undefined) throw new Error('electron-vite has no bin');
  return join(dirname(manifestPath), bin);
}

function runBuild(context: CliContext): Promise<boolean> {
  return new Promise((resolve) => {
    let bin: string;
    try {
      bin = electronViteBin();
    } catch {
      resolve(false);
      return;
    }
    // Build output goes to stderr: stdout carries only results (the address, events).
    const child = spawn(process.execPath, [bin, 'build'], {
      cwd: PACKAGE_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => context.err(line));
    }
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

/** True when `artifact` exists, building the app once first if needed. */
export async function ensureBuilt(artifact: string, context: CliContext): Promise<boolean> {
  if (existsSync(artifact)) return true;
  context.err(translate(context.locale, 'cli.status.building'));
  if ((await runBuild(context)) && existsSync(artifact)) return true;
  context.err(translate(context.locale, 'cli.status.buildFailed'));
  return false;
}
