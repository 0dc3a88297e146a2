import { describe, expect, it } from 'vitest';
import { broadcastTargets, directedBroadcast } from '../../electron/classroom/broadcastTargets';
import type { InterfaceTable } from '../../electron/classroom/broadcastTargets';

describe('directed broadcast', () => {
  it.each([
    ['192.168.1.20', '255.255.255.0', '192.168.1.255'],
    ['10.0.3.7', '255.0.0.0', '10.255.255.255'],
    ['172.16.5.9', '255.255.240.0', '172.16.15.255'],
    ['10.200.0.1', '255.255.255.252', '10.200.0.3'],
  ])('%s with mask %s broadcasts to %s', (address, netmask, expected) => {
    expect(directedBroadcast(address, netmask)).toBe(expected);
  });

  it('has none for /32 and /31 networks, nor for what is not IPv4', () => {
    expect(directedBroadcast('10.0.0.1', '255.255.255.255')).toBeUndefined();
    expect(directedBroadcast('10.0.0.1', '255.255.255.254')).toBeUndefined();
    expect(directedBroadcast('fe80::1', 'ffff:ffff:ffff:ffff::')).toBeUndefined();
    expect(directedBroadcast('300.1.1.1', '255.255.255.0')).toBeUndefined();
  });
});

describe('broadcast targets', () => {
  it('lists one target per IPv4 network of the non-loopback interfaces', () => {
    const table: InterfaceTable = {
      lo: [
        { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', internal: true },
        {
          address: '::1',
          netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
          family: 'IPv6',
          internal: true,
        },
      ],
      eth0: [
        { address: '192.168.1.20', netmask: '255.255.255.0', family: 'IPv4', internal: false },
        { address: 'fe80::1', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', internal: false },
      ],
      wlan0: [
        { address: '10.1.2.3', netmask: '255.255.0.0', family: 4, internal: false },
        // A second address on the same network adds no second target.
        { address: '10.1.9.9', netmask: '255.255.0.0', family: 'IPv4', internal: false },
      ],
      tun0: [{ address: '10.8.0.2', netmask: '255.255.255.255', family: 'IPv4', internal: false }],
      down: undefined,
    };
    expect(broadcastTargets(table)).toEqual(['192.168.1.255', '10.1.255.255']);
  });

  it('is empty for a machine with loopback only', () => {
    expect(
      broadcastTargets({
        lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', internal: true }],
      }),
    ).toEqual([]);
  });
});
