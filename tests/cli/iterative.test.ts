import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { requireTool } from '../support/requireTool';
import { freePort, killRunning, startCli } from './cliProcess';
import { netcat } from './netcat';

const hasNetcat = requireTool('nc', 'netcat-openbsd');
const holders = new Set<ChildProcessWithoutNullStreams>();

afterEach(async () => {
  for (const holder of holders) holder.kill('SIGKILL');
  holders.clear();
  await killRunning();
});

/** An nc whose input stays open, so its connection stays open until the test ends it. */
function holdingNetcat(port: number) {
  const child = spawn('nc', ['-N', '127.0.0.1', String(port)]);
  holders.add(child);
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return { child, output: () => output };
}

describe.skipIf(!hasNetcat)(
  'puerto serve --iterative, judged by netcat',
  { timeout: 60_000 },
  () => {
    it('keeps the second client waiting until the first closes', async () => {
      const port = await freePort();
      const serve = startCli([
        'serve',
        '--host',
        '127.0.0.1',
        '--tcp',
        `${port}:echo`,
        '--iterative',
      ]);
      await serve.waitFor(
        (cli) => cli.stdoutLines.some((line) => line.includes('listening')),
        20_000,
      );

      const first = holdingNetcat(port);
      await serve.waitFor((cli) => cli.stdoutLines.some((line) => line.includes('accepted')));
      let secondDone = false;
      const second = netcat(['-N', '127.0.0.1', String(port)], 'second\n', 30_000).then((reply) => {
        secondDone = true;
        return reply;
      });
      await serve.waitFor((cli) => cli.stdoutLines.some((line) => line.includes(' waiting ')));
      const waitingLine = serve.stdoutLines.find((line) => line.includes(' waiting '));
      expect(waitingLine).toMatch(
        new RegExp(`127\\.0\\.0\\.1:${port} ← 127\\.0\\.0\\.1:\\d+ waiting`),
      );

      // While the first client holds the server, the second is not answered.
      first.child.stdin.write('first\n');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(first.output()).toBe('first\n');
      expect(secondDone).toBe(false);

      first.child.stdin.end();
      expect((await second).output).toBe('second\n');
      // Event lines are written asynchronously (never slowing the sockets), so the second
      // accept may reach standard output after the echo reached the client.
      const accepted = () => serve.stdoutLines.filter((line) => line.includes('accepted'));
      await serve.waitFor(() => accepted().length >= 2);
      expect(accepted()).toHaveLength(2);
    });
  },
);
