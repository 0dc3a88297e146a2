/**
 * Two lab PCs on one cable, made of Linux network namespaces: host A and host B, each with its
 * own `lo` and an `eth0` (the two ends of one veth pair), a private /24 that exists only
 * inside them, and no default route, so a wrong address fails at once instead of leaking out.
 * The veth ends are created directly inside the namespaces: nothing appears in the machine's
 * own namespace, and nothing here ever sends a packet from it.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Every namespace this suite creates is named `puerto-twohosts-<file>-<a|b>-<pid of the test
 * run>`: the file's tag keeps test files that share a worker process apart, the pid tells a
 * later run whether the run that made it is still alive.
 */
const NAME_PREFIX = 'puerto-twohosts';
const OWNED_NAME = /^puerto-twohosts-[a-z]+-[a-z]+-(\d+)$/;
const COMMAND_TIMEOUT_MS = 5_000;

export interface Host {
  /** The network namespace, for `ip netns exec`. */
  namespace: string;
  /** Its IPv4 address on the shared segment. */
  address: string;
  /** The segment's directed broadcast address (`x.y.z.255`). */
  broadcast: string;
}

export interface TwoHosts {
  a: Host;
  b: Host;
}

function ip(args: string[]): string {
  return execFileSync('ip', args, {
    encoding: 'utf8',
    timeout: COMMAND_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** An `ip` command line written as text (no argument here ever holds a space). */
function words(text: string): string[] {
  return text.split(' ');
}

/** The routes of a namespace (`ip route show`), one a line. */
export function routesInside(namespace: string): string[] {
  return ip(['-n', namespace, 'route', 'show'])
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** Runs a command inside a namespace and returns what it printed (throws on failure). */
export function runInside(namespace: string, command: string, args: string[]): string {
  return ip(['netns', 'exec', namespace, command, ...args]);
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((directory) => {
      try {
        accessSync(join(directory, command), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

function failureText(cause: unknown): string {
  const stderr = (cause as { stderr?: unknown }).stderr;
  if (typeof stderr === 'string' && stderr.trim() !== '') return stderr.trim();
  return cause instanceof Error ? cause.message : String(cause);
}

/** Every network namespace that exists now, by name. */
export function listNamespaces(): string[] {
  return ip(['netns', 'list'])
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((name) => name !== '');
}

/** The pids of the processes running inside a namespace (none when it does not exist). */
export function processesInside(name: string): number[] {
  try {
    return ip(['netns', 'pids', name]).split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Kills whatever still runs inside a namespace (a crashed run's `puerto serve` never ends by
 * itself), so that deleting the name also frees the namespace itself.
 */
function killProcessesInside(name: string): void {
  for (const pid of processesInside(name)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Deletes one namespace and ends what runs in it; a namespace already gone is fine. */
export function removeNamespace(name: string): void {
  killProcessesInside(name);
  try {
    ip(['netns', 'delete', name]);
  } catch (cause) {
    if (listNamespaces().includes(name)) throw cause;
  }
}

/** Why two hosts cannot be made on this machine, or undefined when they can. */
function whyUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'network namespaces exist only on Linux';
  if (process.getuid?.() !== 0) return 'creating network namespaces needs root';
  if (!onPath('ip')) return '"ip" is not installed: apt-get install iproute2';
  // The only sure test is to try: containers often forbid namespaces even to root.
  const probe = namespaceName('check', 'probe');
  try {
    ip(['netns', 'add', probe]);
  } catch (cause) {
    return `network namespaces are not permitted here (ip netns add: ${failureText(cause)})`;
  }
  removeNamespace(probe);
  return undefined;
}

/**
 * True when the two hosts can be made. Elsewhere the suite is skipped with the reason; in CI
 * (`CI` set, as `.ci/run` does) a missing capability fails the run, so the acceptance test of
 * the issue can never pass by silently not running (tests/support/requireTool.ts does the same).
 */
export function requireNamespaces(): boolean {
  const reason = whyUnavailable();
  if (reason === undefined) return true;
  if (process.env.CI) throw new Error(`The two-host test cannot run: ${reason} (required in CI)`);
  console.warn(`Skipping the two-host test: ${reason}`);
  return false;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    // EPERM: it exists, it is just not ours to signal.
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the namespaces an earlier run left behind when it crashed before its own cleanup:
 * only names of this suite whose test run is gone, never a running suite's. Returns their names.
 */
export function removeLeftovers(): string[] {
  const removed: string[] = [];
  for (const name of listNamespaces()) {
    const owner = OWNED_NAME.exec(name)?.[1];
    if (owner === undefined || Number(owner) === process.pid) continue;
    if (processIsAlive(Number(owner))) continue;
    removeNamespace(name);
    removed.push(name);
  }
  return removed;
}

/** The name this run gives a namespace (`tag` and `letter`: lowercase letters only). */
export function namespaceName(tag: string, letter: string, owner = process.pid): string {
  return `${NAME_PREFIX}-${tag}-${letter}-${owner}`;
}

/** An empty namespace, as a crashed run's leftover would look (for the test of the cleanup). */
export function createBareNamespace(name: string): void {
  ip(['netns', 'add', name]);
}

/**
 * Creates host A and host B joined by a veth pair. A random third octet keeps two runs on one
 * machine from looking alike in logs; the range 10.231.0.0/16 is only ever used in here.
 */
export function createTwoHosts(tag: string): TwoHosts {
  const subnet = `10.231.${1 + Math.floor(Math.random() * 254)}`;
  const hosts: TwoHosts = {
    a: {
      namespace: namespaceName(tag, 'a'),
      address: `${subnet}.1`,
      broadcast: `${subnet}.255`,
    },
    b: {
      namespace: namespaceName(tag, 'b'),
      address: `${subnet}.2`,
      broadcast: `${subnet}.255`,
    },
  };
  try {
    for (const host of [hosts.a, hosts.b]) ip(['netns', 'add', host.namespace]);
    // `eth0`, not `veth…`: Puerto ranks veth interfaces as container bridges a partner
    // cannot use, and these stand for the lab PCs' real network cards.
    ip(
      words(
        `link add eth0 netns ${hosts.a.namespace} type veth peer name eth0 netns ${hosts.b.namespace}`,
      ),
    );
    for (const { namespace, address } of [hosts.a, hosts.b]) {
      ip(words(`-n ${namespace} address add ${address}/24 broadcast + dev eth0`));
      ip(words(`-n ${namespace} link set lo up`));
      ip(words(`-n ${namespace} link set eth0 up`));
    }
  } catch (cause) {
    removeTwoHosts(hosts);
    throw cause;
  }
  return hosts;
}

/** Deletes both namespaces (with them go their veth ends and nft tables). Safe to repeat. */
export function removeTwoHosts(hosts: TwoHosts | undefined): void {
  if (hosts === undefined) return;
  const existing = listNamespaces();
  for (const host of [hosts.a, hosts.b]) {
    if (existing.includes(host.namespace)) removeNamespace(host.namespace);
  }
}
