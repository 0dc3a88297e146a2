/**
 * Classroom discovery for one host (the window, browser mode, `puerto serve --announce`):
 * off until asked, then one beacon per interval to each target and a list of the classmates
 * heard. Beacons are information only: what arrives changes the peers list and the counters,
 * and nothing else; no beacon can start, stop or change a server or a client.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type {
  AnnouncedServer,
  Beacon,
  ClassroomState,
  IgnoredBeacons,
  Peer,
} from '../../shared/contract/classroom';
import {
  BEACON_VERSION,
  DISCOVERY_PORT,
  MIN_BEACON_INTERVAL_MS,
  PEER_EXPIRY_MS,
} from '../../shared/contract/classroom';
import type { PuertoError } from '../../shared/contract/errors';
import type { Endpoint, SystemInfo } from '../../shared/contract/model';
import { toPuertoError } from '../engine';
import { readSystemInfo as readThisMachine } from '../engine/systemInfo';
import { announcedAddresses, beaconHostname, beaconNickname } from './announcement';
import { decodeBeacon, encodeBeacon } from './beaconCodec';
import type { BeaconSocket } from './beaconSocket';
import { openBeaconSocket } from './beaconSocket';
import { broadcastTargets } from './broadcastTargets';
import { PeerDirectory } from './peerDirectory';

export interface ClassroomOptions {
  /** The UDP port beacons go to and are heard on; 0 picks a free one (tests). */
  port?: number;
  /** Between two beacons; never less than MIN_BEACON_INTERVAL_MS (smaller values are raised). */
  intervalMs?: number;
  expiryMs?: number;
  maxPeers?: number;
  hostname?: string;
  platform?: string;
  /** The nickname when `enable` is given none; the host name when this is missing too. */
  nickname?: string;
  /**
   * Where beacons go: addresses (directed broadcasts, or a classmate's address across a
   * router). Without it, the directed broadcast of every IPv4 network, read again each time.
   */
  targets?: readonly string[];
  /** Where to listen; 0.0.0.0 (every IPv4 interface) by default. */
  listenAddress?: string;
  /** Hear classmates without announcing anything (`puerto peers`). */
  listenOnly?: boolean;
  readSystemInfo?: () => SystemInfo;
  /** The servers to announce: the host passes its engine's listening servers. */
  listServers?: () => AnnouncedServer[] | Promise<AnnouncedServer[]>;
  /** A fixed instance id (tests); random per run otherwise. */
  instance?: string;
  now?: () => number;
  /** Discovery cannot work in this host (a bad setting): `enable` reports this error. */
  unavailable?: PuertoError;
}

export type ClassroomChange =
  | { kind: 'appeared' | 'changed' | 'left'; peer: Peer }
  | { kind: 'enabled' | 'disabled' | 'error'; state: ClassroomState };

export interface Classroom {
  state(): ClassroomState;
  enable(nickname?: string): Promise<ClassroomState>;
  disable(): Promise<ClassroomState>;
  onChange(listener: (change: ClassroomChange) => void): () => void;
  /** Turns discovery off for good and releases the socket and timers. */
  close(): Promise<void>;
}

function newInstanceId(): string {
  return randomBytes(8).toString('hex');
}

