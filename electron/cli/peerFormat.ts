/** How the CLI shows a classmate: one line with the name, the machine and its servers. */
import type { AnnouncedServer, Peer } from '../../shared/contract/classroom';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import { formatEndpoint } from './eventFormat';

/** `tcp/7007 echo`: the protocol and port a client names, and what the server does. */
export function formatAnnouncedServer(server: AnnouncedServer): string {
  return `${server.protocol}/${server.port} ${server.behaviour}`;
}

export function formatServers(servers: readonly AnnouncedServer[], locale: Locale): string {
  return servers.length === 0
    ? translate(locale, 'cli.peers.noServers')
    : servers.map(formatAnnouncedServer).join(', ');
}

/** `Ana (pc-lab-07) from 192.168.1.20: tcp/7007 echo, udp/7007 echo`. */
export function formatPeer(peer: Peer, locale: Locale): string {
  return translate(locale, 'cli.peers.peer', {
    nickname: peer.nickname,
    hostname: peer.hostname,
    address: peer.source.address,
    servers: formatServers(peer.servers, locale),
  });
}

/** Where the beacons go, for the status line (`192.168.1.255:45454`). */
export function formatTargets(targets: readonly string[], port: number, locale: Locale): string {
  return targets.length === 0
    ? translate(locale, 'cli.classroom.noTargets')
    : targets.map((address) => formatEndpoint({ address, port })).join(', ');
}
