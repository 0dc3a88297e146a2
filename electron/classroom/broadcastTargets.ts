/**
 * Where beacons go when nobody chose: the directed broadcast address of every IPv4 network
 * this machine is on (192.168.1.255 for 192.168.1.20/24, RFC 919 and RFC 922).
 *
 * Not the limited broadcast 255.255.255.255: the kernel sends that through the default route's
 * interface, so a machine with two networks announces itself on one only, and a machine (or a
 * test's network namespace) without a default route fails with ENETUNREACH. A directed
 * broadcast follows its own interface's route, so each network hears the beacon.
 */
import os from 'node:os';

/** What `os.networkInterfaces()` says of one address (the fields this module reads). */
export interface InterfaceAddress {
  address: string;
  netmask: string;
  family: string | number;
  internal: boolean;
}

export type InterfaceTable = NodeJS.Dict<InterfaceAddress[]>;

function ipv4ToNumber(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

function numberToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

/**
 * `address | ~netmask`, or undefined for a /32 or /31: a /32 has no one else on its network,
 * and a /31 is a point-to-point link whose two addresses are both hosts (RFC 3021).
 */
export function directedBroadcast(address: string, netmask: string): string | undefined {
  const host = ipv4ToNumber(address);
  const mask = ipv4ToNumber(netmask);
  if (host === undefined || mask === undefined) return undefined;
  if (mask >>> 0 >= 0xfffffffe) return undefined;
  return numberToIpv4((host | ~mask) >>> 0);
}

function isIpv4(entry: InterfaceAddress): boolean {
  return entry.family === 'IPv4' || entry.family === 4;
}

/** One target per IPv4 network of a non-loopback interface, in the order the system lists them. */
export function broadcastTargets(interfaces: InterfaceTable = os.networkInterfaces()): string[] {
  const targets = new Set<string>();
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal || !isIpv4(entry)) continue;
      const target = directedBroadcast(entry.address, entry.netmask);
      if (target !== undefined) targets.add(target);
    }
  }
  return [...targets];
}