export function createClassroom(options: ClassroomOptions = {}): Classroom {
  const requestedPort = options.port ?? DISCOVERY_PORT;
  const intervalMs = Math.max(MIN_BEACON_INTERVAL_MS, options.intervalMs ?? MIN_BEACON_INTERVAL_MS);
  const hostname = beaconHostname(options.hostname ?? os.hostname());
  const platform = options.platform ?? process.platform;
  const instance = options.instance ?? newInstanceId();
  const readSystemInfo = options.readSystemInfo ?? readThisMachine;
  const listeners = new Set<(change: ClassroomChange) => void>();
  const directory = new PeerDirectory({
    ownInstance: instance,
    expiryMs: options.expiryMs ?? PEER_EXPIRY_MS,
    ...(options.maxPeers !== undefined ? { maxPeers: options.maxPeers } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });

  let socket: BeaconSocket | undefined;
  let timer: NodeJS.Timeout | undefined;
  let nickname = beaconNickname(options.nickname, hostname);
  let ignored: IgnoredBeacons = { malformed: 0, oversized: 0 };
  let beaconsSent = 0;
  let beaconsHeard = 0;
  let error: PuertoError | undefined;
  let sending = false;
  let closed = false;
  /** enable, disable and close run one after another, never interleaved. */
  let queue: Promise<unknown> = Promise.resolve();

  function emit(change: ClassroomChange): void {
    for (const listener of listeners) {
      try {
        listener(change);
      } catch {
        // A listener's mistake must not stop discovery nor the other listeners.
      }
    }
  }

  function snapshot(): ClassroomState {
    return {
      enabled: socket !== undefined,
      nickname,
      port: socket?.port ?? requestedPort,
      instance,
      peers: directory.list(),
      ignored: { ...ignored },
      beaconsSent,
      beaconsHeard,
      ...(error !== undefined ? { error } : {}),
    };
  }

  function expirePeers(): void {
    for (const peer of directory.expire()) emit({ kind: 'left', peer });
  }

  /** Told once per new error, not once a second while the same send keeps failing. */
  function setError(next: PuertoError | undefined): void {
    const repeated = next !== undefined && error?.message === next.message;
    error = next;
    if (next !== undefined && !repeated) emit({ kind: 'error', state: snapshot() });
  }

  function receive(datagram: Uint8Array, source: Endpoint): void {
    const decoded = decodeBeacon(datagram);
    if (!decoded.ok) {
      ignored = { ...ignored, [decoded.reason]: ignored[decoded.reason] + 1 };
      return;
    }
    const { outcome, peer } = directory.hear(decoded.beacon, source);
    if (outcome === 'own') return;
    beaconsHeard += 1;
    if (peer !== undefined && (outcome === 'appeared' || outcome === 'changed')) {
      emit({ kind: outcome, peer });
    }
  }

  async function currentBeacon(): Promise<Beacon> {
    let servers: AnnouncedServer[] = [];
    let addresses: string[] = [];
    try {
      servers = [...(await (options.listServers?.() ?? []))];
    } catch {
      // The engine is closing: announce no servers rather than skip the beacon.
    }
    try {
      addresses = announcedAddresses(readSystemInfo());
    } catch {
      // The system would not list its interfaces: classmates still see the source address.
    }
    return { puerto: BEACON_VERSION, instance, nickname, hostname, platform, addresses, servers };
  }

  async function announceOnce(): Promise<void> {
    const current = socket;
    if (current === undefined || sending || options.listenOnly === true) return;
    sending = true;
    try {
      const targets = options.targets ?? broadcastTargets();
      const round = await current.send(encodeBeacon(await currentBeacon()), targets);
      beaconsSent += round.sent;
      if (socket !== current) return;
      const { failure } = round;
      setError(
        failure === undefined
          ? undefined
          : toPuertoError(failure.cause, {
              proto: 'udp',
              port: current.port,
              address: failure.target,
            }),
      );
    } finally {
      sending = false;
    }
  }

  /** Never rejects (it runs from a timer): a failure becomes the state's error. */
  function announce(): Promise<void> {
    return announceOnce().catch((cause: unknown) =>
      setError(toPuertoError(cause, { proto: 'udp' })),
    );
  }

  function tick(): void {
    expirePeers();
    void announce();
  }

  async function turnOn(requested: string | undefined): Promise<ClassroomState> {
    // Asked again while on: the next beacon carries the new name (none: back to the default).
    nickname = beaconNickname(requested ?? options.nickname, hostname);
    if (socket !== undefined || closed) return snapshot();
    if (options.unavailable !== undefined) {
      setError(options.unavailable);
      return snapshot();
    }
    const listenAddress = options.listenAddress ?? '0.0.0.0';
    ignored = { malformed: 0, oversized: 0 };
    beaconsSent = 0;
    beaconsHeard = 0;
    directory.clear();
    try {
      socket = await openBeaconSocket({
        port: requestedPort,
        address: listenAddress,
        onDatagram: receive,
        onError: (cause) => setError(toPuertoError(cause, { proto: 'udp', port: requestedPort })),
      });
    } catch (cause) {
      setError(toPuertoError(cause, { proto: 'udp', port: requestedPort, address: listenAddress }));
      return snapshot();
    }
    error = undefined;
    timer = setInterval(tick, intervalMs);
    timer.unref();
    emit({ kind: 'enabled', state: snapshot() });
    await announce();
    return snapshot();
  }

  async function turnOff(): Promise<ClassroomState> {
    const current = socket;
    if (current === undefined) return snapshot();
    clearInterval(timer);
    timer = undefined;
    socket = undefined;
    await current.close();
    // Nothing is heard any more, so the list would only grow stale.
    directory.clear();
    emit({ kind: 'disabled', state: snapshot() });
    return snapshot();
  }

  function serialized<T>(step: () => Promise<T>): Promise<T> {
    const result = queue.then(step, step);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    state() {
      if (socket !== undefined) expirePeers();
      return snapshot();
    },
    enable: (requested) => serialized(() => turnOn(requested)),
    disable: () => serialized(turnOff),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      serialized(async () => {
        closed = true;
        await turnOff();
        listeners.clear();
      }),
  };
}
