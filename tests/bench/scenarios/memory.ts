/**
 * Memory under a flood, as the "done when" states it: (a) a client reading the chargen
 * service as fast as it can, (b) a large transfer through echo on one connection. The server's
 * RSS (with its children) is sampled from /proc every 250 ms: the peak, and the last sample,
 * taken a moment after the client left (what the server keeps).
 */
import { defineScenario, metric } from '../scenario';
import type { MeasureContext, Values } from '../scenario';
import { sleep } from '../support/children';
import { freePort } from '../support/freePort';
import { numberField, runLoad } from '../support/loadGenerators';
import type { LoadScript } from '../support/loadGenerators';
import { MB, sampleRss } from '../support/memory';
import { startPuerto, startRawNode } from '../support/servers';
import type { RunningServer } from '../support/servers';

interface MemorySize {
  chargenSeconds: number;
  echoBytes: number;
  /** How long after the client left the last sample is taken. */
  settleMs: number;
}

const MiB = 1024 * 1024;
const UNDER_300 = { on: 'value', op: '<', value: 300, text: '< 300 MB' } as const;

async function sampledRun(
  server: RunningServer,
  script: LoadScript,
  options: Record<string, number>,
  settleMs: number,
  { scope, timeLeft }: MeasureContext,
): Promise<{ peakMb: number; finalMb: number; mbPerSecond: number }> {
  const sampler = sampleRss(server.process.pid);
  try {
    const result = await runLoad(scope, script, options, timeLeft());
    await sleep(settleMs);
    if (server.process.hasExited())
      throw new Error(`the server died: ${server.process.describe()}`);
    const { peak, last } = sampler.stop();
    return {
      peakMb: peak / MB,
      finalMb: last / MB,
      mbPerSecond: numberField(result, 'mbPerSecond'),
    };
  } finally {
    sampler.stop();
    server.process.kill();
  }
}

export const memoryScenario = defineScenario<MemorySize>({
  name: 'memory',
  quick: { chargenSeconds: 2, echoBytes: 32 * MiB, settleMs: 500 },
  full: { chargenSeconds: 20, echoBytes: 1024 * MiB, settleMs: 1_000 },
  method: (size) =>
    `(a) a Node client reads \`serve --tcp P:chargen\` as fast as it can for ${size.chargenSeconds} s ` +
    `vs a raw Node chargen (RFC 864 lines, write until backpressure); (b) ${size.echoBytes / MiB} MiB ` +
    'through `serve --tcp P:echo` on one connection vs raw Node s.pipe(s); RSS of the server ' +
    `process tree from /proc every 250 ms: peak, and final ${size.settleMs} ms after the client left`,
  timeoutMs: (size) => 60_000 + size.chargenSeconds * 1_000 + (size.echoBytes / MiB) * 150,
  metrics: (size) => [
    metric({ key: 'chargenPeakMb', label: 'chargen: peak RSS', unit: 'MB', target: UNDER_300 }),
    metric({ key: 'chargenFinalMb', label: 'chargen: final RSS', unit: 'MB', target: UNDER_300 }),
    metric({ key: 'chargenMbPerSecond', label: 'chargen: MB/s read', unit: 'MB/s' }),
    metric({
      key: 'echoPeakMb',
      label: `echo ${size.echoBytes / MiB} MiB: peak RSS`,
      unit: 'MB',
      target: UNDER_300,
    }),
    metric({
      key: 'echoFinalMb',
      label: `echo ${size.echoBytes / MiB} MiB: final RSS`,
      unit: 'MB',
      target: UNDER_300,
    }),
    metric({
      key: 'echoMbPerSecond',
      label: `echo ${size.echoBytes / MiB} MiB: MB/s`,
      unit: 'MB/s',
    }),
  ],
  async open(size) {
    return {
      contenders: ['puerto', 'node'],
      async measure(contender, context): Promise<Values> {
        const { scope } = context;
        const chargenPort = await freePort();
        const chargen =
          contender === 'puerto'
            ? await startPuerto(scope, chargenPort, { tcp: 'chargen' })
            : await startRawNode(scope, chargenPort, 'tcpChargen');
        const reading = await sampledRun(
          chargen,
          'tcpReadLoad',
          { port: chargenPort, seconds: size.chargenSeconds },
          size.settleMs,
          context,
        );
        const echoPort = await freePort();
        const echo =
          contender === 'puerto'
            ? await startPuerto(scope, echoPort, { tcp: 'echo' })
            : await startRawNode(scope, echoPort, 'tcpEcho');
        const echoing = await sampledRun(
          echo,
          'tcpEchoLoad',
          { port: echoPort, connections: 1, bytes: size.echoBytes, warmup: 0 },
          size.settleMs,
          context,
        );
        return {
          chargenPeakMb: reading.peakMb,
          chargenFinalMb: reading.finalMb,
          chargenMbPerSecond: reading.mbPerSecond,
          echoPeakMb: echoing.peakMb,
          echoFinalMb: echoing.finalMb,
          echoMbPerSecond: echoing.mbPerSecond,
        };
      },
    };
  },
});
