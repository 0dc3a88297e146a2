/**
 * Ports below 1024 usually need administrator rights on Linux and macOS, so every well-known
 * port has a lab port students can use instead. Avoid 5353: it is mDNS.
 */
const LAB_PORTS: Readonly<Record<number, number>> = {
  7: 7007,
  9: 7009,
  13: 7013,
  17: 7017,
  19: 7019,
  21: 2121,
  23: 2323,
  25: 2525,
  37: 7037,
  53: 5300,
  69: 6969,
  80: 8080,
  110: 1110,
  123: 1123,
  143: 1143,
  161: 1161,
  162: 1162,
};

export function suggestLabPort(port: number): number {
  return LAB_PORTS[port] ?? (port < 1024 ? 7000 + port : port);
}
