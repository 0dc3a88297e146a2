import { describe, expect, it } from 'vitest';
import { serverReach } from '../../../renderer/src/components/reach/serverReach';
import { LOOPBACK_V4, labMachine, networkAddress } from '../machine/systemInfoFixtures';

const addressesOf = (reach: ReturnType<typeof serverReach>) =>
  reach.addresses.map((listening) => listening.address);

describe('serverReach', () => {
  it('lists every address of the machine for a dual-stack server on all interfaces', () => {
    const reach = serverReach(
      { bind: { mode: 'all' }, local: { address: '::', port: 7007 } },
      labMachine().addresses,
    );
    expect(reach.kind).toBe('all');
    expect(addressesOf(reach)).toEqual([
      '192.168.1.20',
      '172.17.0.1',
      '2001:db8::20',
      'fe80::1c2b:3ff:fe4d:5e6f',
      '127.0.0.1',
      '::1',
    ]);
    expect(reach.partner?.address).toBe('192.168.1.20');
    expect(reach.addresses.find((listening) => listening.address === '127.0.0.1')?.scope).toBe(
      'loopback',
    );
    expect(reach.addresses.find((listening) => listening.address === '172.17.0.1')?.virtual).toBe(
      true,
    );
  });

  it('keeps IPv4 addresses only when the server holds 0.0.0.0', () => {
    const reach = serverReach(
      { bind: { mode: 'all' }, local: { address: '0.0.0.0', port: 7007 } },
      labMachine().addresses,
    );
    expect(reach.kind).toBe('all-ipv4');
    expect(addressesOf(reach)).toEqual(['192.168.1.20', '172.17.0.1', '127.0.0.1']);
  });

  it('has no partner address on a machine with loopback only', () => {
    const reach = serverReach({ bind: { mode: 'all' }, local: { address: '::', port: 7007 } }, [
      LOOPBACK_V4,
    ]);
    expect(addressesOf(reach)).toEqual(['127.0.0.1']);
    expect(reach.partner).toBeUndefined();
  });

  it('warns about a loopback server, whichever family', () => {
    const ipv6 = serverReach(
      { bind: { mode: 'loopback', family: 'IPv6' }, local: { address: '::1', port: 7007 } },
      labMachine().addresses,
    );
    expect([ipv6.kind, addressesOf(ipv6), ipv6.partner]).toEqual(['loopback', ['::1'], undefined]);
    const starting = serverReach(
      { bind: { mode: 'loopback' }, local: { address: '', port: 0 } },
      [],
    );
    expect([starting.kind, addressesOf(starting)]).toEqual(['loopback', ['127.0.0.1']]);
  });

  it('gives the one address a server bound to an address holds', () => {
    const reach = serverReach(
      {
        bind: { mode: 'address', address: '192.168.1.20' },
        local: { address: '192.168.1.20', port: 7007 },
      },
      labMachine().addresses,
    );
    expect(reach.kind).toBe('address');
    expect(addressesOf(reach)).toEqual(['192.168.1.20']);
    expect(reach.partner).toMatchObject({
      address: '192.168.1.20',
      interface: 'eth0',
      scope: 'lan',
    });
  });

  it('treats an address bind on 127.0.0.1 as loopback', () => {
    const reach = serverReach(
      {
        bind: { mode: 'address', address: '127.0.0.1' },
        local: { address: '127.0.0.1', port: 7007 },
      },
      [networkAddress('192.168.1.20', 'IPv4', 'eth0'), LOOPBACK_V4],
    );
    expect(reach.kind).toBe('loopback');
  });
});
