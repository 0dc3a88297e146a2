/**
 * This machine's addresses grouped by the interface (network card, Wi-Fi, loopback, bridge)
 * that holds them, as the system lists them with `ip addr` or `ipconfig`. Plain data, so the
 * order is tested without rendering.
 */
import type { NetworkAddress } from '../../../../shared/contract';
import {
  classifyAddress,
  isVirtualInterface,
  sortAddresses,
} from '../../../../shared/network/addressScope';
import type { AddressScope } from '../../../../shared/network/addressScope';

export interface AddressRow {
  key: string;
  address: NetworkAddress;
  scope: AddressScope;
  /** The one to give a partner. */
  partner: boolean;
}

export interface InterfaceGroup {
  name: string;
  /** A bridge for containers or virtual machines: a partner cannot use its addresses. */
  virtual: boolean;
  rows: AddressRow[];
}

/**
 * The partner's interface leads, and the partner's address leads it: it is the one the student
 * is most likely looking for. Otherwise reachable addresses come first and loopback last
 * (`sortAddresses`), IPv4 before IPv6.
 */
export function groupByInterface(
  addresses: readonly NetworkAddress[],
  partner: string | undefined,
): InterfaceGroup[] {
  const groups = new Map<string, InterfaceGroup>();
  for (const address of sortAddresses(addresses)) {
    const name = address.interface;
    let group = groups.get(name);
    if (group === undefined) {
      group = { name, virtual: isVirtualInterface(name), rows: [] };
      groups.set(name, group);
    }
    group.rows.push({
      key: `${name}/${address.address}`,
      address,
      scope: classifyAddress(address),
      partner: address.address === partner,
    });
  }
  const leadsWithPartner = (group: InterfaceGroup) => Number(group.rows.some((row) => row.partner));
  return [...groups.values()]
    .map((group) => ({
      ...group,
      rows: [...group.rows].sort((left, right) => Number(right.partner) - Number(left.partner)),
    }))
    .sort((left, right) => leadsWithPartner(right) - leadsWithPartner(left));
}
