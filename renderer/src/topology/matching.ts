/**
 * When a client of this machine talks to a server of this machine, the engine holds two
 * conversations (the client's and the one the server accepted). The drawing shows one line from
 * the client to its own port, so it must recognise the two halves of the same conversation.
 */
import type { ConnectionInfo, Endpoint, ServerInfo } from '../../../shared/contract';

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

export function plainAddress(address: string): string {
  return (IPV4_MAPPED.exec(address)?.[1] ?? address).toLowerCase();
}

/** A socket bound to "all addresses" reports the wildcard, which matches any address. */
export function isWildcard(address: string): boolean {
  const plain = plainAddress(address);
  return plain === '' || plain === '0.0.0.0' || plain === '::';
}

export function isLoopback(address: string): boolean {
  const plain = plainAddress(address);
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

function addressesMatch(left: string, right: string): boolean {
  return isWildcard(left) || isWildcard(right) || plainAddress(left) === plainAddress(right);
}

function sameEndpoint(left: Endpoint, right: Endpoint): boolean {
  return left.port === right.port && addressesMatch(left.address, right.address);
}

/**
 * The accepted conversation is the client's mirror: ports swapped exactly. Traffic a machine
 * sends itself leaves from the address it targets, so the server sees the client coming from
 * the very address the client aimed at; that rules out a stranger who happens to use the same
 * ephemeral port number.
 */
export function isMirror(accepted: ConnectionInfo, opened: ConnectionInfo): boolean {
  if (accepted.role !== 'server' || opened.role !== 'client') return false;
  if (accepted.protocol !== opened.protocol) return false;
  if (!sameEndpoint(accepted.local, opened.remote)) return false;
  if (accepted.remote.port !== opened.local.port) return false;
  const source = plainAddress(accepted.remote.address);
  return (
    source === plainAddress(opened.remote.address) ||
    (!isWildcard(opened.local.address) && source === plainAddress(opened.local.address))
  );
}

/**
 * Which of this machine's servers a client's conversation reaches, before the server has
 * accepted it (a UDP server sees nothing until the first datagram arrives).
 */
export function ownServerReached(
  opened: ConnectionInfo,
  servers: readonly ServerInfo[],
): ServerInfo | undefined {
  const target = opened.remote;
  return servers.find((server) => {
    if (server.protocol !== opened.protocol || server.port !== target.port) return false;
    const bound = server.local.address;
    if (!isWildcard(bound) && plainAddress(bound) === plainAddress(target.address)) return true;
    return isLoopback(target.address) && (isWildcard(bound) || isLoopback(bound));
  });
}

/**
 * Our client's conversation is the one an iterative server lists as waiting from `queued`
 * (the server reports the client's address and port, as `accept` would).
 */
export function isQueuedClient(queued: Endpoint, opened: ConnectionInfo): boolean {
  if (opened.role !== 'client' || opened.protocol !== 'tcp') return false;
  if (queued.port !== opened.local.port) return false;
  const source = plainAddress(queued.address);
  return (
    source === plainAddress(opened.remote.address) ||
    (!isWildcard(opened.local.address) && source === plainAddress(opened.local.address))
  );
}
