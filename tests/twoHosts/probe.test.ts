/**
 * Issue 5, "Tests across two real hosts", fourth bullet: "Can my partner reach me?". From B,
 * the probe of A's TCP server tells apart reachable, refused (A stopped its server: A's
 * system answers with a reset) and timed out (a firewall rule inside A drops the packets, so
 * nothing answers at all).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../shared/contract';
import { requireTool } from '../support/requireTool';
import type { EngineHost } from './support/engineHostClient';
import { startEngineHost } from './support/engineHostClient';
import type { HostProcess } from './support/hostProcess';
import { runPuerto, startPuerto } from './support/hostProcess';
import { HOOK_TIMEOUT_MS, useTwoHosts, waitListening } from './support/lab';
import { requireNamespaces, runInside } from './support/namespaces';

const available = requireNamespaces();
const hasNft = available && requireTool('nft', 'nftables');

const PORT = 7007;
/** Short, so the timed-out case costs one second; a refusal comes back in well under it. */
const TIMEOUT_MS = 1_000;
const FIREWALL_TABLE = 'puerto_test';

describe.skipIf(!hasNft)('two hosts: the reachability probe from B to A', () => {
  const hosts = useTwoHosts('probe');
  let hostB: EngineHost;

  beforeAll(() => {
    hostB = startEngineHost(hosts().b.namespace);
  });

  async function serveOnA(): Promise<HostProcess> {
    const serve = startPuerto(hosts().a.namespace, ['serve', '--json', '--tcp', `${PORT}:echo`]);
    await waitListening(serve, [`tcp:${PORT}`]);
    return serve;
  }

  function probeA(port = PORT): Promise<ProbeResult> {
    const { a } = hosts();
    return hostB.invoke('probeServer', {
      protocol: 'tcp',
      host: a.address,
      port,
      timeoutMs: TIMEOUT_MS,
    });
  }

  /** `puerto probe A PORT` run inside B: its exit code and what it printed. */
  async function probeWithCli(json: boolean) {
    const { a, b } = hosts();
    const seconds = String(TIMEOUT_MS / 1000);
    const args = ['probe', a.address, String(PORT), '--timeout', seconds];
    const cli = await runPuerto(b.namespace, json ? [...args, '--json'] : args);
    const jsonLine = cli.stdoutLines.find((line) => line.startsWith('{'));
    return {
      code: cli.exit.code,
      text: cli.stdoutLines.join('\n'),
      result: jsonLine === undefined ? undefined : (JSON.parse(jsonLine) as ProbeResult),
    };
  }

  /** A's own firewall: drop (not reject) every TCP segment to the port, as a closed firewall does. */
  function firewallOnA(rule: 'drop' | 'remove'): void {
    const commands =
      rule === 'drop'
        ? [
            `add table inet ${FIREWALL_TABLE}`,
            `add chain inet ${FIREWALL_TABLE} input { type filter hook input priority 0 ; }`,
            `add rule inet ${FIREWALL_TABLE} input tcp dport ${PORT} drop`,
          ]
        : [`delete table inet ${FIREWALL_TABLE}`];
    for (const command of commands) runInside(hosts().a.namespace, 'nft', [command]);
  }

  it(
    'reachable, then refused when A stops, then timed out when A drops the port',
    async () => {
      const { a } = hosts();
      const first = await serveOnA();
      const [reachable, cliReachable] = await Promise.all([probeA(), probeWithCli(true)]);
      expect(reachable).toMatchObject({ protocol: 'tcp', host: a.address, outcome: 'reachable' });
      expect(reachable.error).toBeUndefined();
      expect(reachable.elapsedMs).toBeLessThan(TIMEOUT_MS);
      expect(cliReachable).toMatchObject({ code: 0, result: { outcome: 'reachable' } });

      expect(await first.stop()).toEqual({ code: 0, signal: null });
      const [refused, cliRefused] = await Promise.all([probeA(), probeWithCli(true)]);
      expect(refused.outcome).toBe('refused');
      expect(refused.error?.code).toBe('CONNECTION_REFUSED');
      // A reset comes back at once: the machine is there, nothing listens on the port.
      expect(refused.elapsedMs).toBeLessThan(TIMEOUT_MS);
      expect(cliRefused).toMatchObject({ code: 1, result: { outcome: 'refused' } });

      const second = await serveOnA();
      firewallOnA('drop');
      const [timedOut, cliTimedOut] = await Promise.all([probeA(), probeWithCli(false)]);
      expect(timedOut.outcome).toBe('timed-out');
      expect(timedOut.error?.code).toBe('TIMED_OUT');
      expect(timedOut.elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(timedOut.elapsedMs).toBeLessThan(TIMEOUT_MS + 1_000);
      // The student is told how to open exactly this port in the partner's firewall.
      expect(cliTimedOut.code).toBe(1);
      expect(cliTimedOut.text).toContain(`ufw allow ${PORT}/tcp`);
      // The server was there all along: no SYN got through to it.
      expect(second.hasExited).toBe(false);
      expect(second.jsonLines().filter((line) => line.kind === 'accepted')).toEqual([]);

      firewallOnA('remove');
      expect((await probeA()).outcome).toBe('reachable');
      await second.waitFor('the probe’s connection accepted', () =>
        second.jsonLines().some((line) => line.kind === 'accepted'),
      );
    },
    2 * HOOK_TIMEOUT_MS,
  );

  it('an address nobody routes fails at once as unreachable (no default route)', async () => {
    const result = await hostB.invoke('probeServer', {
      protocol: 'tcp',
      host: '10.232.0.1',
      port: PORT,
      timeoutMs: TIMEOUT_MS,
    });
    expect(result.outcome).toBe('unreachable');
    expect(result.elapsedMs).toBeLessThan(TIMEOUT_MS);
  });
});
