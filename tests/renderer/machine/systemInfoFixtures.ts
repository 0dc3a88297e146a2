import type { NetworkAddress, SystemInfo } from '../../../shared/contract';

export function networkAddress(
  address: string,
  family: NetworkAddress['family'],
  interfaceName: string,
  internal = false,
): NetworkAddress {
  return { interface: interfaceName, address, family, internal, netmask: '' };
}

export const LOOPBACK_V4 = networkAddress('127.0.0.1', 'IPv4', 'lo', true);
export const LOOPBACK_V6 = networkAddress('::1', 'IPv6', 'lo', true);

/** A lab PC: loopbacks, a Docker bridge listed first, the real card, and IPv6 addresses. */
export function labMachine(): SystemInfo {
  return {
    hostname: 'lab-pc-07',
    platform: 'linux',
    addresses: [
      LOOPBACK_V4,
      LOOPBACK_V6,
      networkAddress('172.17.0.1', 'IPv4', 'docker0'),
      networkAddress('192.168.1.20', 'IPv4', 'eth0'),
      networkAddress('fe80::1c2b:3ff:fe4d:5e6f', 'IPv6', 'eth0'),
      networkAddress('2001:db8::20', 'IPv6', 'eth0'),
    ],
  };
}
