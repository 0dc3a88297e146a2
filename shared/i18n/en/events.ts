/** One label and one teaching tooltip per event kind. */
export const events = {
  listening: {
    label: 'listening',
    tooltip: 'The server asked the system for this port and now waits passively for clients.',
  },
  stopped: {
    label: 'stopped',
    tooltip: 'The server released its port; clients can no longer reach it.',
  },
  accepted: {
    label: 'accepted',
    tooltip: 'A client contacted the server and the server accepted a new TCP connection.',
  },
  waiting: {
    label: 'waiting',
    tooltip:
      'A client connected while the server (one client at a time) was busy: it waits in the listen queue until the client before it closes.',
    /** The CLI's line for a waiting client, after the label. */
    detail: 'in the listen queue until the client before it closes',
  },
  connecting: {
    label: 'connecting',
    tooltip: 'The client is contacting the server (TCP sends a SYN and waits for an answer).',
  },
  connected: {
    label: 'connected',
    tooltip: 'The connection is open: both sides can now send data.',
  },
  ready: {
    label: 'ready',
    tooltip:
      'The UDP client has its own (ephemeral) port and can send datagrams. UDP has no connection: no packet was exchanged to open it.',
    /** The CLI's line for a UDP client that is ready, after the label. */
    detail: 'to send from its own port: UDP exchanges no packet to open',
  },
  'data-in': { label: 'received', tooltip: 'Bytes that arrived from the other side.' },
  'data-out': { label: 'sent', tooltip: 'Bytes this side sent to the other side.' },
  'half-closed': {
    label: 'half-closed',
    tooltip: 'One side said it will send nothing more (TCP FIN); it can still receive.',
  },
  closed: { label: 'closed', tooltip: 'The conversation ended; the client’s port is released.' },
  flow: {
    label: 'flow',
    tooltip:
      'The other side reads more slowly than this side writes: Puerto waits until the buffer drains (backpressure).',
  },
  error: {
    label: 'error',
    tooltip: 'Something went wrong; the explanation says what and what to try.',
  },
  side: { local: 'this side', remote: 'the other side', reset: 'reset (RST)' },
};
