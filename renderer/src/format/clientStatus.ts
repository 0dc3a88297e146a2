import type { ClientInfo } from '../../../shared/contract';

/**
 * A UDP client whose last datagram came back as ICMP "port unreachable": still open (UDP has
 * no connection to lose, and it may send again), but its card must not simply say "open".
 */
export function isUnreachableUdp(client: ClientInfo): boolean {
  return (
    client.protocol === 'udp' &&
    client.status === 'open' &&
    client.error?.code === 'PORT_UNREACHABLE'
  );
}
