import type { Endpoint } from '../../../shared/contract';

/** IPv6 addresses go in brackets so the port stays readable (RFC 3986, section 3.2.2). */
export function formatEndpoint(endpoint: Endpoint | undefined): string {
  if (endpoint === undefined) return '';
  const address = endpoint.address.includes(':') ? `[${endpoint.address}]` : endpoint.address;
  return `${address}:${endpoint.port}`;
}

/** A listening server has no remote side yet: then only the side that exists is shown. */
export function formatEndpointPair(local: Endpoint | undefined, remote: Endpoint | undefined) {
  if (local === undefined || remote === undefined) return formatEndpoint(local ?? remote);
  return `${formatEndpoint(local)} ↔ ${formatEndpoint(remote)}`;
}

/** Shows the name the student typed, and the address it resolved to when that differs. */
export function formatTypedHost(host: string, remote: Endpoint): string {
  const typed = formatEndpoint({ address: host, port: remote.port });
  return remote.address === '' || remote.address === host ? typed : `${typed} (${remote.address})`;
}
