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
import { MAIN_ENTRY, PACKAGE_ROOT, ensureBuilt } from './build';
import type { CliContext } from './cliContext';
import { EXIT_FAILURE, EXIT_OK } from './cliContext';
import { runWeb } from './web';

/**
 * The path electron's own index.js would return, found without loading that package: its
 * index.js starts a download when the binary is missing, which must not happen here.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  try {
    const require = createRequire(join(PACKAGE_ROOT, 'package.json'));
    const packageDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    const override = env.ELECTRON_OVERRIDE_DIST_PATH;
    if (override !== undefined && override !== '') {
      const binary = join(override, executable || 'electron');
      return existsSync(binary) ? binary : null;
    }
    if (executable === '') return null;
    const binary = join(packageDir, 'dist', executable);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function runElectron(binary: string, context: CliContext): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(binary, [PACKAGE_ROOT], { stdio: 'inherit', env: context.env });
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

export async function runStart(args: WebArguments, context: CliContext): Promise<number> {
  const binary = findElectronBinary(context.env);
  if (binary === null) {
    context.err(translate(context.locale, 'cli.status.electronMissing'));
    return runWeb(args, context);
  }
  if (!(await ensureBuilt(MAIN_ENTRY, context))) return EXIT_FAILURE;
  return runElectron(binary, context);
}
