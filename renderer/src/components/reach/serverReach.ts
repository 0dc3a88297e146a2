/**
 * "Can my partner reach me?" for one running server: the addresses it really listens on,
 * from what it was bound to and this machine's addresses, and the one to tell a partner.
 */
import type { AddressFamily, NetworkAddress, ServerInfo } from '../../../../shared/contract';
import {
  choosePartnerAddress,
  classifyAddress,
  isVirtualInterface,
  sortAddresses,
} from '../../../../shared/network/addressScope';
import type { AddressScope } from '../../../../shared/network/addressScope';

/**
 * - all: every address of this machine (`::`, dual stack)
 * - all-ipv4: every IPv4 address (`0.0.0.0`: the system had no IPv6)
 * - loopback: only this machine can connect
 * - address: exactly one address
 */
export type ReachKind = 'all' | 'all-ipv4' | 'loopback' | 'address';

export interface ListeningAddress {
  address: string;
  family: AddressFamily;
  scope: AddressScope;
  /** The network card it belongs to, when this machine reported it. */
  interface?: string;
  virtual: boolean;
}

export interface ServerReach {
  kind: ReachKind;
  addresses: ListeningAddress[];
  /** What a partner on another machine should type; absent when none reaches one. */
  partner?: ListeningAddress;
}

const IPV4_ANY = '0.0.0.0';
const IPV6_ANY = '::';

function fromNetwork(address: NetworkAddress): ListeningAddress {
  return {
    address: address.address,
    family: address.family,
    scope: classifyAddress(address),
    interface: address.interface,
    virtual: isVirtualInterface(address.interface),
  };
}

function fromText(address: string): ListeningAddress {
  const family: AddressFamily = address.includes(':') ? 'IPv6' : 'IPv4';
  return { address, family, scope: classifyAddress({ address, family }), virtual: false };
}

function boundToAll(
  server: Pick<ServerInfo, 'local'>,
  machine: readonly NetworkAddress[],
): ServerReach {
  const ipv4Only = server.local.address === IPV4_ANY;
  const usable = machine.filter((address) => !ipv4Only || address.family === 'IPv4');
  const addresses = sortAddresses(usable).map(fromNetwork);
  const chosen = choosePartnerAddress(usable);
  const partner =
    chosen === undefined || chosen.reason === 'loopback' ? undefined : fromNetwork(chosen.address);
  return { kind: ipv4Only ? 'all-ipv4' : 'all', addresses, ...(partner ? { partner } : {}) };
}

/** The address a one-address server holds: the socket's own, else what was asked for. */
function boundAddress(server: Pick<ServerInfo, 'bind' | 'local'>): string {
  const local = server.local.address;
  if (local !== '' && local !== IPV4_ANY && local !== IPV6_ANY) return local;
  if (server.bind.mode === 'address' && server.bind.address !== undefined) {
    return server.bind.address;
  }
  return server.bind.family === 'IPv6' ? '::1' : '127.0.0.1';
}

export function serverReach(
  server: Pick<ServerInfo, 'bind' | 'local'>,
  machine: readonly NetworkAddress[],
): ServerReach {
  if (server.bind.mode === 'all') return boundToAll(server, machine);
  const address = boundAddress(server);
  const known = machine.find((candidate) => candidate.address === address);
  const listening = known === undefined ? fromText(address) : fromNetwork(known);
  if (server.bind.mode === 'loopback' || listening.scope === 'loopback') {
    return { kind: 'loopback', addresses: [listening] };
  }
  return { kind: 'address', addresses: [listening], partner: listening };
}
