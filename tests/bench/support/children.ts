/**
 * Every process the benchmark starts goes through a Scope, which ends them all when the scope
 * closes, whatever happened (a failed measurement, a timeout, Ctrl+C). Each child leads its own
 * process group, so ending it also ends what it started (npx's node, socat's forks).
 *
 * A child's stdout is always read, as a terminal would: a process whose output nobody drains
 * stalls when the pipe fills, and that would be the harness's fault, not the program's.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SpawnChoices {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Keep all of stdout as text (a load generator's result); otherwise only its first 8 KiB. */
  keepStdout?: boolean;
  /** Give the child a stdin pipe the caller writes to. */
  stdin?: boolean;
}

const HEAD_LIMIT = 8 * 1024;
const STDERR_LIMIT = 16 * 1024;

export class StartedChild {
  readonly pid: number;
  readonly exited: Promise<ChildExit>;
  /** What came out on stdout: bytes, lines, and the text kept (see `keepStdout`). */
  stdoutBytes = 0;
  stdoutLines = 0;
  stdoutText = '';
  private stderrText = '';
  private exit: ChildExit | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly label: string,
    readonly child: ChildProcess,
    keepStdout: boolean,
  ) {
    if (child.pid === undefined) throw new Error(`${label} did not start`);
    this.pid = child.pid;
    child.stdout?.on('data', (chunk: Buffer) => {
      this.stdoutBytes += chunk.length;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) {
        this.stdoutLines++;
      }
      if (keepStdout || this.stdoutText.length < HEAD_LIMIT) this.stdoutText += chunk.toString();
      this.notify();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrText = (this.stderrText + chunk.toString()).slice(-STDERR_LIMIT);
      this.notify();
    });
    // 'close', not 'exit': by then every byte the child printed has been read.
    this.exited = new Promise((resolve) => {
      child.once('close', (code, signal) => {
        this.exit = { code, signal };
        this.notify();
        resolve(this.exit);
      });
    });
  }

  get stderr(): string {
    return this.stderrText;
  }

  hasExited(): boolean {
    return this.exit !== null;
  }

  /** Resolves when `check` holds for the child's output, or fails after `timeoutMs`. */
  async waitFor(check: (child: StartedChild) => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this)) {
      if (this.exit !== null) throw new Error(`${this.label} exited: ${this.describe()}`);
      if (Date.now() > deadline) throw new Error(`${this.label} timed out: ${this.describe()}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.listeners.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, 100);
        this.listeners.add(wake);
      });
    }
  }

  /** The exit status and the tail of stderr, for an error message. */
  describe(): string {
    const status = this.exit === null ? 'running' : `exit ${this.exit.code ?? this.exit.signal}`;
    const tail = this.stderrText.trim().split('\n').slice(-5).join(' | ');
    return tail === '' ? status : `${status}; stderr: ${tail}`;
  }

  /** Ends the child's whole process group at once. */
  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    if (this.exit !== null) return;
    try {
      process.kill(-this.pid, signal);
    } catch {
      this.child.kill(signal);
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Every child still running in any scope: ended on the way out even if a scope never closed. */
const everyChild = new Set<StartedChild>();

export function killEveryChild(): void {
  for (const child of everyChild) child.kill();
}

process.once('exit', killEveryChild);

export class Scope {
  private readonly children = new Set<StartedChild>();
  private readonly cleanups: (() => Promise<void> | void)[] = [];

  spawn(label: string, command: string, args: string[], choices: SpawnChoices = {}): StartedChild {
    const child = spawn(command, args, {
      cwd: choices.cwd,
      env: choices.env ?? process.env,
      stdio: [choices.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const started = new StartedChild(label, child, choices.keepStdout ?? false);
    this.children.add(started);
    everyChild.add(started);
    void started.exited.then(() => everyChild.delete(started));
    return started;
  }

  /** Runs at close, last registered first. */
  defer(cleanup: () => Promise<void> | void): void {
    this.cleanups.push(cleanup);
  }

  /** Ends every child of the scope and runs its cleanups; never throws, never hangs long. */
  async close(): Promise<void> {
    for (const child of this.children) child.kill();
    const gone = Promise.all([...this.children].map((child) => child.exited));
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    this.children.clear();
    for (const cleanup of this.cleanups.reverse()) {
      try {
        await withTimeout(Promise.resolve(cleanup()), 10_000, 'cleanup');
      } catch {
        // Closing goes on: the other cleanups still have to run.
      }
    }
    this.cleanups.length = 0;
  }
}

/** `work`, or a rejection naming `what` once `ms` have passed. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until the process has printed nothing new for `quietMs`: its log has caught up. */
export async function outputSettled(
  child: StartedChild,
  quietMs: number,
  limitMs: number,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  let seen = -1;
  while (child.stdoutBytes !== seen && Date.now() < deadline && !child.hasExited()) {
    seen = child.stdoutBytes;
    await sleep(quietMs);
  }
}
