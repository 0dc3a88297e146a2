/**
 * `puerto start` (what `npm start` runs): the desktop app when the Electron binary is there,
 * otherwise one line saying why not and browser mode instead, so a lab PC whose proxy blocked
 * Electron's download still gets a working Puerto.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { translate } from '../../shared/i18n';
import type { WebArguments } from './arguments';
import type { BrowserLauncher } from './browserLauncher';
import { MAIN_ENTRY, PACKAGE_ROOT, ensureBuilt } from './build';
import type { CliContext } from './cliContext';
import { EXIT_FAILURE, EXIT_OK } from './cliContext';
import { runWeb } from './web';
import { captureSettingsToEnv } from '../engine';

/** What electron's install.js writes to path.txt for this system (its `getPlatformPath`). */
function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

interface ElectronLocation {
  /** Where electron's own index.js would look for the binary. */
  binary: string;
  /** path.txt is written last by electron's install.js: without it the download never finished. */
  complete: boolean;
}

function locateElectron(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): ElectronLocation {
  let packageDir: string;
  try {
    const require = createRequire(join(PACKAGE_ROOT, 'package.json'));
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    packageDir = join(PACKAGE_ROOT, 'node_modules', 'electron');
  }
  const pathFile = join(packageDir, 'path.txt');
  const written = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const executable = written || platformExecutable(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    return { binary: join(override, written || 'electron'), complete: true };
  }
  return { binary: join(packageDir, 'dist', executable), complete: written !== '' };
}

/**
 * Where the Electron binary should be, found without loading the `electron` package: its
 * index.js starts a download when the binary is missing, which must not happen here. Shown
 * in the fallback line so an administrator sees which file is missing.
 */
export function expectedElectronBinary(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  return locateElectron(env, platform).binary;
}

/** The path electron's own index.js would return, when the binary is really there. */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  const { binary, complete } = locateElectron(env, process.platform);
  return complete && existsSync(binary) ? binary : null;
}

function runElectron(binary: string, args: WebArguments, context: CliContext): Promise<number> {
  return new Promise((resolve) => {
    const env = { ...context.env, ...captureSettingsToEnv(args.capture) };
    const child = spawn(binary, [PACKAGE_ROOT], { stdio: 'inherit', env });
    let stopping = false;
    void context.stopRequested.then((signal) => {
      stopping = true;
      child.kill(signal);
    });
    child.on('error', () => resolve(EXIT_FAILURE));
    // Ended by a signal: fine when the user asked to stop, a crash otherwise.
    child.on('exit', (code, signal) =>
      resolve(code ?? (stopping && signal !== null ? EXIT_OK : EXIT_FAILURE)),
    );
  });
}

export async function runStart(
  args: WebArguments,
  context: CliContext,
  launch?: BrowserLauncher,
): Promise<number> {
  const binary = findElectronBinary(context.env);
  if (binary === null) {
    const missing = expectedElectronBinary(context.env);
    context.err(translate(context.locale, 'cli.status.electronMissing', { binary: missing }));
    return runWeb(args, context, launch);
  }
  if (!(await ensureBuilt(MAIN_ENTRY, context))) return EXIT_FAILURE;
  return runElectron(binary, args, context);
}
