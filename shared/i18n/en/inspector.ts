/** Texts of the inspector area of the workspace. */
export const inspector = {
  title: 'Message inspector',
  intro: 'Every event, in order: who waited, who connected from where, and what went each way.',
  columns: { direction: 'Dir.' },
  /** The Content column for a binary message a service understood (DNS). */
  content: {
    dnsQuery: 'query {type} {name}',
    dnsAnswer: 'answer {type} {name} {data}',
    dnsNoAnswer: 'answer {type} {name}: {rcode}, no records',
  },
  direction: {
    in: 'Received: the bytes came from the other side',
    out: 'Sent: the bytes went to the other side',
  },
  search: {
    label: 'Search',
    placeholder: 'Text, address or hex bytes (0d 0a)',
  },
  filters: {
    protocol: 'Protocol',
    direction: 'Direction',
    all: 'All',
    in: 'Received',
    out: 'Sent',
    kinds: 'Events',
    kindsPlaceholder: 'Every kind of event',
    reset: 'Show everything',
  },
  focus: {
    showing: 'Only',
    server: '{protocol} server on port {port}',
    client: '{protocol} client to {remote}',
    connection: '{protocol} {local} ↔ {remote}',
    unknown: '{id}',
    remove: 'Remove this filter',
  },
  tail: {
    shown: '{shown} of {total} event | {shown} of {total} events',
    pause: 'Pause',
    resume: 'Resume',
    pausedNote: 'Paused: the view holds still while Puerto keeps capturing.',
    newEvents: '{count} new event | {count} new events',
  },
  noMatch: 'No event matches these filters.',
  row: {
    truncated: 'truncated',
    truncatedTitle: 'Kept {captured} of {bytes} bytes',
  },
  limits: {
    engine: 'Puerto keeps the first {cap} bytes of each message, {budget} MB in all.',
    window: 'This window keeps up to {budget} MB of events ({held} MB now).',
    letGo:
      'The oldest event was let go to stay within {budget} MB. | {count} oldest events let go to stay within {budget} MB.',
    notReceived:
      '{count} event not received (the window fell behind). | {count} events not received (the window fell behind).',
    reasons: {
      letGoByEngine:
        'Puerto had already let go of it to stay within its own memory limit. | Puerto had already let go of {count} of them to stay within its own memory limit.',
      fetchFailed:
        'Asking Puerto for it again failed. | Asking Puerto for {count} of them again failed.',
    },
    fetching: 'Fetching the event the window missed… | Fetching {count} events the window missed…',
    filtering: 'Filtering: {percent} % of the events looked at so far…',
  },
  detail: {
    answerHere: 'Answer on this conversation',
    answerBlocked: {
      current: 'The composer already sends on this conversation.',
      closed: 'This conversation is closed: nothing more can be sent on it.',
      localEnded: 'You half-closed this conversation (FIN): this side can no longer send.',
      recorded: 'This event comes from an imported recording: there is nothing live to answer on.',
      unknown:
        'This conversation never opened, or is no longer listed: there is nothing to answer on.',
    },
    title: 'Selected event',
    none: 'Click a row to see its bytes: as text, as a hex dump, and how many there were.',
    sequence: 'Event {seq}',
    text: 'Text',
    hex: 'Hex dump',
    hexColumn: 'Hex',
    notText: 'These bytes are not text: the hex dump shows them exactly.',
    offset: 'Offset',
    ascii: 'ASCII',
    wireBytes: 'On the wire: {count} byte | On the wire: {count} bytes',
    capturedBytes: 'Captured: {count} byte | Captured: {count} bytes',
    truncated:
      'Kept {captured} of {bytes} bytes: Puerto keeps only the first bytes of each message, but counts every byte.',
    empty: 'This message carried no bytes.',
    noPayload:
      'This event carries no bytes: it marks a moment in the life of a server or a connection.',
    visibleControls:
      'Control bytes are written as the composer’s escapes: \\r carriage return, \\n line feed, \\t tab, \\xHH any other byte.',
    onlyConversation: 'Only this conversation',
    onlyServer: 'Only this server',
    onlyClient: 'Only this client',
  },
  counters: {
    title: 'Counters',
    scope: {
      view: 'Events shown',
      server: 'This server',
      client: 'This client',
      connection: 'This conversation',
    },
    messagesIn: 'Messages received',
    messagesOut: 'Messages sent',
    bytesIn: 'Bytes received',
    bytesOut: 'Bytes sent',
    connections: 'Connections',
    connectionsValue: '{active} open, {total} in total',
    conversations: 'Conversations',
    fromCapture: 'Counted from the captured events.',
    fromEngine: 'Counted by the engine, every byte since it started.',
  },
};
