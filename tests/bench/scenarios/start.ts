/**
 * Start-up as a user meets it: from spawning the command until a TCP connect to its port
 * succeeds (polled every 5 ms), for `node electron/cli/bin.mjs serve`, `npx puerto serve` (npx
 * resolves the project's own bin, never the registry: --no) and a raw `node -e` server.
 */
import { defineScenario, metric } from '../scenario';
import { freePort } from '../support/freePort';
import { waitForTcpAccept } from '../support/readiness';
import {
  LOOPBACK_ENV,
  PUERTO_BIN,
  REPO_ROOT,
  rawNodeCommand,
  serveArguments,
} from '../support/servers';

const WITHIN_3X = { on: 'ratio', op: '<=', value: 3, text: '≤ 3× raw' } as const;

function command(contender: string, port: number): [string, string[]] {
  const serve = serveArguments(port, { tcp: 'echo' });
  if (contender === 'puerto') return [process.execPath, [PUERTO_BIN, ...serve]];
  if (contender === 'npx') return ['npx', ['--no', 'puerto', ...serve]];
  return [process.execPath, rawNodeCommand('tcpEcho', port)];
}

export const startScenario = defineScenario<null>({
  name: 'start',
  quick: null,
  full: null,
  method: () =>
    'ms from spawn until a TCP connect succeeds; `node electron/cli/bin.mjs serve --tcp P:echo` ' +
    'and `npx --no puerto serve --tcp P:echo` (run in the project folder) vs ' +
    '`node -e "require(\'net\').createServer(s=>s.pipe(s)).listen(P)"`',
  timeoutMs: () => 60_000,
  metrics: () => [
    metric({
      key: 'startMs',
      label: 'ms until accepting, node bin.mjs',
      unit: 'ms',
      target: WITHIN_3X,
    }),
    metric({
      key: 'startMs',
      label: 'ms until accepting, npx puerto',
      unit: 'ms',
      subject: 'npx',
      target: WITHIN_3X,
    }),
  ],
  async open() {
    return {
      contenders: ['puerto', 'npx', 'node'],
      async measure(contender, { scope, timeLeft }) {
        const port = await freePort();
        const [program, args] = command(contender, port);
        const startedAt = performance.now();
        const child = scope.spawn(`${contender} start`, program, args, {
          cwd: REPO_ROOT,
          env: LOOPBACK_ENV,
        });
        const acceptedAt = await waitForTcpAccept(port, child, timeLeft(), 5);
        return { startMs: acceptedAt - startedAt };
      },
    };
  },
});
