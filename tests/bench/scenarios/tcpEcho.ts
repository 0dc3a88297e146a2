/**
 * TCP echo throughput: 8 connections each send 16 MiB and read it all back, against
 * `puerto serve --tcp P:echo` (optionally with --json), raw Node `s.pipe(s)` and socat.
 */
import { defineScenario, metric } from '../scenario';
import type { MetricSpec, SizedScenario } from '../scenario';
import { outputSettled } from '../support/children';
import { freePort } from '../support/freePort';
import { numberField, runLoad } from '../support/loadGenerators';
import { isInstalled, startPuerto, startRawNode, startSocatEcho } from '../support/servers';

interface TcpEchoSize {
  connections: number;
  bytes: number;
  warmup: number;
}

const MiB = 1024 * 1024;

function echoMetrics(json: boolean, size: TcpEchoSize): MetricSpec[] {
  const label = `MB/s, ${size.connections} conn × ${size.bytes / MiB} MiB`;
  const throughput = metric({
    key: 'mbPerSecond',
    label,
    unit: 'MB/s',
    target: json
      ? { on: 'ratio', op: '>=', value: 0.5, text: '≥ 0.5× raw' }
      : { on: 'ratio', op: '>=', value: 0.9, text: '≥ 0.9× raw' },
  });
  if (json) {
    const logSize = metric({
      key: 'logBytesPerByte',
      label: 'bytes of log per byte echoed',
      unit: 'B/B',
      baseline: null,
      ratio: false,
      positive: false,
    });
    return [throughput, logSize];
  }
  if (!isInstalled('socat')) return [throughput];
  const versusSocat = { ...throughput, label: `${label}, vs socat`, baseline: 'socat' };
  return [throughput, { ...versusSocat, target: undefined }];
}

export function tcpEchoScenario(json: boolean): SizedScenario {
  return defineScenario<TcpEchoSize>({
    name: json ? 'tcp-echo-json' : 'tcp-echo',
    quick: { connections: 8, bytes: 1 * MiB, warmup: MiB / 4 },
    full: { connections: 8, bytes: 16 * MiB, warmup: 1 * MiB },
    method: (size) =>
      `${size.connections} connections each send ${size.bytes / MiB} MiB and read it back ` +
      `(after a ${size.warmup / MiB} MiB warm-up); MB/s = bytes echoed ÷ seconds; ` +
      `Puerto is \`serve --tcp P:echo${json ? ' --json' : ''}\` vs raw Node s.pipe(s)` +
      (json ? '; log bytes = all stdout ÷ all bytes echoed' : ' and socat EXEC:cat'),
    timeoutMs: (size) => (size.bytes > 4 * MiB ? 180_000 : 60_000),
    metrics: (size) => echoMetrics(json, size),
    async open(size) {
      const withSocat = !json && isInstalled('socat');
      const contenders = withSocat ? ['puerto', 'node', 'socat'] : ['puerto', 'node'];
      return {
        contenders,
        async measure(contender, { scope, timeLeft }) {
          const port = await freePort();
          const server =
            contender === 'puerto'
              ? await startPuerto(scope, port, { tcp: 'echo', json })
              : contender === 'socat'
                ? await startSocatEcho(scope, port)
                : await startRawNode(scope, port, 'tcpEcho');
          const result = await runLoad(scope, 'tcpEchoLoad', { port, ...size }, timeLeft());
          const values = { mbPerSecond: numberField(result, 'mbPerSecond') };
          if (!json || contender !== 'puerto') return values;
          await outputSettled(server.process, 300, 30_000);
          const echoed = numberField(result, 'echoed') + numberField(result, 'warmupEchoed');
          return { ...values, logBytesPerByte: server.process.stdoutBytes / echoed };
        },
      };
    },
  });
}
