/**
 * `serve --announce` and `peers` as real processes. Every process here gets
 * PUERTO_DISCOVERY_TARGETS=127.255.255.255 (beacons never leave this machine) and a discovery
 * port of its own test, so parallel tests do not hear each other.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Peer } from '../../shared/contract/classroom';
import { translate } from '../../shared/i18n';
import { freePort, killRunning, runToEnd, startCli } from './cliProcess';

afterEach(async () => {
  await killRunning();
});

async function loopbackDiscovery(): Promise<Record<string, string>> {
  return {
    PUERTO_DISCOVERY_TARGETS: '127.255.255.255',
    PUERTO_DISCOVERY_PORT: String(await freePort()),
  };
}

const announcing = (stderr: string) => stderr.includes('Announcing your servers');

describe('puerto serve --announce and puerto peers', { timeout: 60_000 }, () => {
  it('peers --json lists the servers a serve --announce runs, heard from its address', async () => {
    const env = await loopbackDiscovery();
    const port = await freePort();
    const serve = startCli(
      ['serve', '--tcp', `${port}:echo`, '--udp', `${port}:echo`, '--announce', '--name', 'Ana'],
      env,
    );
    await serve.waitFor((cli) => announcing(cli.stderr), 20_000);
    expect(serve.stderr).toContain(`127.255.255.255:${env.PUERTO_DISCOVERY_PORT}`);

    const peers = await runToEnd(['peers', '--timeout', '2.5', '--json'], env, 30_000);
    expect(peers.exit.code).toBe(0);
    const heard = JSON.parse(peers.stdoutLines.join('\n')) as Peer[];
    const ana = heard.find((peer) => peer.nickname === 'Ana');
    expect(ana).toBeDefined();
    expect(ana?.servers).toEqual([
      { protocol: 'tcp', port, behaviour: 'echo' },
      { protocol: 'udp', port, behaviour: 'echo' },
    ]);
    expect(ana?.source).toEqual({ address: '127.0.0.1', port: Number(env.PUERTO_DISCOVERY_PORT) });
    expect(ana?.addresses.some((address) => address.startsWith('127.'))).toBe(false);
    expect(peers.stderr).toContain('Ignored beacons: 0 malformed, 0 oversized.');
  });

  it('two serve --announce tell each other apart, and each says who appeared', async () => {
    const env = await loopbackDiscovery();
    const [portA, portB] = [await freePort(), await freePort()];
    const ana = startCli(['serve', '--tcp', `${portA}:echo`, '--announce', '--name', 'Ana'], env);
    const bea = startCli(
      ['serve', '--tcp', `${portB}:daytime`, '--announce', '--name', 'Bea', '--lang', 'es'],
      env,
    );
    await ana.waitFor((cli) => cli.stderr.includes('Classmate appeared: Bea'), 25_000);
    expect(ana.stderr).toContain(`tcp/${portB} daytime`);
    await bea.waitFor((cli) => cli.stderr.includes('Ha aparecido un compañero: Ana'), 25_000);
    expect(bea.stderr).toContain(`tcp/${portA} echo`);
  });

  it('does not announce servers that wait on loopback only, and says why', async () => {
    const env = await loopbackDiscovery();
    const port = await freePort();
    const serve = startCli(
      ['serve', '--host', '127.0.0.1', '--tcp', `${port}:echo`, '--announce'],
      env,
    );
    await serve.waitFor(
      (cli) => cli.stderr.includes(translate('en', 'cli.classroom.loopbackOnly')),
      20_000,
    );
    const peers = await runToEnd(['peers', '--timeout', '2', '--json'], env, 30_000);
    const heard = JSON.parse(peers.stdoutLines.join('\n')) as Peer[];
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.every((peer) => peer.servers.length === 0)).toBe(true);
  });

  it('peers exits 0 when nobody is heard, and says what to check', async () => {
    const env = await loopbackDiscovery();
    const text = await runToEnd(['peers', '--timeout', '1'], env, 30_000);
    expect(text.exit.code).toBe(0);
    expect(text.stderr).toContain('No classmates heard in 1 s.');
    expect(text.stderr).toContain(`UDP port ${env.PUERTO_DISCOVERY_PORT}`);
    expect(text.stderr).toContain('firewall');
    const json = await runToEnd(['peers', '--timeout', '1', '--json', '--lang', 'es'], env, 30_000);
    expect(json.exit.code).toBe(0);
    expect(JSON.parse(json.stdoutLines.join(''))).toEqual([]);
    expect(json.stderr).toContain('No se ha oído a ningún compañero');
  });

  it('refuses a bad discovery setting or timeout before listening (exit 2)', async () => {
    const badTargets = await runToEnd(['peers', '--timeout', '1'], {
      PUERTO_DISCOVERY_TARGETS: 'everyone',
    });
    expect(badTargets.exit.code).toBe(2);
    expect(badTargets.stderr).toContain('PUERTO_DISCOVERY_TARGETS');
    const badTimeout = await runToEnd(['peers', '--timeout', '600'], await loopbackDiscovery());
    expect(badTimeout.exit.code).toBe(2);
    expect(badTimeout.stderr).toContain('from 0.5 to 60');
    const nameAlone = await runToEnd(['serve', '--tcp', '0', '--name', 'Ana']);
    expect(nameAlone.exit.code).toBe(2);
    expect(nameAlone.stderr).toContain('--announce');
    const longName = await runToEnd(
      ['serve', '--tcp', '0', '--announce', '--name', 'x'.repeat(40)],
      await loopbackDiscovery(),
    );
    expect(longName.exit.code).toBe(2);
    expect(longName.stderr).toContain('--name');
    expect(longName.stdoutLines.join('')).not.toContain('listening');
  });
});
