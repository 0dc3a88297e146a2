import { afterEach, describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../shared/contract/probe';
import { translate } from '../../shared/i18n';
import { freePort, killRunning, runToEnd, startCli } from './cliProcess';

afterEach(async () => {
  await killRunning();
});

async function runningServe(port: number) {
  const serve = startCli([
    'serve',
    '--host',
    '127.0.0.1',
    '--tcp',
    `${port}:echo`,
    '--udp',
    `${port}:echo`,
  ]);
  await serve.waitFor(
    (cli) => cli.stdoutLines.filter((line) => line.includes(`:${port} listening`)).length === 2,
    20_000,
  );
  return serve;
}

describe('puerto probe against a real puerto serve', { timeout: 60_000 }, () => {
  it('says reachable (exit 0), and the server sees the connection', async () => {
    const port = await freePort();
    const serve = await runningServe(port);
    const probe = await runToEnd(['probe', '127.0.0.1', String(port)], {}, 30_000);
    expect(probe.exit.code).toBe(0);
    expect(probe.stdoutLines[0]).toContain(`TCP 127.0.0.1:${port} is reachable`);
    // The partner's side shows the probe as an accepted connection from an ephemeral port.
    await serve.waitFor((cli) => cli.stdoutLines.some((line) => line.includes('accepted')));
  });

  it('says refused on a port where nothing listens (exit 1), in Spanish too', async () => {
    const port = await freePort();
    const probe = await runToEnd(['probe', '127.0.0.1', String(port), '--lang', 'es'], {}, 30_000);
    expect(probe.exit.code).toBe(1);
    const output = probe.stdoutLines.join('\n');
    expect(output).toContain(`Nadie escucha en el puerto TCP ${port} de 127.0.0.1`);
    expect(output).toContain(translate('es', 'cli.probe.refused.hint'));
    expect(output).not.toContain('Windows');
  });

  it('prints one JSON object with --json, for UDP as well', async () => {
    const port = await freePort();
    await runningServe(port);
    const probe = await runToEnd(
      ['probe', '127.0.0.1', String(port), '--udp', '--json'],
      {},
      30_000,
    );
    expect(probe.exit.code).toBe(0);
    expect(probe.stdoutLines.filter((line) => line !== '')).toHaveLength(1);
    const result = JSON.parse(probe.stdoutLines[0] ?? '') as ProbeResult;
    expect(result).toMatchObject({
      protocol: 'udp',
      host: '127.0.0.1',
      port,
      outcome: 'reachable',
    });
    expect(typeof result.elapsedMs).toBe('number');
  });

  it('refuses a port that is not a port before probing (exit 2)', async () => {
    const probe = await runToEnd(['probe', '127.0.0.1', 'seventy']);
    expect(probe.exit.code).toBe(2);
    expect(probe.stderr).toContain('127.0.0.1 seventy');
    expect(probe.stdoutLines.join('')).toBe('');
    const missing = await runToEnd(['probe', '127.0.0.1']);
    expect(missing.exit.code).toBe(2);
    expect(missing.stderr).toContain('puerto probe HOST PORT');
  });
});
