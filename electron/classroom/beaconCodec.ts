/**
 * A beacon on the wire: UTF-8 JSON in one UDP datagram of at most MAX_BEACON_BYTES. Decoding
 * trusts nothing: the size is checked before a single byte is parsed (a flood of 64 KiB
 * datagrams costs no JSON parsing), and what parses goes through the contract's schema, which
 * drops unknown keys. Pure functions over bytes, so they are tested without a socket.
 */
import type { Beacon } from '../../shared/contract/classroom';
import {
  MAX_ANNOUNCED_ADDRESSES,
  MAX_ANNOUNCED_SERVERS,
  MAX_BEACON_BYTES,
  beaconSchema,
} from '../../shared/contract/classroom';

export type IgnoredReason = 'malformed' | 'oversized';

export type DecodedBeacon = { ok: true; beacon: Beacon } | { ok: false; reason: IgnoredReason };

const encoder = new TextEncoder();
/** `fatal`: bytes that are not UTF-8 make the beacon malformed instead of becoming U+FFFD. */
const decoder = new TextDecoder('utf-8', { fatal: true });

function toBytes(beacon: Beacon): Uint8Array {
  return encoder.encode(JSON.stringify(beacon));
}

/**
 * The beacon as bytes that fit one datagram. The lists are cut to the contract's maximums
 * first; then, if the JSON is still too long, servers are left out from the end (and, only if
 * that is not enough, addresses) until it fits: a classmate then sees the first servers rather
 * than none, and the datagram is never fragmented (MAX_BEACON_BYTES fits one Ethernet frame).
 */
export function encodeBeacon(beacon: Beacon): Uint8Array {
  const fitted: Beacon = {
    ...beacon,
    addresses: beacon.addresses.slice(0, MAX_ANNOUNCED_ADDRESSES),
    servers: beacon.servers.slice(0, MAX_ANNOUNCED_SERVERS),
  };
  let bytes = toBytes(fitted);
  while (bytes.byteLength > MAX_BEACON_BYTES && fitted.servers.length > 0) {
    fitted.servers = fitted.servers.slice(0, -1);
    bytes = toBytes(fitted);
  }
  while (bytes.byteLength > MAX_BEACON_BYTES && fitted.addresses.length > 0) {
    fitted.addresses = fitted.addresses.slice(0, -1);
    bytes = toBytes(fitted);
  }
  return bytes;
}

export function decodeBeacon(datagram: Uint8Array): DecodedBeacon {
  if (datagram.byteLength > MAX_BEACON_BYTES) return { ok: false, reason: 'oversized' };
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(datagram));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = beaconSchema.safeParse(value);
  return parsed.success ? { ok: true, beacon: parsed.data } : { ok: false, reason: 'malformed' };
}
