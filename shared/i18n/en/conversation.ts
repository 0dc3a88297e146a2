/** Texts of the conversation area of the workspace. */
export const conversation = {
  title: 'Conversation',
  empty: 'Pick a connection: click a line in the topology or a row in the inspector.',
  picker: 'Conversation',
  pickerPlaceholder: 'Choose a conversation',
  option: '{role} · {protocol} {local} ↔ {remote}',
  views: { bubbles: 'Messages', diagram: 'Sequence diagram' },
  showHex: 'Bytes in hex',
  roles: { server: 'server', client: 'client' },
  sides: {
    local: 'This side',
    remote: 'Other side',
    localRole: 'This side ({role})',
    remoteRole: 'Other side ({role})',
  },
  udpNote: 'UDP has no connection: these are the datagrams between the two addresses.',
  noMessages: 'Nothing was sent yet in this conversation: send a message from the composer.',
  hiddenEarlier:
    'Showing the last {shown} events of this conversation; {hidden} earlier ones are in the inspector.',
  labels: { request: 'request', response: 'response' },
  size: '{count} byte | {count} bytes',
  markers: {
    waiting: 'connected, waiting in the listen queue (the server serves one client at a time)',
    opened: 'connection opened',
    openedUdp: 'ready to exchange datagrams',
    'half-closed': '{side} will send nothing more (FIN)',
    closed: 'closed by {side}',
    error: 'error: {title}',
  },
  /** A diagram arrow for a TCP segment that opened or closed the connection, with what it did. */
  signals: {
    syn: 'SYN → {text}',
    fin: 'FIN → {text}',
    rst: 'RST → {text}',
  },
  diagramTitle: 'Sequence diagram of {local} and {remote}',
};
