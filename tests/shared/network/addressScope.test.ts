import { describe, expect, it } from 'vitest';
import {
  choosePartnerAddress,
  classifyAddress,
  isVirtualInterface,
  sortAddresses,
} from '../../../shared/network/addressScope';
import {
  LOOPBACK_V4,
  LOOPBACK_V6,
  labMachine,
  networkAddress,
} from '../../renderer/machine/systemInfoFixtures';

const ipv4 = (address: string) => classifyAddress({ address, family: 'IPv4' });
const ipv6 = (address: string) => classifyAddress({ address, family: 'IPv6' });

describe('classifyAddress', () => {
  it('tells loopback, link-local, private and public IPv4 apart', () => {
    expect(['127.0.0.1', '127.8.9.1'].map(ipv4)).toEqual(['loopback', 'loopback']);
    expect(ipv4('169.254.10.3')).toBe('link-local');
    expect(
      ['10.0.0.5', '172.16.0.1', '172.31.255.1', '192.168.1.20', '100.64.0.1'].map(ipv4),
    ).toEqual(['lan', 'lan', 'lan', 'lan', 'lan']);
    expect(['172.32.0.1', '8.8.8.8', '193.147.1.1'].map(ipv4)).toEqual([
      'public',
      'public',
      'public',
    ]);
  });

  it('tells loopback, link-local, unique local and global IPv6 apart', () => {
    expect(ipv6('::1')).toBe('loopback');
    expect(ipv6('fe80::1')).toBe('link-local');
    expect(ipv6('FEBF::1%eth0')).toBe('link-local');
    expect(ipv6('fd12:3456::1')).toBe('lan');
    expect(ipv6('fc00::1')).toBe('lan');
    expect(ipv6('2001:db8::20')).toBe('public');
    expect(ipv6('::ffff:192.168.1.20')).toBe('lan');
  });
});

describe('choosePartnerAddress', () => {
  it('picks the real network card’s IPv4 address, not a container bridge', () => {
    const partner = choosePartnerAddress(labMachine().addresses);
    expect(partner?.reason).toBe('ipv4');
    expect(partner?.address.address).toBe('192.168.1.20');
  });

  it('falls back to a bridge when it is the only IPv4 network', () => {
    const partner = choosePartnerAddress([
      LOOPBACK_V4,
      networkAddress('172.17.0.1', 'IPv4', 'docker0'),
    ]);
    expect(partner?.address.address).toBe('172.17.0.1');
  });

  it('skips link-local IPv4 and uses a global IPv6 address when no IPv4 is reachable', () => {
    const partner = choosePartnerAddress([
      LOOPBACK_V4,
      networkAddress('169.254.7.7', 'IPv4', 'eth0'),
      networkAddress('fe80::1', 'IPv6', 'eth0'),
      networkAddress('2001:db8::20', 'IPv6', 'eth0'),
    ]);
    expect(partner).toEqual({
      reason: 'ipv6',
      address: expect.objectContaining({ address: '2001:db8::20' }),
    });
  });

  it('offers IPv4 loopback, marked as such, on a machine with no network', () => {
    const partner = choosePartnerAddress([
      LOOPBACK_V6,
      LOOPBACK_V4,
      networkAddress('fe80::1', 'IPv6', 'eth0'),
    ]);
    expect(partner?.reason).toBe('loopback');
    expect(partner?.address.address).toBe('127.0.0.1');
  });

  it('has nothing to offer when the machine reports no address', () => {
    expect(choosePartnerAddress([])).toBeUndefined();
  });
});

describe('sortAddresses', () => {
  it('lists reachable addresses first, real cards before bridges, loopback last', () => {
    const sorted = sortAddresses(labMachine().addresses).map((address) => address.address);
    expect(sorted[0]).toBe('192.168.1.20');
    expect(sorted.indexOf('192.168.1.20')).toBeLessThan(sorted.indexOf('172.17.0.1'));
    expect(sorted.slice(-2).sort()).toEqual(['127.0.0.1', '::1']);
  });

  it('recognises the bridges containers and virtual machines create', () => {
    expect(
      ['docker0', 'br-5e1f', 'virbr0', 'vboxnet0', 'veth12ab'].map(isVirtualInterface),
    ).toEqual([true, true, true, true, true]);
    expect(['eth0', 'wlan0', 'en0', 'enp3s0', 'Ethernet'].map(isVirtualInterface)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
