/**
 * What each of this machine's addresses is good for, and which one to tell a partner on
 * another machine. Pure functions over the engine's `SystemInfo`, so they are tested directly.
 */
import type { NetworkAddress } from '../contract/model';

/**
 * - loopback: only this machine (127.0.0.0/8, ::1; RFC 1122, RFC 4291)
 * - link-local: only the same cable or Wi-Fi, made up without a DHCP server (169.254.0.0/16,
 *   RFC 3927; fe80::/10, RFC 4291)
 * - lan: a private network (10/8, 172.16/12, 192.168/16, RFC 1918; the shared 100.64/10 of
 *   RFC 6598; unique local fc00::/7, RFC 4193)
 * - public: reachable from the Internet, if no firewall stands in the way
 */
export type AddressScope = 'loopback' | 'link-local' | 'lan' | 'public';

function ipv4Octets(address: string): number[] {
  return address.split('.').map(Number);
}

function ipv4Scope(address: string): AddressScope {
  const [first = 0, second = 0] = ipv4Octets(address);
  if (first === 127) return 'loopback';
  if (first === 169 && second === 254) return 'link-local';
  if (first === 10 || (first === 192 && second === 168)) return 'lan';
  if (first === 172 && second >= 16 && second <= 31) return 'lan';
  if (first === 100 && second >= 64 && second <= 127) return 'lan';
  return 'public';
}

/** The first 16-bit group of an IPv6 address, enough to tell its scope. */
function firstGroup(address: string): number {
  const head = address.split('%')[0]?.split(':')[0] ?? '';
  return head === '' ? 0 : Number.parseInt(head, 16);
}

function ipv6Scope(address: string): AddressScope {
  const bare = address.split('%')[0]?.toLowerCase() ?? '';
  if (bare === '::1') return 'loopback';
  // An IPv4 address written in IPv6 form (::ffff:192.168.1.20) keeps its IPv4 scope.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped?.[1] !== undefined) return ipv4Scope(mapped[1]);
  const group = firstGroup(bare);
  if ((group & 0xffc0) === 0xfe80) return 'link-local';
  if ((group & 0xfe00) === 0xfc00) return 'lan';
  return 'public';
}

export function classifyAddress(address: Pick<NetworkAddress, 'address' | 'family'>): AddressScope {
  return address.family === 'IPv4' ? ipv4Scope(address.address) : ipv6Scope(address.address);
}

/**
 * Bridges that containers and virtual machines create (docker0, br-…, virbr0, vboxnet0…):
 * their addresses exist only inside this computer, so a partner could not use them.
 */
const VIRTUAL_INTERFACE = /^(docker|br-|veth|virbr|vboxnet|vmnet|cni|flannel|podman|lxc|lxd)/i;

export function isVirtualInterface(name: string): boolean {
  return VIRTUAL_INTERFACE.test(name);
}

/** Why the partner address was chosen, which the panel explains. */
export type PartnerReason = 'ipv4' | 'ipv6' | 'loopback';

export interface PartnerAddress {
  address: NetworkAddress;
  reason: PartnerReason;
}

function reachable(address: NetworkAddress): boolean {
  const scope = classifyAddress(address);
  return !address.internal && scope !== 'loopback' && scope !== 'link-local';
}

/** Real network cards before virtual bridges, otherwise in the order the system lists them. */
function preferReal(addresses: NetworkAddress[]): NetworkAddress | undefined {
  return addresses.find((address) => !isVirtualInterface(address.interface)) ?? addresses.at(0);
}

/**
 * The address to tell a partner: the first IPv4 address another machine can reach (IPv4 is
 * what students type most easily), else a global IPv6 address, else loopback, which only this
 * machine can use. `undefined` when the machine reports no address at all.
 */
export function choosePartnerAddress(
  addresses: readonly NetworkAddress[],
): PartnerAddress | undefined {
  const candidates = addresses.filter(reachable);
  const ipv4 = preferReal(candidates.filter((address) => address.family === 'IPv4'));
  if (ipv4 !== undefined) return { address: ipv4, reason: 'ipv4' };
  const ipv6 = preferReal(candidates.filter((address) => address.family === 'IPv6'));
  if (ipv6 !== undefined) return { address: ipv6, reason: 'ipv6' };
  const loopbacks = addresses.filter((address) => classifyAddress(address) === 'loopback');
  const loopback = loopbacks.find((address) => address.family === 'IPv4') ?? loopbacks.at(0);
  return loopback === undefined ? undefined : { address: loopback, reason: 'loopback' };
}

const SCOPE_ORDER: Record<AddressScope, number> = {
  lan: 0,
  public: 1,
  'link-local': 2,
  loopback: 3,
};

/** Reachable addresses first, IPv4 before IPv6 within each scope, loopback last. */
export function sortAddresses(addresses: readonly NetworkAddress[]): NetworkAddress[] {
  return [...addresses].sort(
    (left, right) =>
      SCOPE_ORDER[classifyAddress(left)] - SCOPE_ORDER[classifyAddress(right)] ||
      Number(isVirtualInterface(left.interface)) - Number(isVirtualInterface(right.interface)) ||
      left.family.localeCompare(right.family),
  );
}
