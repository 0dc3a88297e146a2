/** The real netcat (netcat-openbsd) as an independent client: Puerto must not judge itself. */
import { spawn } from 'node:child_process';

export interface NetcatReply {
  output: string;
  code: number | null;
}

/** Sends `input` and collects what comes back until nc ends (bounded in time). */
export function netcat(args: string[], input: string, timeoutMs = 8_000): Promise<NetcatReply> {
  return new Promise((resolve, reject) => {
    const child = spawn('nc', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ output, code });
    });
    child.stdin.end(input);
  });
}
