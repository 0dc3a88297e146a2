/**
 * Text of the renderer's own controls. Messages go through vue-i18n, so they must not contain
 * its special characters (`@`, `$`, `|`) and use braces only for `{name}` placeholders; the
 * parity test in tests/shared checks both.
 */
export const ui = {
  app: {
    title: 'Puerto',
    tagline: 'Client–server lab with real TCP and UDP sockets',
  },
  transport: {
    status: {
      connecting: 'Connecting to the engine…',
      open: 'Engine connected',
      reconnecting: 'Engine disconnected: reconnecting…',
      full: 'Too many Puerto tabs: waiting for a place…',
      closed: 'Engine disconnected',
    },
    lost: 'The link between this window and the Puerto engine was lost before it answered.',
    tooManyTabs:
      'This Puerto already has as many tabs open as it allows. Close a Puerto tab you no longer need: this one connects by itself as soon as a place frees up.',
    engineStopped:
      'Puerto stopped: the servers below are not running. Reconnecting when it starts again…',
  },
  settings: {
    language: 'Language',
    languages: { en: 'English', es: 'Español' },
    theme: 'Theme',
    themes: { dark: 'Dark', light: 'Light', system: 'System' },
  },
  protocol: { label: 'Protocol', tcp: 'TCP', udp: 'UDP' },
  servers: {
    title: 'Servers',
    intro: 'A server starts first and waits passively on a port for clients to contact it.',
    port: 'Port',
    portPlaceholder: '7007',
    behaviour: 'Behaviour',
    serviceOption: '{name} ({rfc}) · port {port}, lab {lab}',
    servicePlaceholder: 'Or a classic Internet service…',
    serviceHint:
      'Its well-known port is {port}; ports below 1024 need administrator rights on Linux and macOS, so use {lab} in the lab.',
    behaviours: {
      manual: 'Manual',
      echo: 'Echo',
      reply: 'Reply with text',
    },
    behaviourHelp: {
      manual: 'The server waits; you answer by hand from “Send a message”.',
      echo: 'The server sends back every byte it receives.',
      reply: 'The server answers each message or line with the text below.',
    },
    replyText: 'Answer',
    replyPlaceholder: 'Hello from the server',
    trigger: 'Reply to',
    triggers: { message: 'each message', line: 'each line' },
    start: 'Start server',
    stop: 'Stop',
    empty: 'No servers yet: a server starts first and waits on a port for clients to contact it.',
    status: {
      starting: 'starting',
      listening: 'listening',
      stopped: 'stopped',
      failed: 'failed',
    },
    summary: '{protocol} port {port} on {address}',
    summaryAnyPort: '{protocol}, any free port, on {address}',
    currentConversation: 'Current conversation: with {remote}',
    currentConversationHelp: 'The composer sends on this connection, from this server’s side.',
    allAddresses: 'all addresses',
    connections: 'open connections: {active}, in total: {total}',
    /** Issue 12: what this server's limits turned away. */
    refused: {
      connections:
        'no connections refused | {n} connection refused: limit {limit} reached | {n} connections refused: limit {limit} reached',
      reported:
        'no other limit acted | another limit acted once (see the inspector) | other limits acted {n} times (see the inspector)',
    },
    kernelDrops:
      'the kernel dropped no datagrams | the kernel dropped {n} datagram: nobody read it in time | the kernel dropped {n} datagrams: nobody read them in time',
    resetBeforeAccepted:
      'no connection reset before the server saw it | {n} connection reset by its client before the server saw it | {n} connections reset by their clients before the server saw them',
    kernelDropsHelp:
      'Datagrams wait in this socket’s receive buffer until Puerto reads them. When they arrive faster than that, the buffer fills and the operating system drops the new ones: UDP has no flow control and never resends. The system counts them (Linux: /proc/net/udp).',
    traffic: {
      in: '{n} bytes in | {n} byte in | {n} bytes in',
      out: '{n} bytes out | {n} byte out | {n} bytes out',
    },
    bind: 'Wait on',
    bindChoices: {
      all: 'All interfaces',
      loopbackIPv4: 'Only this machine, 127.0.0.1',
      loopbackIPv6: 'Only this machine, ::1',
      address: '{address} ({name})',
    },
    bindHelp: {
      all: 'Clients on this machine and on other machines can connect.',
      loopback: 'Only clients on this same machine can connect: nobody else can reach it.',
      address: 'Only clients that contact this exact address can connect.',
    },
    portSearchHint: 'Choose a service from the list, or write a number.',
    wellKnown: 'Well-known port: {service}',
    privileged:
      'Ports below 1024 usually need administrator rights on Linux and macOS: starting may fail with “permission denied”.',
    useLabPort: 'Use lab port {port} instead',
    fromCatalogue: 'Ready for {service}: check the choices and press “Start server”.',
    editing:
      'Editing a server: change what you need and press “Start server”; it takes the old one’s place.',
    serviceOffer: '{port} is the port of {service} ({nickname}).',
    serviceOfferAccept: 'Run {service} on {protocol} port {lab}',
    edit: 'Edit',
    editHelp: 'Put this server back in the New server form to change it and start it again.',
    remove: 'Remove',
    encoding: 'Written as',
    encodings: { text: 'text', hex: 'hexadecimal' },
    emptyReply: 'Write the answer the server should send.',
    saved: 'saved',
    savedHelp: 'Not running now. Start it, or forget it to remove it from the list.',
    startAgain: 'Start again',
    forget: 'Forget',
    autostart: 'Start when Puerto starts',
    autostartHelp:
      'Like the lecture’s servers, invoked automatically at boot: Puerto starts this one every time it opens.',
    anyPort: 'any free port',
    peers: 'peers heard from: {active}, in total: {total}',
    messages: {
      in: '{n} messages in | {n} message in | {n} messages in',
      out: '{n} out | {n} out | {n} out',
    },
    concurrency: 'Serves',
    concurrencyChoices: {
      concurrent: 'several clients at once',
      iterative: 'one client at a time',
    },
    concurrencyHelp: {
      concurrent:
        'Concurrent, like the lecture’s server: it handles simultaneous requests from several clients, each on its own connection.',
      iterative:
        'Iterative: it serves one client; the others wait in the listen queue until that client closes.',
    },
    iterative: 'one client at a time',
    iterativeHelp:
      'An iterative server: it serves one client at a time, and the clients that arrive meanwhile wait in the listen queue for their turn.',
    queue: {
      title: 'Listen queue',
      help: 'The operating system completes the TCP handshake (SYN, SYN-ACK, ACK) for every new client and keeps its connection in the listen queue (the backlog). This server takes the next one, oldest first, only when the client it serves closes; until then, what a waiting client sends gets no answer.',
      turn: 'turn {position}',
      servingClient:
        'Serving {remote}; nobody waiting | Serving {remote}; {n} waiting | Serving {remote}; {n} waiting',
      servingNobody:
        'Serving nobody; nobody waiting | Serving nobody; {n} waiting | Serving nobody; {n} waiting',
    },
    options: {
      title: 'Options',
      folder: 'Folder to serve',
      folderPlaceholder: 'empty: the built-in welcome page',
      root: 'Root folder',
      rootPlaceholder: 'empty: a small sample tree',
      readOnly: 'Read only',
      anonymous: 'Anonymous login',
      passivePortMin: 'First passive port',
      passivePortMax: 'Last passive port',
      domain: 'Mail domain',
      starttls: 'Offer STARTTLS (lab certificate)',
      origin: 'Zone',
      recordName: 'Name',
      recordType: 'Type',
      recordTtl: 'TTL',
      recordValue: 'Value',
      addRecord: 'Add record',
      removeRecord: 'Remove',
      community: 'Community',
      sysContact: 'Contact (sysContact)',
      sysName: 'Name (sysName)',
      sysLocation: 'Location (sysLocation)',
    },
  },
  clients: {
    current: 'Current',
    currentHelp: 'The composer sends on this client’s conversation.',
    title: 'Clients',
    intro: 'A client runs later and contacts a server: it must name the machine and the port.',
    host: 'Machine (host)',
    hostPlaceholder: '127.0.0.1',
    port: 'Port',
    portPlaceholder: '7007',
    open: 'Connect',
    close: 'Close',
    empty:
      'No clients yet: a client runs later and contacts a server by naming the machine and the port.',
    status: {
      connecting: 'connecting',
      open: 'open',
      'half-closed': 'half-closed',
      closed: 'closed',
      error: 'error',
    },
    unreachable: 'port unreachable',
    unreachableHelp:
      'The last datagram was answered with ICMP “port unreachable”: no server waits there yet. UDP has no connection, so this client stays open and can send again.',
    summary: '{protocol} to {remote}',
    localSide: 'from {local}',
    localPort: 'Local port',
    localPortPlaceholder: 'the system chooses',
    localPortHelp:
      'Leave it empty: the system gives the client a free ephemeral port. Fill it in only to see what a fixed one does.',
    recent: 'Recent',
    recentHelp: 'One click connects again to a machine and port you used before.',
    yourPort: 'your port {port}',
    ephemeralHelp:
      'The system chose this port for the client (an ephemeral port): the server sees this client as {local}.',
  },
  log: {
    title: 'Event log',
    columns: {
      time: 'Time',
      kind: 'Event',
      protocol: 'Protocol',
      endpoints: 'Local ↔ remote',
      bytes: 'Bytes',
      preview: 'Content',
    },
    clear: 'Clear',
    follow: 'Follow new events',
    empty: 'No events yet: start a server or open a client.',
    count: 'no events | {count} event | {count} events',
    closedBy: 'closed by {side}',
    halfClosedBy: 'half-closed by {side}',
    flow: '{state}, {buffered} bytes waiting',
    flowStates: { paused: 'paused', flowing: 'flowing' },
  },
  feedback: {
    dismiss: 'Dismiss',
  },
  annotation: {
    title: 'What the {protocol} service understood',
    request: 'request',
    response: 'response',
  },
};
