/**
 * Runs the real `puerto` bin (node electron/cli/bin.mjs) as a child process, from a directory
 * outside the repository so nothing depends on the working directory.
 */
import { mkdtempSync } from 'node:fs';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One throw-away data folder for every CLI this test process starts. */
const testDataDirectory = mkdtempSync(join(tmpdir(), 'puerto-cli-test-'));

export const BIN = fileURLToPath(new URL('../../electron/cli/bin.mjs', import.meta.url));

const running = new Set<CliProcess>();

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class CliProcess {
  readonly stdoutLines: string[] = [];
  stderr = '';
  readonly exited: Promise<Exit>;
  private stdoutRest = '';
  private readonly wakers = new Set<() => void>();

  constructor(
    readonly child: ChildProcess,
    readonly args: string[],
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
      child.once('exit', (code, signal) => {
        running.delete(this);
        this.wake();
        resolve({ code, signal });
      }),
    );
  }

  private wake(): void {
    for (const wake of this.wakers) wake();
  }

  /** Waits until `check` holds for what the process printed; fails with the output if not. */
  async waitFor(check: (process: CliProcess) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this)) {
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(
          `puerto ${this.args.join(' ')} did not print what was expected.\n` +
            `stdout:\n${this.stdoutLines.join('\n')}\nstderr:\n${this.stderr}`,
        );
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.wakers.delete(wake);
          resolve();
        };
        this.wakers.add(wake);
        setTimeout(wake, 100);
      });
    }
  }

  /** Every stdout line that is JSON (the `--json` event lines). */
  jsonLines(): Array<Record<string, unknown>> {
    return this.stdoutLines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }
}

/** Starts the CLI in English (LANG=C) unless `env` says otherwise. */
export function startCli(args: string[], env: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: tmpdir(),
    env: {
      ...process.env,
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: 'C',
      // Never read or autostart from the developer's real workspace.
      PUERTO_DATA_DIR: testDataDirectory,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const cli = new CliProcess(child, args);
  running.add(cli);
  return cli;
}

/** Runs the CLI to its end (bounded in time). */
export async function runToEnd(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 15_000,
): Promise<CliProcess & { exit: Exit }> {
  const cli = startCli(args, env);
  const timer = setTimeout(() => cli.child.kill('SIGKILL'), timeoutMs);
  const exit = await cli.exited;
  clearTimeout(timer);
  return Object.assign(cli, { exit });
}

/** For afterEach: kills whatever a test left running and waits for it to go. */
export async function killRunning(): Promise<void> {
  const left = [...running];
  for (const cli of left) cli.child.kill('SIGKILL');
  await Promise.all(left.map((cli) => cli.exited));
}

/** Binds TCP `port` (0: any) on every interface, closes it, and says which port it got. */
async function freeTcpPort(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: '::' }, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function udpPortIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp6');
    socket.once('error', () => resolve(false));
    socket.bind(port, '::', () => socket.close(() => resolve(true)));
  });
}

/** A port number free for both TCP and UDP right now (the system picks it, the test reuses it). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freeTcpPort(0);
    if (port > 0 && (await udpPortIsFree(port))) return port;
  }
  throw new Error('no port free for both TCP and UDP');
}
