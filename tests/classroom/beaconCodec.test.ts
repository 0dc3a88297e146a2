import { describe, expect, it } from 'vitest';
import type { Beacon } from '../../shared/contract/classroom';
import { MAX_ANNOUNCED_SERVERS, MAX_BEACON_BYTES } from '../../shared/contract/classroom';
import { decodeBeacon, encodeBeacon } from '../../electron/classroom/beaconCodec';

const encoder = new TextEncoder();

function beacon(overrides: Partial<Beacon> = {}): Beacon {
  return {
    puerto: 1,
    instance: '0123456789abcdef',
    nickname: 'Ana',
    hostname: 'pc-lab-07',
    platform: 'linux',
    addresses: ['192.168.1.20', 'fd00::20'],
    servers: [
      { protocol: 'tcp', port: 7007, behaviour: 'echo' },
      { protocol: 'udp', port: 7007, behaviour: 'echo' },
    ],
    ...overrides,
  };
}

function json(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

describe('beacon codec', () => {
  it('round-trips a beacon as UTF-8 JSON', () => {
    const original = beacon({ nickname: 'Íñigo ñandú' });
    const bytes = encodeBeacon(original);
    expect(new TextDecoder().decode(bytes)).toContain('"nickname":"Íñigo ñandú"');
    expect(decodeBeacon(bytes)).toEqual({ ok: true, beacon: original });
  });

  it('keeps as many servers as fit in one datagram when there are too many', () => {
    const servers = Array.from({ length: 40 }, (_, index) => ({
      protocol: 'tcp' as const,
      port: 10_000 + index,
      behaviour: 'a-behaviour-with-a-long-name-xx',
    }));
    const bytes = encodeBeacon(beacon({ servers }));
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_BEACON_BYTES);
    const decoded = decodeBeacon(bytes);
    if (!decoded.ok) throw new Error('the encoded beacon must decode');
    const kept = decoded.beacon.servers;
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThanOrEqual(MAX_ANNOUNCED_SERVERS);
    // The first servers are kept, in order.
    expect(kept).toEqual(servers.slice(0, kept.length));
    // One more would not have fitted (or the contract's maximum was reached).
    const oneMore = { ...decoded.beacon, servers: servers.slice(0, kept.length + 1) };
    if (kept.length < MAX_ANNOUNCED_SERVERS) {
      expect(json(oneMore).byteLength).toBeGreaterThan(MAX_BEACON_BYTES);
    }
  });

  it('ignores an oversized datagram before parsing it', () => {
    const big = new Uint8Array(MAX_BEACON_BYTES + 1).fill(0x7b); // "{{{{…": not even JSON
    expect(decodeBeacon(big)).toEqual({ ok: false, reason: 'oversized' });
    const padded = json({ ...beacon(), padding: 'x'.repeat(MAX_BEACON_BYTES) });
    expect(decodeBeacon(padded)).toEqual({ ok: false, reason: 'oversized' });
    // Exactly the limit is not oversized: it is parsed (and these NUL bytes are not JSON).
    expect(decodeBeacon(new Uint8Array(MAX_BEACON_BYTES))).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it.each([
    ['not JSON', encoder.encode('hello classmates')],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['JSON but not an object', json([1, 2, 3])],
    ['another version', json({ ...beacon(), puerto: 2 })],
    ['a missing field', json({ ...beacon(), hostname: undefined })],
    ['a bad instance id', json({ ...beacon(), instance: 'NOT-HEX' })],
    [
      'a port out of range',
      json({ ...beacon(), servers: [{ protocol: 'tcp', port: 70_000, behaviour: 'echo' }] }),
    ],
    [
      'an unknown protocol',
      json({ ...beacon(), servers: [{ protocol: 'sctp', port: 7, behaviour: 'echo' }] }),
    ],
    ['an empty datagram', new Uint8Array(0)],
  ])('counts %s as malformed', (_name, bytes) => {
    expect(decodeBeacon(bytes)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('drops unknown keys rather than trusting them', () => {
    const decoded = decodeBeacon(
      json({
        ...beacon(),
        command: 'startServer',
        servers: [{ protocol: 'tcp', port: 80, behaviour: 'http', autostart: true }],
      }),
    );
    if (!decoded.ok) throw new Error('a beacon with extra keys is still a beacon');
    expect(decoded.beacon).not.toHaveProperty('command');
    expect(decoded.beacon.servers).toEqual([{ protocol: 'tcp', port: 80, behaviour: 'http' }]);
  });
});
