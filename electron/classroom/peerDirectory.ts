/**
 * The classmates heard recently, by instance id. Bounded, so a flood of beacons with made-up
 * instance ids cannot grow memory: when full, the classmate silent the longest makes room.
 */
import type { Beacon, Peer } from '../../shared/contract/classroom';
import { PEER_EXPIRY_MS } from '../../shared/contract/classroom';
import type { Endpoint } from '../../shared/contract/model';

/** Far more than a classroom (about 30 PCs, a few Puertos each), far less than a flood. */
export const DEFAULT_MAX_PEERS = 200;

export interface PeerDirectoryOptions {
  /** This instance's id: its own beacons, looped back by the broadcast, are not a classmate. */
  ownInstance: string;
  expiryMs?: number;
  maxPeers?: number;
  now?: () => number;
}

/** What one beacon did to the list. */
export type HeardOutcome = 'own' | 'appeared' | 'changed' | 'unchanged';

function sameAnnouncement(peer: Peer, beacon: Beacon, source: Endpoint): boolean {
  return (
    peer.nickname === beacon.nickname &&
    peer.hostname === beacon.hostname &&
    peer.platform === beacon.platform &&
    peer.source.address === source.address &&
    peer.source.port === source.port &&
    JSON.stringify(peer.addresses) === JSON.stringify(beacon.addresses) &&
    JSON.stringify(peer.servers) === JSON.stringify(beacon.servers)
  );
}

function copyPeer(peer: Peer): Peer {
  return {
    ...peer,
    addresses: [...peer.addresses],
    servers: peer.servers.map((server) => ({ ...server })),
    source: { ...peer.source },
  };
}

export class PeerDirectory {
  readonly #peers = new Map<string, Peer>();
  readonly #ownInstance: string;
  readonly #expiryMs: number;
  readonly #maxPeers: number;
  readonly #now: () => number;

  constructor(options: PeerDirectoryOptions) {
    this.#ownInstance = options.ownInstance;
    this.#expiryMs = options.expiryMs ?? PEER_EXPIRY_MS;
    this.#maxPeers = Math.max(1, options.maxPeers ?? DEFAULT_MAX_PEERS);
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#peers.size;
  }

  /** Records a beacon that passed the schema, heard from `source`. */
  hear(beacon: Beacon, source: Endpoint): { outcome: HeardOutcome; peer?: Peer } {
    if (beacon.instance === this.#ownInstance) return { outcome: 'own' };
    const now = this.#now();
    const known = this.#peers.get(beacon.instance);
    const peer: Peer = {
      instance: beacon.instance,
      nickname: beacon.nickname,
      hostname: beacon.hostname,
      ...(beacon.platform !== undefined ? { platform: beacon.platform } : {}),
      addresses: [...beacon.addresses],
      servers: beacon.servers.map((server) => ({ ...server })),
      source: { address: source.address, port: source.port },
      firstHeardAt: known?.firstHeardAt ?? now,
      lastHeardAt: now,
    };
    const outcome: HeardOutcome =
      known === undefined
        ? 'appeared'
        : sameAnnouncement(known, beacon, source)
          ? 'unchanged'
          : 'changed';
    // Deleted and set again so the map stays ordered from the longest silent to the latest.
    this.#peers.delete(beacon.instance);
    if (known === undefined && this.#peers.size >= this.#maxPeers) this.#dropLongestSilent();
    this.#peers.set(beacon.instance, peer);
    return { outcome, peer: copyPeer(peer) };
  }

  /** Removes the classmates silent for longer than the expiry; returns them. */
  expire(): Peer[] {
    const deadline = this.#now() - this.#expiryMs;
    const gone: Peer[] = [];
    for (const [instance, peer] of this.#peers) {
      if (peer.lastHeardAt >= deadline) break;
      this.#peers.delete(instance);
      gone.push(peer);
    }
    return gone;
  }

  /** The classmates, in the order they were first heard, as copies the caller may keep. */
  list(): Peer[] {
    return [...this.#peers.values()]
      .sort((left, right) => left.firstHeardAt - right.firstHeardAt)
      .map(copyPeer);
  }

  clear(): void {
    this.#peers.clear();
  }

  #dropLongestSilent(): void {
    const oldest = this.#peers.keys().next();
    if (oldest.done !== true) this.#peers.delete(oldest.value);
  }
}
