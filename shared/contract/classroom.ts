/**
 * Classroom discovery: Puerto instances on one LAN announce themselves with a small UDP beacon
 * (at most one a second) and list the classmates they hear. A beacon is information only:
 * nothing received can start, stop or change anything; it is parsed with the schema below and
 * dropped (and counted) when it does not fit.
 */
import { z } from 'zod';
import type { PuertoError } from './errors';
import type { Endpoint, Protocol } from './model';

/** The UDP port every Puerto listens on for beacons when discovery is on (IANA-unassigned). */
export const DISCOVERY_PORT = 45_454;
/** One beacon a second at most: a classroom of 30 PCs then adds 30 small datagrams a second. */
export const MIN_BEACON_INTERVAL_MS = 1_000;
/** A classmate silent for this long has left (closed Puerto, turned discovery off, or moved). */
export const PEER_EXPIRY_MS = 6_000;
/** Fits one Ethernet frame with room for the IP and UDP headers, so a beacon is never fragmented. */
export const MAX_BEACON_BYTES = 1_400;
/** The version written in every beacon; a beacon of another version is counted as malformed. */
export const BEACON_VERSION = 1;

export const MAX_NICKNAME_CHARS = 32;
export const MAX_ANNOUNCED_SERVERS = 24;
export const MAX_ANNOUNCED_ADDRESSES = 8;

export const nicknameSchema = z
  .string()
  .trim()
  .min(1, { message: 'validation.nicknameEmpty' })
  .max(MAX_NICKNAME_CHARS, { message: 'validation.nicknameTooLong' });

export const announcedServerSchema = z.object({
  protocol: z.enum(['tcp', 'udp']),
  port: z.number().int().min(1).max(65_535),
  /** The behaviour's name (echo, http, manual…), so a classmate knows what to expect. */
  behaviour: z.string().min(1).max(32),
});

/** What travels in one beacon, as UTF-8 JSON. Unknown keys are dropped, never trusted. */
export const beaconSchema = z.object({
  puerto: z.literal(BEACON_VERSION),
  /** Random per run, so an instance recognises (and ignores) its own beacons. */
  instance: z.string().regex(/^[0-9a-f]{8,32}$/),
  nickname: z.string().min(1).max(MAX_NICKNAME_CHARS),
  hostname: z.string().min(1).max(64),
  /** `win32`, `linux`, `darwin`…: which firewall advice fits the classmate's machine. */
  platform: z.string().min(1).max(16).optional(),
  addresses: z.array(z.string().min(2).max(64)).max(MAX_ANNOUNCED_ADDRESSES),
  servers: z.array(announcedServerSchema).max(MAX_ANNOUNCED_SERVERS),
});

export type AnnouncedServer = z.output<typeof announcedServerSchema>;
export type Beacon = z.output<typeof beaconSchema>;

/** A classmate heard recently. */
export interface Peer {
  instance: string;
  nickname: string;
  hostname: string;
  platform?: string;
  /** The addresses the classmate announced (a partner may have several). */
  addresses: string[];
  servers: AnnouncedServer[];
  /** Where the last beacon really came from: the address that reached us. */
  source: Endpoint;
  firstHeardAt: number;
  lastHeardAt: number;
}

/** Beacons heard and dropped, by reason, since discovery was turned on. */
export interface IgnoredBeacons {
  /** Not JSON, wrong version, or fields missing or of the wrong shape. */
  malformed: number;
  /** Larger than MAX_BEACON_BYTES. */
  oversized: number;
}

export interface ClassroomState {
  enabled: boolean;
  nickname: string;
  /** The UDP port beacons go to and are heard on. */
  port: number;
  /** This instance's random id (beacons carrying it are our own, looped back). */
  instance: string;
  peers: Peer[];
  ignored: IgnoredBeacons;
  beaconsSent: number;
  beaconsHeard: number;
  /** Why discovery could not start or send (the port is taken, no network…). */
  error?: PuertoError;
}

/** A server of a classmate, as the peers list offers it to open a client. */
export interface PeerServerTarget {
  protocol: Protocol;
  host: string;
  port: number;
}
