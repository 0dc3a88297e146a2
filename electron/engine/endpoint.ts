/**
 * Endpoints as students should read them. A dual-stack socket reports IPv4 peers as IPv4-mapped
 * IPv6 addresses (`::ffff:192.168.1.20`, RFC 4291 §2.5.5.2); the peer really is IPv4, so it is
 * shown as `192.168.1.20`. Sockets keep the raw form for routing replies.
 */
import type { AddressFamily, Endpoint } from '../../shared/contract/model';
import { isIPv6 } from '../../shared/contract/validation';

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

export function displayAddress(address: string): string {
  return IPV4_MAPPED.exec(address)?.[1] ?? address;
}

export function toEndpoint(address: string | undefined, port: number | undefined): Endpoint {
  return { address: displayAddress(address ?? ''), port: port ?? 0 };
}

export function familyOf(address: string): AddressFamily {
  return isIPv6(address) ? 'IPv6' : 'IPv4';
}
