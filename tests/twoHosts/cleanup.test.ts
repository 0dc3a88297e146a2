/**
 * The two-host harness leaves nothing behind: its teardown kills what ran inside the hosts and
 * deletes both namespaces, and a later run removes what a crashed run could not.
 */
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { killAll, runningCount, startInside } from './support/hostProcess';
import { tearDown } from './support/lab';
import {
  createBareNamespace,
  createTwoHosts,
  listNamespaces,
  namespaceName,
  processesInside,
  removeLeftovers,
  removeNamespace,
  removeTwoHosts,
  requireNamespaces,
  routesInside,
} from './support/namespaces';
import type { TwoHosts } from './support/namespaces';

const available = requireNamespaces();

/** The pid of a process that has certainly ended (it ran and was waited for). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('could not start a process');
  return child.pid;
}

describe.skipIf(!available)('two hosts: nothing is left behind', () => {
  let hosts: TwoHosts | undefined;
  const strays: string[] = [];

  afterAll(async () => {
    await killAll();
    removeTwoHosts(hosts);
    for (const name of strays) removeNamespace(name);
  });

  it('the teardown kills the programs running in the hosts and deletes both namespaces', async () => {
    hosts = createTwoHosts('cleanup');
    const created = [hosts.a.namespace, hosts.b.namespace];
    expect(listNamespaces()).toEqual(expect.arrayContaining(created));
    // Each host knows only its own segment: no default route, so a wrong address fails at once.
    for (const host of [hosts.a, hosts.b]) {
      const routes = routesInside(host.namespace);
      expect(routes).toHaveLength(1);
      expect(routes[0]).toMatch(
        new RegExp(`^10\\.231\\.\\d+\\.0/24 dev eth0 .*src ${host.address}`),
      );
      expect(routes.some((route) => route.startsWith('default'))).toBe(false);
    }
    const sleepers = created.map((namespace) => startInside(namespace, 'sleep', ['60']));
    expect(runningCount()).toBe(2);

    await tearDown(hosts);

    for (const sleeper of sleepers) expect(sleeper.hasExited).toBe(true);
    expect(runningCount()).toBe(0);
    expect(listNamespaces().filter((name) => created.includes(name))).toEqual([]);
  });

  it('a later run removes a crashed run’s namespaces, and never a living run’s', async () => {
    const crashed = namespaceName('cleanup', 'a', await deadPid());
    const living = namespaceName('cleanup', 'b', process.ppid);
    const foreign = `other-lab-${await deadPid()}`;
    strays.push(crashed, living, foreign);
    for (const name of [crashed, living, foreign]) createBareNamespace(name);
    // What a crashed run leaves running: a program nobody will stop (not tracked by this run).
    const orphan = spawn('ip', ['netns', 'exec', crashed, 'sleep', '60'], { stdio: 'ignore' });
    const orphanExit = new Promise((resolve) => orphan.once('exit', resolve));
    const deadline = Date.now() + 5_000;
    while (!processesInside(crashed).includes(orphan.pid ?? -1) && Date.now() < deadline) {
      await delay(50);
    }
    expect(processesInside(crashed)).toContain(orphan.pid);

    const removed = removeLeftovers();

    expect(removed).toContain(crashed);
    expect(await Promise.race([orphanExit, delay(5_000).then(() => 'still running')])).not.toBe(
      'still running',
    );
    const now = listNamespaces();
    expect(now).not.toContain(crashed);
    expect(now).toContain(living);
    expect(now).toContain(foreign);
  });
});
