/**
 * UDP echo under a paced load: 64-byte datagrams at a fixed rate from a separate process,
 * counting the replies that come back, against `puerto serve --udp P:echo` and a raw Node dgram
 * echo. One server per measurement serves every rate in turn, slowest first.
 */
import { defineScenario, metric } from '../scenario';
import type { MetricSpec } from '../scenario';
import { freePort } from '../support/freePort';
import { numberField, runLoad } from '../support/loadGenerators';
import { startPuerto, startRawNode } from '../support/servers';

interface Phase {
  rate: number;
  seconds: number;
}

interface UdpEchoSize {
  phases: Phase[];
  datagramBytes: number;
  /** How long replies are still counted after the last send. */
  lingerMs: number;
}

const rateLabel = (rate: number) => `${rate.toLocaleString('en-US')}/s`;

function phaseMetrics({ rate, seconds }: Phase): MetricSpec[] {
  const loss = metric({
    key: `loss${rate}`,
    label: `loss at ${rateLabel(rate)} for ${seconds} s`,
    unit: '%',
    ratio: false,
    positive: false,
  });
  const received = metric({
    key: `received${rate}`,
    label: `replies received at ${rateLabel(rate)}`,
    unit: 'datagrams',
  });
  if (rate === 10_000) loss.target = { on: 'value', op: '<', value: 1, text: '< 1 % lost' };
  if (rate === 50_000) {
    received.target = { on: 'ratio', op: '>=', value: 0.9, text: '≥ 0.9× raw' };
  }
  return [loss, received];
}

export const udpEchoScenario = defineScenario<UdpEchoSize>({
  name: 'udp-echo',
  quick: {
    phases: [
      { rate: 2_000, seconds: 0.5 },
      { rate: 5_000, seconds: 0.3 },
    ],
    datagramBytes: 64,
    lingerMs: 300,
  },
  full: {
    phases: [
      { rate: 10_000, seconds: 3 },
      { rate: 50_000, seconds: 2 },
    ],
    datagramBytes: 64,
    lingerMs: 500,
  },
  method: (size) =>
    `${size.datagramBytes}-byte datagrams paced in ~1 ms bursts (` +
    size.phases.map((phase) => `${rateLabel(phase.rate)} for ${phase.seconds} s`).join(', ') +
    `), replies counted until ${size.lingerMs} ms after the last send; loss = 1 − received ÷ sent; ` +
    'Puerto is `serve --udp P:echo` vs raw Node dgram echo',
  timeoutMs: () => 60_000,
  metrics: (size) => size.phases.flatMap(phaseMetrics),
  async open(size) {
    /** Datagrams a second the sender really offered, per phase: the pacing is checked, not assumed. */
    const offered = new Map<number, number[]>(size.phases.map((phase) => [phase.rate, []]));
    return {
      contenders: ['puerto', 'node'],
      notes: () =>
        size.phases.map((phase) => {
          const rates = (offered.get(phase.rate) ?? []).map((rate) => Math.round(rate));
          return `sender offered ${rateLabel(phase.rate)}: achieved ${rates.map((rate) => rate.toLocaleString('en-US')).join(', ')} datagrams/s`;
        }),
      async measure(contender, { scope, timeLeft }) {
        const port = await freePort();
        if (contender === 'puerto') await startPuerto(scope, port, { udp: 'echo' });
        else await startRawNode(scope, port, 'udpEcho');
        const values: Record<string, number> = {};
        for (const phase of size.phases) {
          const result = await runLoad(
            scope,
            'udpPacedLoad',
            { port, ...phase, size: size.datagramBytes, linger: size.lingerMs },
            timeLeft(),
          );
          if (numberField(result, 'sendErrors') > 0) {
            throw new Error(`the sender itself failed to send: ${JSON.stringify(result)}`);
          }
          const sent = numberField(result, 'sent');
          offered.get(phase.rate)?.push(sent / numberField(result, 'sendSeconds'));
          values[`loss${phase.rate}`] = numberField(result, 'lossPercent');
          values[`received${phase.rate}`] = numberField(result, 'received');
        }
        return values;
      },
    };
  },
});
