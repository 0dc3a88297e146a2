/**
 * The two hosts' life in a test file: made before the first test (after clearing what a crashed
 * run left), and torn down after the last even when tests failed: every process started in
 * them killed first (a namespace lives on while a process runs in it), then both namespaces
 * deleted, and the teardown itself checked.
 */
import { afterAll, beforeAll } from 'vitest';
import { killAll, removeDataDirectories, runningCount, STARTUP_TIMEOUT_MS } from './hostProcess';
import type { HostProcess } from './hostProcess';
import {
  createTwoHosts,
  listNamespaces,
  removeLeftovers,
  removeTwoHosts,
  runInside,
} from './namespaces';
import type { TwoHosts } from './namespaces';

const SETUP_TIMEOUT_MS = 15_000;
/** A beforeAll that starts a host's programs (in parallel) and waits until they are ready. */
export const HOOK_TIMEOUT_MS = 60_000;
const TEARDOWN_TIMEOUT_MS = 20_000;

/** Ends everything the file started and proves it: throws if a namespace or process is left. */
export async function tearDown(hosts: TwoHosts | undefined): Promise<void> {
  await killAll();
  removeTwoHosts(hosts);
  removeDataDirectories();
  if (hosts === undefined) return;
  const left = listNamespaces().filter(
    (name) => name === hosts.a.namespace || name === hosts.b.namespace,
  );
  if (left.length > 0) throw new Error(`namespaces left behind: ${left.join(', ')}`);
  if (runningCount() > 0) throw new Error(`${runningCount()} processes still running`);
}

/** Registers the hooks; the returned function gives the hosts inside tests. */
export function useTwoHosts(tag: string): () => TwoHosts {
  let hosts: TwoHosts | undefined;
  beforeAll(() => {
    removeLeftovers();
    hosts = createTwoHosts(tag);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => tearDown(hosts), TEARDOWN_TIMEOUT_MS);
  return () => {
    if (hosts === undefined) throw new Error('the two hosts were not created');
    return hosts;
  };
}

/** The text as the bytes a `send` carries. */
export function bytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/** Linux's ephemeral port range inside a namespace (each namespace has its own sysctl). */
export function ephemeralRange(namespace: string): { low: number; high: number } {
  const text = runInside(namespace, 'cat', ['/proc/sys/net/ipv4/ip_local_port_range']);
  const [low = Number.NaN, high = Number.NaN] = text.trim().split(/\s+/).map(Number);
  return { low, high };
}

/** `puerto serve --json` lines of one kind (and protocol), in the order they were printed. */
export function captured(
  serve: HostProcess,
  kind: string,
  proto?: 'tcp' | 'udp',
): Array<Record<string, unknown>> {
  return serve
    .jsonLines()
    .filter((line) => line.kind === kind && (proto === undefined || line.proto === proto));
}

/** Waits until `serve --json` says its servers listen on every `proto:port` given. */
export async function waitListening(serve: HostProcess, servers: string[]): Promise<void> {
  const listening = () =>
    captured(serve, 'listening').map((line) => `${String(line.proto)}:${String(line.local)}`);
  await serve.waitFor(
    `listening on ${servers.join(', ')}`,
    () => servers.every((server) => listening().some((item) => matches(item, server))),
    STARTUP_TIMEOUT_MS,
  );
}

function matches(listening: string, server: string): boolean {
  const [proto, port] = server.split(':');
  return listening.startsWith(`${proto}:`) && listening.endsWith(`:${port}`);
}
