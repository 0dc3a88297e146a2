/**
 * "This machine": its name and every address of its interfaces, so a student can tell a
 * partner which address to contact and choose which one a server waits on.
 */
import os from 'node:os';
import type { AddressFamily, NetworkAddress, SystemInfo } from '../../shared/contract/model';

/** Node before 18.4 reported the family as a number. */
function familyName(family: string | number): AddressFamily {
  return family === 'IPv6' || family === 6 ? 'IPv6' : 'IPv4';
}

export function readSystemInfo(): SystemInfo {
  const addresses: NetworkAddress[] = [];
  for (const [name, entries] of Object.entries(os.networkInterfaces())) {
    for (const entry of entries ?? []) {
      const address: NetworkAddress = {
        interface: name,
        address: entry.address,
        family: familyName(entry.family),
        internal: entry.internal,
        netmask: entry.netmask,
      };
      if (entry.family === 'IPv6' && entry.scopeid !== undefined) address.scopeId = entry.scopeid;
      addresses.push(address);
    }
  }
  return { hostname: os.hostname(), platform: process.platform, addresses };
}
