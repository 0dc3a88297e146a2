/**
 * What this machine tells its classmates: which of its addresses to try and which of its
 * servers they could reach. Pure functions over the engine's plain data.
 */
import type { AnnouncedServer } from '../../shared/contract/classroom';
import {
  MAX_ANNOUNCED_ADDRESSES,
  MAX_ANNOUNCED_SERVERS,
  MAX_NICKNAME_CHARS,
} from '../../shared/contract/classroom';
import type { EngineState, ServerInfo, SystemInfo } from '../../shared/contract/model';
import { classifyAddress, sortAddresses } from '../../shared/network/addressScope';

/** The beacon schema's limit for a host name. */
export const MAX_HOSTNAME_CHARS = 64;

/** At most `max` UTF-16 units, never ending in half of a surrogate pair. */
export function clipText(text: string, max: number): string {
  const clipped = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(clipped) ? clipped.slice(0, -1) : clipped;
}

export function beaconHostname(hostname: string): string {
  return clipText(hostname.trim(), MAX_HOSTNAME_CHARS) || 'puerto';
}

/** The nickname asked for, else the host name: a classmate always sees some name. */
export function beaconNickname(nickname: string | undefined, hostname: string): string {
  const chosen = clipText((nickname ?? '').trim(), MAX_NICKNAME_CHARS);
  return chosen || clipText(beaconHostname(hostname), MAX_NICKNAME_CHARS);
}

/**
 * The addresses a classmate could use, the best first (the one the "This machine" panel tells
 * a partner). Loopback is left out: 127.0.0.1 on a classmate's screen would mean their own PC.
 */
export function announcedAddresses(system: SystemInfo): string[] {
  return sortAddresses(system.addresses)
    .filter((address) => !address.internal && classifyAddress(address) !== 'loopback')
    .map((address) => address.address)
    .filter((address, index, all) => all.indexOf(address) === index)
    .slice(0, MAX_ANNOUNCED_ADDRESSES);
}

function onlyLoopback(server: ServerInfo): boolean {
  if (server.bind.mode === 'loopback') return true;
  if (server.bind.mode !== 'address' || server.bind.address === undefined) return false;
  const address = server.bind.address;
  const family = address.includes(':') ? 'IPv6' : 'IPv4';
  return classifyAddress({ address, family }) === 'loopback';
}

/**
 * The listening servers a classmate could reach. A server bound only to loopback is not
 * announced: from another PC it would always be refused, which teaches the wrong lesson.
 */
export function announcedServers(servers: readonly ServerInfo[]): AnnouncedServer[] {
  return servers
    .filter((server) => server.status === 'listening' && !onlyLoopback(server))
    .map((server) => ({
      protocol: server.protocol,
      port: server.port,
      behaviour: clipText(server.behaviour.name, 32),
    }))
    .slice(0, MAX_ANNOUNCED_SERVERS);
}

/** A classroom's `listServers` for a host's engine: what it announces follows what runs. */
export function announcedServersOf(engine: {
  getState(request: Record<string, never>): Promise<EngineState>;
}): () => Promise<AnnouncedServer[]> {
  return async () => announcedServers((await engine.getState({})).servers);
}
