import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { skippedLinesNotice } from '../../electron/cli/eventFormat';
import { freePort, killRunning, startCli } from './cliProcess';

const sockets = new Set<Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await killRunning();
});

/** Sends `total` bytes through a TCP echo and resolves with how long the echo took. */
function echoThrough(port: number, total: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    sockets.add(socket);
    const block = Buffer.alloc(64 * 1024, 'abcdefgh\n');
    let sent = 0;
    let echoed = 0;
    socket.on('data', (data) => {
      echoed += data.length;
      if (echoed >= total) {
        socket.end();
        resolve(performance.now() - started);
      }
    });
    socket.once('error', reject);
    const pump = () => {
      while (sent < total) {
        sent += block.length;
        if (!socket.write(block)) return void socket.once('drain', pump);
      }
    };
    socket.once('connect', pump);
  });
}

function countIn(notice: string): number {
  return Number(/… ([\d.,]+) /.exec(notice)![1]!.replace(/[.,]/g, ''));
}

describe('puerto serve --json with an output that stops reading', () => {
  it.each(['en', 'es'] as const)(
    'echoes at full speed, skips lines and says how many (%s), every line whole',
    async (locale) => {
      const port = await freePort();
      const cli = startCli([
        'serve',
        '--host',
        '127.0.0.1',
        '--tcp',
        `${port}:echo`,
        '--json',
        '--lang',
        locale,
      ]);
      await cli.waitFor(() => cli.jsonLines().some((line) => line.kind === 'listening'));
      // The test stops reading the CLI's standard output, like a terminal that froze.
      cli.child.stdout!.pause();
      const echoMs = await echoThrough(port, 8 * 1024 * 1024);
      expect(echoMs).toBeLessThan(10_000);
      cli.child.stdout!.resume();

      const notices = () =>
        cli.stderr.split('\n').filter((line) => line.startsWith('… ') && line.length > 2);
      await cli.waitFor(() => notices().length > 0);
      for (const notice of notices())
        expect(notice).toBe(skippedLinesNotice(countIn(notice), locale));
      cli.child.kill('SIGTERM');
      expect((await cli.exited).code).toBe(0);

      // Standard output stays pure JSON, each line whole; the `seq` gaps are the skipped lines.
      const lines = cli.stdoutLines.filter((line) => line !== '');
      const events = lines.map((line) => JSON.parse(line) as { seq: number; kind: string });
      expect(events.at(-1)?.kind).toBe('stopped');
      // Only data lines are skipped: the connection's story is always told.
      for (const kind of ['accepted', 'closed']) {
        expect(events.filter((event) => event.kind === kind)).toHaveLength(1);
      }
      const reported = notices().reduce((sum, notice) => sum + countIn(notice), 0);
      expect(reported).toBeGreaterThan(0);
      expect(events.length + reported).toBe(events.at(-1)!.seq);
    },
  );
});
