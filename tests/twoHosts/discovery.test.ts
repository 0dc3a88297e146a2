/**
 * Issue 5, "Tests across two real hosts", third bullet: classroom discovery across the cable.
 * A is the app (the engine host with discovery turned on), B is `puerto serve --announce`;
 * `puerto peers` inside each namespace lists the other with its servers. Then datagrams that
 * are no beacon are broadcast into the segment from B: A ignores and counts them, and still
 * lists B as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnouncedServer, ClassroomState, Peer } from '../../shared/contract';
import { DISCOVERY_PORT, MAX_BEACON_BYTES } from '../../shared/contract';
import type { EngineHost } from './support/engineHostClient';
import { startEngineHost } from './support/engineHostClient';
import type { HostProcess } from './support/hostProcess';
import { sendDatagrams } from './support/datagramSender';
import { runPuerto, startPuerto } from './support/hostProcess';
import { bytes, HOOK_TIMEOUT_MS, useTwoHosts, waitListening } from './support/lab';
import { requireNamespaces } from './support/namespaces';

const available = requireNamespaces();

const A_SERVERS: AnnouncedServer[] = [
  { protocol: 'tcp', port: 7007, behaviour: 'echo' },
  { protocol: 'udp', port: 7007, behaviour: 'echo' },
];
const B_SERVERS: AnnouncedServer[] = [
  { protocol: 'tcp', port: 7013, behaviour: 'daytime' },
  { protocol: 'udp', port: 7013, behaviour: 'daytime' },
];

function byServer(left: AnnouncedServer, right: AnnouncedServer): number {
  return `${left.protocol}${left.port}`.localeCompare(`${right.protocol}${right.port}`);
}

/** `puerto peers --json` prints the peers heard as one JSON array. */
function peersPrinted(peers: HostProcess): Peer[] {
  const line = peers.stdoutLines.find((text) => text.startsWith('['));
  if (line === undefined) throw new Error(`no JSON from ${peers.label}:\n${peers.stderr}`);
  return JSON.parse(line) as Peer[];
}

describe.skipIf(!available)('two hosts: classroom discovery', () => {
  const hosts = useTwoHosts('classroom');
  let appOnA: EngineHost;
  let serveOnB: HostProcess;

  beforeAll(async () => {
    const { a, b } = hosts();
    appOnA = startEngineHost(a.namespace);
    serveOnB = startPuerto(b.namespace, [
      'serve',
      '--announce',
      '--name',
      'B',
      '--json',
      ...B_SERVERS.flatMap((server) => [
        `--${server.protocol}`,
        `${server.port}:${server.behaviour}`,
      ]),
    ]);
    for (const server of A_SERVERS) {
      await appOnA.invoke('startServer', {
        protocol: server.protocol,
        port: server.port,
        behaviour: { name: 'echo' },
      });
    }
    const state = await appOnA.invoke('setClassroom', { enabled: true, nickname: 'A' });
    expect(state).toMatchObject({ enabled: true, nickname: 'A', port: DISCOVERY_PORT });
    await waitListening(serveOnB, ['tcp:7013', 'udp:7013']);
  }, HOOK_TIMEOUT_MS);

  /** A's classroom once `check` holds (beacons come once a second). */
  async function classroomOnA(
    what: string,
    check: (state: ClassroomState) => boolean,
  ): Promise<ClassroomState> {
    const deadline = Date.now() + 8_000;
    for (;;) {
      const state = await appOnA.invoke('getClassroom', {});
      if (check(state)) return state;
      if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(state, null, 2)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  const peerB = (state: ClassroomState) => state.peers.find((peer) => peer.nickname === 'B');

  it(
    '`puerto peers` in each host lists the other with its servers',
    async () => {
      const { a, b } = hosts();
      const [onA, onB] = await Promise.all([
        runPuerto(a.namespace, ['peers', '--timeout', '3', '--json']),
        runPuerto(b.namespace, ['peers', '--timeout', '3', '--json']),
      ]);
      expect(onA.exit.code, onA.stderr).toBe(0);
      expect(onB.exit.code, onB.stderr).toBe(0);

      const heardOnA = peersPrinted(onA).find((peer) => peer.nickname === 'B');
      expect(heardOnA?.source.address).toBe(b.address);
      expect(heardOnA?.addresses).toContain(b.address);
      expect(heardOnA?.servers.sort(byServer)).toEqual(B_SERVERS);

      const heardOnB = peersPrinted(onB).find((peer) => peer.nickname === 'A');
      expect(heardOnB?.source.address).toBe(a.address);
      expect(heardOnB?.addresses).toContain(a.address);
      expect(heardOnB?.servers.sort(byServer)).toEqual(A_SERVERS);
      // A broadcast is also delivered on the machine that sent it, so each `peers` hears the
      // Puerto on its own PC too; nothing else announces on this segment.
      for (const peers of [onA, onB]) {
        expect(
          peersPrinted(peers)
            .map((peer) => peer.nickname)
            .sort(),
        ).toEqual(['A', 'B']);
      }
    },
    HOOK_TIMEOUT_MS,
  );

  it('the app on A lists B, and B’s serve --announce heard A', async () => {
    const { b } = hosts();
    const state = await classroomOnA('B listed', (current) => peerB(current) !== undefined);
    expect(peerB(state)?.source.address).toBe(b.address);
    expect(peerB(state)?.servers.sort(byServer)).toEqual(B_SERVERS);
    expect(state.beaconsSent).toBeGreaterThan(0);
    // `serve --announce` tells who appeared on standard error, servers included.
    await serveOnB.waitFor('A reported on B’s standard error', () =>
      serveOnB.stderr
        .split('\n')
        .some((line) => line.includes(hosts().a.address) && line.includes('tcp/7007 echo')),
    );
  });

  it('malformed and oversized datagrams from B are counted and change nothing on A', async () => {
    const { a, b } = hosts();
    const before = await classroomOnA('B listed', (current) => peerB(current) !== undefined);
    const serversBefore = (await appOnA.invoke('getState', {})).servers.map((server) => server.id);
    const wrongVersion = JSON.stringify({
      puerto: 99,
      instance: '0123456789abcdef',
      nickname: 'Intruso',
      hostname: 'x',
      addresses: [],
      servers: [],
    });
    await sendDatagrams(b.namespace, a.broadcast, DISCOVERY_PORT, [
      bytes('esto no es una baliza'),
      bytes(wrongVersion),
      new Uint8Array(MAX_BEACON_BYTES + 100).fill(0x7b),
    ]);

    const after = await classroomOnA(
      'the bad datagrams counted',
      (current) =>
        current.ignored.malformed >= before.ignored.malformed + 2 &&
        current.ignored.oversized >= before.ignored.oversized + 1 &&
        (peerB(current)?.lastHeardAt ?? 0) > (peerB(before)?.lastHeardAt ?? 0),
    );
    expect(after.ignored).toEqual({
      malformed: before.ignored.malformed + 2,
      oversized: before.ignored.oversized + 1,
    });
    expect(after.peers.map((peer) => peer.nickname)).toEqual(['B']);
    expect(peerB(after)).toMatchObject({
      instance: peerB(before)?.instance,
      source: { address: b.address },
      servers: peerB(before)?.servers,
    });
    const serversAfter = (await appOnA.invoke('getState', {})).servers;
    expect(serversAfter.map((server) => server.id)).toEqual(serversBefore);
    expect(serversAfter.every((server) => server.status === 'listening')).toBe(true);
  });
});
