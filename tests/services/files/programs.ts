/**
 * Runs a real independent client (curl, lftp) to its end, bounded in time, and keeps what it
 * printed. The http and ftp tests judge Puerto with these, never with Puerto's own client.
 */
import { spawn } from 'node:child_process';

export interface ProgramRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function runProgram(
  command: string,
  args: string[],
  {
    input = '',
    timeoutMs = 10_000,
    cwd,
  }: { input?: string; timeoutMs?: number; cwd?: string } = {},
): Promise<ProgramRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('latin1').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code });
    });
    // A program that exits without reading its input (curl) must not fail the run with EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** curl, silent but with errors shown, never retrying, never waiting long. */
export function curl(args: string[], timeoutMs = 10_000): Promise<ProgramRun> {
  return runProgram('curl', ['-sS', '--max-time', String(timeoutMs / 1000 - 1), ...args], {
    timeoutMs,
  });
}

/** lftp settings for tests: no TLS attempt, one try, short timeouts, go on after an error. */
const LFTP_SETTINGS = [
  'set ftp:ssl-allow no',
  'set net:max-retries 1',
  'set net:reconnect-interval-base 1',
  'set net:timeout 5',
  'set cmd:fail-exit no',
  'set xfer:clobber on',
].join('; ');

/** Runs lftp `commands` against `url` as `user` (`name,password`), in `cwd` for get/put. */
export function lftp(
  url: string,
  user: string,
  commands: string[],
  cwd: string,
): Promise<ProgramRun> {
  const script = `${LFTP_SETTINGS}; ${commands.join('; ')}; bye`;
  return runProgram('lftp', ['-u', user, '-e', script, url], { cwd, timeoutMs: 20_000 });
}
