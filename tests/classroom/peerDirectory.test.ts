import { describe, expect, it } from 'vitest';
import type { Beacon } from '../../shared/contract/classroom';
import { PeerDirectory } from '../../electron/classroom/peerDirectory';

const OWN = 'aaaaaaaaaaaaaaaa';

function beacon(instance: string, overrides: Partial<Beacon> = {}): Beacon {
  return {
    puerto: 1,
    instance,
    nickname: `nick-${instance.slice(0, 4)}`,
    hostname: 'pc',
    addresses: ['192.168.1.20'],
    servers: [{ protocol: 'tcp', port: 7007, behaviour: 'echo' }],
    ...overrides,
  };
}

function fakeClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

const source = { address: '192.168.1.20', port: 45_454 };

describe('peer directory', () => {
  it('adds a classmate, then updates it in place and says what changed', () => {
    const clock = fakeClock();
    const directory = new PeerDirectory({ ownInstance: OWN, now: clock.now });
    expect(directory.hear(beacon('b0b0b0b0'), source).outcome).toBe('appeared');
    clock.advance(1_000);
    expect(directory.hear(beacon('b0b0b0b0'), source).outcome).toBe('unchanged');
    clock.advance(1_000);
    const renamed = directory.hear(beacon('b0b0b0b0', { nickname: 'Bea' }), source);
    expect(renamed.outcome).toBe('changed');
    const [peer, ...others] = directory.list();
    expect(others).toEqual([]);
    expect(peer).toMatchObject({
      instance: 'b0b0b0b0',
      nickname: 'Bea',
      source,
      firstHeardAt: 1_000_000,
      lastHeardAt: 1_002_000,
    });
  });

  it('ignores its own beacons', () => {
    const directory = new PeerDirectory({ ownInstance: OWN });
    expect(directory.hear(beacon(OWN), source).outcome).toBe('own');
    expect(directory.list()).toEqual([]);
  });

  it('drops classmates silent for longer than the expiry, and only those', () => {
    const clock = fakeClock();
    const directory = new PeerDirectory({ ownInstance: OWN, expiryMs: 6_000, now: clock.now });
    directory.hear(beacon('c1c1c1c1'), source);
    clock.advance(4_000);
    directory.hear(beacon('c2c2c2c2'), source);
    clock.advance(2_000);
    expect(directory.expire()).toEqual([]);
    clock.advance(1);
    expect(directory.expire().map((peer) => peer.instance)).toEqual(['c1c1c1c1']);
    // A beacon keeps a classmate: c2 speaks again and stays past its first deadline.
    directory.hear(beacon('c2c2c2c2'), source);
    clock.advance(5_000);
    expect(directory.expire()).toEqual([]);
    expect(directory.list().map((peer) => peer.instance)).toEqual(['c2c2c2c2']);
  });

  it('stays bounded under a flood of made-up classmates, dropping the longest silent', () => {
    const clock = fakeClock();
    const directory = new PeerDirectory({ ownInstance: OWN, maxPeers: 5, now: clock.now });
    directory.hear(beacon('0000000a'), source);
    for (let index = 0; index < 1_000; index++) {
      clock.advance(1);
      if (index === 997) directory.hear(beacon('0000000a'), source);
      directory.hear(beacon(index.toString(16).padStart(8, '0')), source);
    }
    expect(directory.size).toBe(5);
    const instances = directory.list().map((peer) => peer.instance);
    expect(instances).toContain((999).toString(16).padStart(8, '0'));
    // Heard first but spoke again lately: it stays, and older silent ones made room.
    expect(instances).toContain('0000000a');
    expect(instances).not.toContain((990).toString(16).padStart(8, '0'));
  });

  it('hands out copies: changing a listed peer changes nothing inside', () => {
    const directory = new PeerDirectory({ ownInstance: OWN });
    directory.hear(beacon('d0d0d0d0'), source);
    const [listed] = directory.list();
    listed?.servers.push({ protocol: 'udp', port: 1, behaviour: 'x' });
    expect(directory.list()[0]?.servers).toHaveLength(1);
  });
});
