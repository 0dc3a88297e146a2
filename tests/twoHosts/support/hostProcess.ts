/**
 * Programs run inside one host's namespace (`ip netns exec NS …`): the real `puerto` CLI, the
 * engine host, a tiny sender. `ip netns exec` replaces itself with the program, so the child's
 * pid is the program's own and killing it leaves nothing behind. Every process started here is
 * remembered until it exits, so `killAll` (afterAll) can end what a failed test left running.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
export const PUERTO_BIN = join(REPOSITORY, 'electron/cli/bin.mjs');

/**
 * One program starting in a host: node loads Puerto's prebuilt CLI (or its TypeScript through
 * tsx when the sources are newer than the build), which takes longer when the whole suite runs
 * at once on two cores.
 */
export const STARTUP_TIMEOUT_MS = 40_000;

const running = new Set<HostProcess>();
let dataRoot: string | undefined;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class HostProcess {
  readonly stdoutLines: string[] = [];
  stderr = '';
  readonly exited: Promise<Exit>;
  private stdoutRest = '';
  private readonly wakers = new Set<() => void>();

  constructor(
    readonly child: ChildProcess,
    readonly label: string,
  ) {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (this.stdoutRest + chunk).split('\n');
      this.stdoutRest = lines.pop() ?? '';
      this.stdoutLines.push(...lines);
      this.wake();
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk;
      this.wake();
    });
    this.exited = new Promise((resolve) =>
      child.once('close', (code, signal) => {
        running.delete(this);
        this.wake();
        resolve({ code, signal });
      }),
    );
  }

  get hasExited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  private wake(): void {
    for (const wake of this.wakers) wake();
  }

  /** Resolves at the next output, exit, or after `ms` at most. */
  nextOutput(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.wakers.delete(wake);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }

  /** Waits until `check` holds for what the process printed; fails with its output if not. */
  async waitFor(
    what: string,
    check: (process: HostProcess) => boolean,
    timeoutMs = 10_000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this)) {
      if (Date.now() > deadline || this.hasExited) {
        throw new Error(
          `${this.label}: ${what} did not happen${this.hasExited ? ' (it exited)' : ''}.\n` +
            `stdout:\n${this.stdoutLines.join('\n')}\nstderr:\n${this.stderr}`,
        );
      }
      await this.nextOutput(100);
    }
  }

  /** Every stdout line that is a JSON object (`--json` output). */
  jsonLines(): Array<Record<string, unknown>> {
    return this.stdoutLines.flatMap((line) => {
      try {
        const value: unknown = JSON.parse(line);
        return typeof value === 'object' && value !== null
          ? [value as Record<string, unknown>]
          : [];
      } catch {
        return [];
      }
    });
  }

  /** Asks it to stop and waits (SIGKILL if it has not gone within `graceMs`). */
  async stop(graceMs = 5_000): Promise<Exit> {
    if (!this.hasExited) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}

/** A throw-away data folder per host, so no run reads or autostarts a real workspace. */
function dataDirectoryFor(namespace: string): string {
  dataRoot ??= mkdtempSync(join(tmpdir(), 'puerto-twohosts-'));
  const directory = join(dataRoot, namespace);
  mkdirSync(directory, { recursive: true });
  return directory;
}

export interface StartOptions {
  /** Keep stdin open for the test to write to (the engine host reads commands there). */
  stdin?: boolean;
  label?: string;
}

/** Starts `command args…` inside `namespace`, in English, with its own data folder. */
export function startInside(
  namespace: string,
  command: string,
  args: string[],
  options: StartOptions = {},
): HostProcess {
  const child = spawn('ip', ['netns', 'exec', namespace, command, ...args], {
    cwd: REPOSITORY,
    env: {
      ...process.env,
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: 'C',
      PUERTO_DATA_DIR: dataDirectoryFor(namespace),
    },
    stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const label = options.label ?? `${namespace}: ${[command, ...args].join(' ')}`;
  const started = new HostProcess(child, label);
  running.add(started);
  return started;
}

/** `puerto ARGS…` (the real bin) inside `namespace`. */
export function startPuerto(namespace: string, args: string[]): HostProcess {
  return startInside(namespace, process.execPath, [PUERTO_BIN, ...args], {
    label: `${namespace}: puerto ${args.join(' ')}`,
  });
}

/** `puerto ARGS…` to its end, killed after `timeoutMs`. */
export async function runPuerto(
  namespace: string,
  args: string[],
  timeoutMs = STARTUP_TIMEOUT_MS,
): Promise<HostProcess & { exit: Exit }> {
  const started = startPuerto(namespace, args);
  const timer = setTimeout(() => started.child.kill('SIGKILL'), timeoutMs);
  const exit = await started.exited;
  clearTimeout(timer);
  return Object.assign(started, { exit });
}

/** How many processes started here are still running. */
export function runningCount(): number {
  return running.size;
}

/** Kills every process started here and waits until each has exited (afterAll). */
export async function killAll(): Promise<void> {
  const left = [...running];
  for (const item of left) item.child.kill('SIGKILL');
  await Promise.all(left.map((item) => item.exited));
}

/** Removes the data folders (afterAll, after killAll). */
export function removeDataDirectories(): void {
  if (dataRoot !== undefined) rmSync(dataRoot, { recursive: true, force: true });
  dataRoot = undefined;
}
