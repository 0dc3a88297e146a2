/** Texts of the "several servers" tab: one client, a group of servers, answers side by side. */
export const clientGroups = {
  title: 'Several servers',
  intro:
    'A client can talk to several servers. Put two to eight servers in a group, send one message and compare their answers: each server waits passively on its own well-known port, and for each one your machine gives the client a new ephemeral port.',
  members: {
    title: 'Servers in the group',
    count: '{count} of {max}',
    empty:
      'No servers yet: add at least two, by hand, from your recent targets or from the servers running on this machine.',
    host: 'Server machine (host)',
    port: 'Server port',
    add: 'Add',
    remove: 'Remove',
    recent: 'Recent targets',
    recentHelp: 'Machines and ports you connected to before: one click adds them to the group.',
    local: 'Running here',
    localHelp:
      'Servers running on this machine, reached through loopback (127.0.0.1 or ::1): a lab without a partner.',
    status: {
      idle: 'not open',
      opening: 'opening…',
      failed: 'could not open',
    },
    yourPort: 'your port {port}',
  },
  mode: {
    label: 'Send each message',
    modes: {
      roundRobin: 'Alternately',
      simultaneous: 'Simultaneously',
    },
    help: {
      roundRobin:
        'Round-robin: each message goes to the next server in turn, skipping those not open. This is the usual way to share the load among several servers.',
      simultaneous:
        'Each message goes to every open server at once, so you can compare their answers to the same request.',
    },
  },
  actions: {
    open: 'Open the clients',
    openHelp:
      'Opens one client per server that has none open: each is a separate conversation with its own ephemeral port.',
    close: 'Close all',
    send: 'Send to the group',
    clear: 'Clear answers',
  },
  problems: {
    full: 'A group holds at most {max} servers: remove one first.',
    duplicate:
      'This server is already in the group. The same port over the other protocol is a different server: TCP and UDP ports are independent.',
    tooFew: 'A group needs at least {min} servers: add another one.',
    noneOpen:
      'No server of the group has an open client: press “Open the clients”. Closed or failed ones are skipped until opened again.',
    emptyTcp:
      'Nothing to send yet: TCP sends no bytes for an empty message. Write something, or use only UDP servers.',
  },
  answers: {
    title: 'Answers side by side',
    round: 'Round',
    empty:
      'Send a message to see each server’s answer here: one row per round, one column per server.',
    notSent: '—',
    notSentHelp: 'This round went to another server (alternately, one server per round).',
    waiting: 'waiting…',
    waitingHelp:
      'Sent; nothing has come back yet. Some servers answer only a complete line: check the line ending.',
    onConnect: 'On connecting',
    onConnectHelp:
      'What each server sent before your client sent anything: some servers speak first. Daytime over TCP answers as soon as you connect, then closes.',
    silentHelp: 'This server said nothing before your first message: it waits for a request.',
    bytes: '{count} byte | {count} bytes',
    timing: 'first byte after {ms} ms',
    timingConnect: '{ms} ms after connecting',
    closedBy: {
      remote: 'the server closed the connection',
      local: 'you closed the connection',
      reset: 'the connection was reset',
    },
    halfClosedBy: {
      remote: 'the server closed its side (FIN): it will send nothing more',
      local: 'you closed your side (FIN)',
    },
    kept: 'Only the last {limit} rounds are kept.',
    importShown:
      'An imported capture is shown: the answers appear again when you return to the live events.',
  },
};
