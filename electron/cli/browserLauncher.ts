/**
 * Opens browser mode's address in the default browser, as `npm start` promises (issue 11,
 * item 6): each system's own opener (xdg-open, open, start), started detached so Puerto never
 * waits for the browser nor takes it down on Ctrl+C. No library: three commands do not justify
 * a dependency. Tests inject `spawn` and assert what would run; they never open a browser.
 */
import { spawn as spawnProcess } from 'node:child_process';
import type { SpawnOptions } from 'node:child_process';

export interface OpenerCommand {
  command: string;
  args: string[];
  options: SpawnOptions;
}

/** What `--open` / `--no-open` said: undefined when neither was given. */
export type OpenChoice = boolean | undefined;

export interface OpenConditions {
  choice: OpenChoice;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Standard output is a terminal: someone is there to see the browser open. */
  outputIsTerminal: boolean;
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * A browser opens only where one can be seen and someone asked for it: never with `--no-open`,
 * on a Linux (or BSD) without a graphical session, or under CI; without a terminal (a script,
 * a test) only when `--open` asks for it.
 */
export function shouldOpenBrowser(conditions: OpenConditions): boolean {
  const { choice, env, platform } = conditions;
  if (choice === false || isSet(env.CI)) return false;
  const graphical = platform === 'darwin' || platform === 'win32';
  if (!graphical && !isSet(env.DISPLAY) && !isSet(env.WAYLAND_DISPLAY)) return false;
  return choice === true || conditions.outputIsTerminal;
}

/**
 * The opener for `url` on `platform`. Only plain addresses are accepted (letters, digits and
 * `.:/?=#_-`, as browser mode prints them): on Windows the address passes through cmd.exe
 * (`start` is one of its built-ins), where `&`, `%` or a quote would change the command.
 */
export function openerCommand(url: string, platform: NodeJS.Platform): OpenerCommand {
  if (!/^https?:\/\/[\w.:/?=#-]+$/.test(url)) throw new Error(`Not a plain web address: ${url}`);
  const options: SpawnOptions = { detached: true, stdio: 'ignore' };
  if (platform === 'darwin') return { command: 'open', args: [url], options };
  if (platform === 'win32') {
    // The empty "" is start's window title; without it a quoted address would become the title.
    const args = ['/d', '/c', `start "" "${url}"`];
    return { command: 'cmd.exe', args, options: { ...options, windowsVerbatimArguments: true } };
  }
  return { command: 'xdg-open', args: [url], options };
}

export type Spawn = (
  command: string,
  args: string[],
  options: SpawnOptions,
) => {
  on(event: 'error', listener: (error: Error) => void): unknown;
  unref(): void;
};

export interface LaunchOptions {
  platform?: NodeJS.Platform;
  spawn?: Spawn;
  /** The opener is missing or failed to start (no xdg-open on a minimal system). */
  onFailure?: (error: Error) => void;
}

export type BrowserLauncher = (url: string, options?: LaunchOptions) => void;

export const openInBrowser: BrowserLauncher = (url, options = {}) => {
  const {
    command,
    args,
    options: spawnOptions,
  } = openerCommand(url, options.platform ?? process.platform);
  const spawn = options.spawn ?? spawnProcess;
  try {
    const child = spawn(command, args, spawnOptions);
    child.on('error', (error) => options.onFailure?.(error));
    // The browser outlives Puerto: nothing here waits for the opener to end.
    child.unref();
  } catch (error) {
    options.onFailure?.(error instanceof Error ? error : new Error(String(error)));
  }
};
