/** Texts of the classroom panel: finding classmates on the same network (opt-in discovery). */
export const classroom = {
  title: 'Classmates',
  toggle: 'Find classmates on this network',
  off: 'Off: Puerto announces nothing and listens for no one. Turn it on to see the classmates on this network and the servers they run.',
  nickname: 'Your nickname',
  nicknamePlaceholder: 'Your host name, if left empty',
  nicknameHelp: 'What your classmates see in their list. Kept in your workspace.',
  badge: 'Discovery on',
  badgeHelp:
    'Discovery on: your servers are announced to the classmates on this network. Turn it off in the Classmates panel.',
  on: {
    title: 'Discovery on — your servers are announced',
    sent: 'About once a second Puerto sends one small UDP datagram to udp/{port} on this network: your nickname ({nickname}), this machine’s host name and addresses, and the servers you run (protocol, port and behaviour).',
    safe: 'What Puerto hears is information only: nothing a classmate sends can start, stop or change anything on this machine.',
    startsOff: 'Discovery is always off when Puerto starts.',
  },
  peers: {
    title: 'Heard on this network ({count})',
    heardFrom: 'reached you from {address}',
    heardAgo: 'heard {seconds} s ago',
    noServers: 'Runs no servers right now.',
    connect: 'Connect',
    connectHelp:
      'Opens a client to {address} port {port} ({protocol}). Your machine picks an ephemeral port for it.',
    test: 'Test',
    testHelp: 'Checks whether this server can be reached from here, without opening a client.',
  },
  empty: {
    title: 'No classmates heard yet. Check that:',
    sameNetwork:
      'you are on the same network (the same lab room or Wi-Fi): beacons do not cross routers;',
    partnerOn: 'your classmate has turned on “Find classmates on this network” too;',
    firewall:
      'no firewall drops UDP port {port} (udp/{port}) on either machine: it must let Puerto receive datagrams on it.',
  },
  ignored: 'Ignored beacons: {malformed} malformed, {oversized} too large',
  ignoredHelp:
    'Datagrams that reached udp/{port} but were not a valid Puerto beacon. They were dropped and counted, never trusted.',
  traffic: 'Beacons sent: {sent} · heard: {heard}',
  failed: 'Discovery is not working',
};
