/**
 * Pure checks for the values students type: ports, hosts and addresses. Used by the zod
 * schemas at the boundary and by the renderer's forms, so both explain the same way.
 */
export const PORT_MIN = 0;
export const PORT_MAX = 65535;
/** Ports below this usually need administrator rights on Linux and macOS. */
export const PRIVILEGED_PORT_LIMIT = 1024;

export function isPort(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= PORT_MIN && (value as number) <= PORT_MAX;
}

const IPV4_OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}$`);

export function isIPv4(value: string): boolean {
  return IPV4.test(value);
}

export function isIPv6(value: string): boolean {
  const [address, zone, extra] = value.split('%');
  if (extra !== undefined || address === undefined || address.length === 0) return false;
  if (zone !== undefined && !/^[\w.-]+$/.test(zone)) return false;
  let groups = address;
  if (/^.*:(\d+\.){3}\d+$/.test(address)) {
    const lastColon = address.lastIndexOf(':');
    if (!isIPv4(address.slice(lastColon + 1))) return false;
    groups = `${address.slice(0, lastColon)}:0:0`;
  }
  const halves = groups.split('::');
  if (halves.length > 2) return false;
  const parse = (part: string): string[] | null => {
    if (part === '') return [];
    const pieces = part.split(':');
    return pieces.every((piece) => /^[0-9a-fA-F]{1,4}$/.test(piece)) ? pieces : null;
  };
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (head === null || tail === null) return false;
  const count = head.length + tail.length;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export function isIpAddress(value: string): boolean {
  return isIPv4(value) || isIPv6(value);
}

/** The longest host name DNS can carry in text form (RFC 1035 §2.3.4, without the root dot). */
export const HOST_NAME_MAX = 253;

/**
 * Whether a name ends in a number, the way the URL Standard decides a host is an IPv4 address:
 * its last label is all digits or `0x` hex. Such a name can only be an address, never a name.
 */
function endsInNumber(value: string): boolean {
  const labels = value.split('.');
  if (labels.at(-1) === '' && labels.length > 1) labels.pop();
  const last = labels.at(-1) ?? '';
  return /^\d+$/.test(last) || /^0x[0-9a-f]*$/i.test(last);
}

/**
 * A DNS host name as RFC 1123 allows it (letters, digits, hyphens; dots between labels). A name
 * that ends in a number is not one: `256.1.1.1`, `127.1` or `0x7f.1` would reach the system
 * resolver, whose inet_aton reads hex, octal and short forms as some other address.
 */
export function isHostName(value: string): boolean {
  if (value.length === 0 || value.length > HOST_NAME_MAX || endsInNumber(value)) return false;
  const labels = value.endsWith('.') ? value.slice(0, -1).split('.') : value.split('.');
  return labels.every((label) => /^(?!-)[a-zA-Z0-9-]{1,63}(?<!-)$/.test(label));
}

export function isHost(value: string): boolean {
  return isIpAddress(value) || isHostName(value);
}
