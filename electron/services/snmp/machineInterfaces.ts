/**
 * The machine's network interfaces as rows of the MIB-2 ifTable (RFC 2863), from what Node
 * reports. Node lists only interfaces that have an address, so each is up; it does not know
 * link speeds, so ifSpeed is 0 ("unknown", as RFC 2863 allows for such interfaces).
 */
import type { NetworkInterfaceInfo } from 'node:os';

/** IANAifType values (RFC 1213 §6): the two a lab PC shows. */
export const IF_TYPE = { ethernetCsmacd: 6, softwareLoopback: 24 } as const;
export const IF_OPER_STATUS_UP = 1;

export interface InterfaceRow {
  index: number;
  description: string;
  type: number;
  speed: number;
  /** The MAC address's 6 bytes; empty for an interface without one (loopback). */
  physicalAddress: Buffer;
  operStatus: number;
}

function macBytes(mac: string | undefined): Buffer {
  if (mac === undefined || !/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i.test(mac)) return Buffer.alloc(0);
  const bytes = Buffer.from(mac.split(':').map((pair) => Number.parseInt(pair, 16)));
  return bytes.some((byte) => byte !== 0) ? bytes : Buffer.alloc(0);
}

export function interfaceRows(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): InterfaceRow[] {
  return Object.entries(interfaces).map(([name, addresses], position) => {
    const first = addresses?.[0];
    return {
      index: position + 1,
      description: name,
      type: first?.internal ? IF_TYPE.softwareLoopback : IF_TYPE.ethernetCsmacd,
      speed: 0,
      physicalAddress: macBytes(first?.mac),
      operStatus: IF_OPER_STATUS_UP,
    };
  });
}
