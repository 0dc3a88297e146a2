/**
 * Where a host keeps the workspace. `PUERTO_DATA_DIR` wins everywhere (a lab image, a USB
 * stick, a test); Electron otherwise uses its own `userData` folder; browser mode and the CLI
 * follow each system's convention for per-user settings.
 */
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export const DATA_DIRECTORY_VARIABLE = 'PUERTO_DATA_DIR';

export interface DataDirectoryOptions {
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  homeDirectory?: string;
  /** Electron's `app.getPath('userData')`, when the host is Electron. */
  applicationDirectory?: string;
}

function present(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

export function resolveDataDirectory(options: DataDirectoryOptions): string {
  const { env, platform = process.platform, homeDirectory = homedir() } = options;
  const path = platform === 'win32' ? win32 : posix;
  const chosen = env[DATA_DIRECTORY_VARIABLE];
  if (present(chosen)) return path.resolve(chosen);
  if (present(options.applicationDirectory)) return options.applicationDirectory;
  switch (platform) {
    case 'win32':
      return path.join(
        present(env.APPDATA) ? env.APPDATA : path.join(homeDirectory, 'AppData', 'Roaming'),
        'Puerto',
      );
    case 'darwin':
      return path.join(homeDirectory, 'Library', 'Application Support', 'Puerto');
    default: {
      // XDG Base Directory: a relative XDG_CONFIG_HOME is invalid and must be ignored.
      const xdg = env.XDG_CONFIG_HOME;
      const base = present(xdg) && path.isAbsolute(xdg) ? xdg : path.join(homeDirectory, '.config');
      return path.join(base, 'puerto');
    }
  }
}
