/**
 * Issue 5, "Tests across two real hosts", last bullet: an iterative server ("one client at a
 * time") keeps B's second client waiting in the listen queue until the first one closes; a
 * concurrent server (the default) serves both at once. A runs the engine (as the app does)
 * and `puerto serve --iterative --json`, whose capture must tell the same story.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientInfo, PuertoEvent } from '../../shared/contract';
import type { EngineHost } from './support/engineHostClient';
import { startEngineHost } from './support/engineHostClient';
import type { HostProcess } from './support/hostProcess';
import { startPuerto } from './support/hostProcess';
import { bytes, captured, HOOK_TIMEOUT_MS, useTwoHosts, waitListening } from './support/lab';
import { requireNamespaces } from './support/namespaces';

const available = requireNamespaces();

const ITERATIVE_PORT = 7007;
const CONCURRENT_PORT = 7008;
const CLI_PORT = 7009;
/** Long enough for an echo across the veth to come back many times over. */
const QUIET_MS = 500;

describe.skipIf(!available)('two hosts: one client at a time, or all at once', () => {
  const hosts = useTwoHosts('queue');
  let hostA: EngineHost;
  let hostB: EngineHost;
  let serveOnA: HostProcess;

  beforeAll(async () => {
    const { a, b } = hosts();
    serveOnA = startPuerto(a.namespace, [
      'serve',
      '--iterative',
      '--json',
      '--tcp',
      `${CLI_PORT}:echo`,
    ]);
    hostA = startEngineHost(a.namespace);
    hostB = startEngineHost(b.namespace);
    const iterative = await hostA.invoke('startServer', {
      protocol: 'tcp',
      port: ITERATIVE_PORT,
      behaviour: { name: 'echo' },
      concurrency: 'iterative',
    });
    expect(iterative.concurrency).toBe('iterative');
    await hostA.invoke('startServer', {
      protocol: 'tcp',
      port: CONCURRENT_PORT,
      behaviour: { name: 'echo' },
    });
    await waitListening(serveOnA, [`tcp:${CLI_PORT}`]);
  }, HOOK_TIMEOUT_MS);

  async function openTo(port: number): Promise<ClientInfo> {
    const { a } = hosts();
    return hostB.invoke('openClient', { protocol: 'tcp', host: a.address, port });
  }

  /** Whether `event` is A's `kind` about the connection from `client` (B's address and port). */
  function isFrom(client: ClientInfo, kind: PuertoEvent['kind']) {
    return (event: PuertoEvent) =>
      event.kind === kind &&
      event.remote?.address === hosts().b.address &&
      event.remote.port === client.local?.port;
  }

  function onAFrom(client: ClientInfo, kind: PuertoEvent['kind']): PuertoEvent[] {
    return hostA.eventsWhere(isFrom(client, kind));
  }

  function waitOnA(client: ClientInfo, kind: PuertoEvent['kind']): Promise<PuertoEvent> {
    return hostA.waitForEvent(`${kind} of B:${client.local?.port}`, isFrom(client, kind));
  }

  it('the second client’s message is answered only after the first client closes', async () => {
    const first = await openTo(ITERATIVE_PORT);
    await hostB.invoke('send', { connectionId: first.connectionId, data: bytes('primero\n') });
    await hostB.waitForText(first.connectionId, 'primero\n');
    await waitOnA(first, 'accepted');

    // The handshake completes (the system queues the connection), so B's client opens…
    const second = await openTo(ITERATIVE_PORT);
    expect(second.status).toBe('open');
    await hostB.invoke('send', { connectionId: second.connectionId, data: bytes('segundo\n') });
    // …but A shows it waiting, and nothing comes back while the first client is served.
    const waiting = await waitOnA(second, 'waiting');
    expect(waiting.local?.port).toBe(ITERATIVE_PORT);
    const state = await hostA.invoke('getState', {});
    const server = state.servers.find((item) => item.port === ITERATIVE_PORT);
    expect(server?.waiting).toEqual([{ address: hosts().b.address, port: second.local?.port }]);
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    expect(hostB.textReceived(second.connectionId)).toBe('');
    expect(onAFrom(second, 'accepted')).toEqual([]);

    await hostB.invoke('closeClient', { clientId: first.id });
    await hostB.waitForText(second.connectionId, 'segundo\n');
    const accepted = await waitOnA(second, 'accepted');
    expect(accepted.seq).toBeGreaterThan(waiting.seq);
    const [firstClosed] = onAFrom(first, 'closed');
    expect(firstClosed).toBeDefined();
    expect(accepted.seq).toBeGreaterThan(firstClosed?.seq ?? Infinity);
    await hostB.invoke('closeClient', { clientId: second.id });
  });

  it('a concurrent server answers both clients at once', async () => {
    const first = await openTo(CONCURRENT_PORT);
    const second = await openTo(CONCURRENT_PORT);
    await hostB.invoke('send', { connectionId: first.connectionId, data: bytes('uno\n') });
    await hostB.invoke('send', { connectionId: second.connectionId, data: bytes('dos\n') });
    await hostB.waitForText(second.connectionId, 'dos\n');
    await hostB.waitForText(first.connectionId, 'uno\n');
    expect(onAFrom(second, 'waiting')).toEqual([]);
    await hostB.invoke('closeClient', { clientId: first.id });
    await hostB.invoke('closeClient', { clientId: second.id });
  });

  it('`puerto serve --iterative --json` prints the second client waiting, then accepted', async () => {
    const first = await openTo(CLI_PORT);
    const second = await openTo(CLI_PORT);
    const fromSecond = `${hosts().b.address}:${second.local?.port}`;
    const kindsFromSecond = () =>
      captured(serveOnA, 'waiting')
        .concat(captured(serveOnA, 'accepted'))
        .filter((line) => line.remote === fromSecond)
        .sort((left, right) => Number(left.seq) - Number(right.seq))
        .map((line) => line.kind);
    await hostB.invoke('send', { connectionId: second.connectionId, data: bytes('espero\n') });
    await serveOnA.waitFor(`waiting from ${fromSecond}`, () =>
      kindsFromSecond().includes('waiting'),
    );
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    expect(hostB.textReceived(second.connectionId)).toBe('');
    expect(kindsFromSecond()).toEqual(['waiting']);

    await hostB.invoke('closeClient', { clientId: first.id });
    await hostB.waitForText(second.connectionId, 'espero\n');
    await serveOnA.waitFor(`accepted from ${fromSecond}`, () =>
      kindsFromSecond().includes('accepted'),
    );
    expect(kindsFromSecond()).toEqual(['waiting', 'accepted']);
    await hostB.invoke('closeClient', { clientId: second.id });
  });
});
