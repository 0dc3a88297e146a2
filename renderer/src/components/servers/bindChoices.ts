/**
 * Where a new server may wait: on every interface, on one of the two loopbacks, or on one
 * address of this machine. Options are plain data (an i18n key and its parameters), so the
 * list can be built and tested without rendering anything.
 */
import type { BindChoice, NetworkAddress } from '../../../../shared/contract';
import { classifyAddress } from '../../../../shared/network/addressScope';

export interface BindOption {
  /** A stable string for the select: `all`, `loopback:IPv4`, `address:192.168.1.20`. */
  value: string;
  bind: BindChoice;
  labelKey: string;
  labelParams?: Record<string, string>;
  /** Which `ui.servers.bindHelp` text explains it. */
  help: 'all' | 'loopback' | 'address';
}

export const ALL_INTERFACES = 'all';

export function bindValue(bind: BindChoice): string {
  if (bind.mode === 'all') return ALL_INTERFACES;
  if (bind.mode === 'loopback') return `loopback:${bind.family ?? 'IPv4'}`;
  return `address:${bind.address ?? ''}`;
}

/**
 * An IPv6 link-local address (fe80::) means nothing without the interface it belongs to, so
 * it is not offered; loopback addresses have their own two entries.
 */
function offered(address: NetworkAddress): boolean {
  const scope = classifyAddress(address);
  return scope !== 'loopback' && !(scope === 'link-local' && address.family === 'IPv6');
}

export function bindOptions(addresses: readonly NetworkAddress[]): BindOption[] {
  const fixed: BindOption[] = [
    {
      value: ALL_INTERFACES,
      bind: { mode: 'all' },
      labelKey: 'ui.servers.bindChoices.all',
      help: 'all',
    },
    {
      value: 'loopback:IPv4',
      bind: { mode: 'loopback', family: 'IPv4' },
      labelKey: 'ui.servers.bindChoices.loopbackIPv4',
      help: 'loopback',
    },
    {
      value: 'loopback:IPv6',
      bind: { mode: 'loopback', family: 'IPv6' },
      labelKey: 'ui.servers.bindChoices.loopbackIPv6',
      help: 'loopback',
    },
  ];
  const seen = new Set<string>();
  const interfaces: BindOption[] = [];
  for (const address of addresses.filter(offered)) {
    const bind: BindChoice = { mode: 'address', address: address.address };
    const value = bindValue(bind);
    if (seen.has(value)) continue;
    seen.add(value);
    interfaces.push({
      value,
      bind,
      labelKey: 'ui.servers.bindChoices.address',
      labelParams: { address: address.address, name: address.interface },
      help: 'address',
    });
  }
  return [...fixed, ...interfaces];
}
