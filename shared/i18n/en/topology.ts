/** Texts of the topology area of the workspace. */
export const topology = {
  title: 'Topology',
  diagram:
    'Diagram of this machine: its TCP and UDP ports, its clients, and the other end of each conversation',
  machine: 'This machine',
  machineNamed: 'This machine: {host}',
  lanes: { tcp: 'TCP ports', udp: 'UDP ports' },
  otherEnd: { tcp: 'Other end (TCP)', udp: 'Other end (UDP)' },
  clientsSection: 'Clients opened here',
  noServers: 'No server waiting yet',
  noClients: 'No client opened yet',
  empty: 'Start a server: it appears here as a port on this machine, waiting for clients.',
  emptyHint:
    'Clients you open appear inside this machine too, with a line to the server they contact.',
  client: {
    label: 'Client :{port}',
    connecting: 'Client (connecting)',
    target: 'to {remote}',
  },
  peer: {
    client: 'client of port {port}',
    server: 'server',
  },
  more: {
    peers: '+{count} more',
    clients: '+{count} more client | +{count} more clients',
    waiting: '+{count} more waiting',
  },
  waiting: {
    label: 'waiting #{position}',
  },
  allAddresses: 'all addresses',
  sides: { client: 'Client side', server: 'Server side' },
  status: {
    server: {
      starting: 'starting',
      listening: 'listening',
      stopped: 'stopped',
      failed: 'failed',
    },
    client: {
      connecting: 'connecting',
      open: 'open',
      'half-closed': 'half-closed',
      closed: 'closed',
      error: 'failed',
    },
    connection: {
      open: 'open',
      'half-closed': 'half-closed',
      closed: 'closed',
    },
  },
  details: {
    hint: 'Point at anything in the diagram to see its details here. Click it, or press Enter, to show only its messages in the inspector.',
    port: '{protocol} server waiting on port {port} ({behaviour}), {status}, on {address}. Open conversations: {active}, in total: {total}. {bytesIn} bytes received, {bytesOut} bytes sent.',
    client:
      '{protocol} client from {local} to {remote}, {status}. {bytesOut} bytes sent, {bytesIn} bytes received.',
    peer: '{remote} contacted our {protocol} port {port}: it is the client, and {remotePort} is its own (ephemeral) port. Conversation {status}: {bytesIn} bytes received from it, {bytesOut} bytes sent to it.',
    remoteServer:
      'The {protocol} server at {remote}, contacted by our client from {local}. Conversation {status}.',
    line: '{side}, {protocol}: {local} (this machine) with {remote}, {status}. {bytesOut} bytes sent and {bytesIn} received on this side.',
    morePeers:
      'One more conversation on {protocol} port {port} is not drawn. Select this to see them all in the inspector. | {count} more conversations on {protocol} port {port} are not drawn. Select this to see them all in the inspector.',
    moreClients:
      'One older client is not drawn; the client list shows them all. | {count} older clients are not drawn; the client list shows them all.',
    waiting:
      '{remote} waits in the listen queue of TCP port {port}, number {position} in line. The system already completed its connection, but this server serves one client at a time: it accepts this one only when the clients before it have closed. Until then there is no conversation: what it sends waits, unanswered, until its turn.',
    queued:
      'It waits in the listen queue of port {port}, number {position} in line: the server serves one client at a time and accepts this one when the clients before it have closed.',
    moreWaiting:
      'One more client waits in the listen queue of TCP port {port} and is not drawn. | {count} more clients wait in the listen queue of TCP port {port} and are not drawn.',
  },
  legend: {
    title: 'Legend',
    tcp: 'TCP lane: a server waiting on a TCP port',
    udp: 'UDP lane: a server waiting on a UDP port',
    client: 'Client opened from this machine, with its local port',
    peer: 'Other end, as address:port',
    connection: 'TCP connection',
    datagrams: 'UDP conversation: datagrams, no connection',
    pulse: 'Moving dash: data passing',
    waiting: 'Grey dashes: a client waiting in the listen queue, not accepted yet',
  },
};
