/**
 * Explanations of every error code for a first-year student: what happened, and what to try.
 * Placeholders in braces come from the error's `details`.
 */
export const errors = {
  PORT_IN_USE: {
    title: '{proto} port {port} is already in use',
    explain:
      'Another program (or another Puerto server) is already waiting on {proto} port {port} at this address. Only one server can wait on a port at a time. {otherProto} port {port} is a different port: TCP and UDP port numbers are independent.',
    hint: 'Stop the other server, or choose another port (for example a lab port above 1024).',
  },
  PERMISSION_DENIED: {
    title: 'Not allowed to use {proto} port {port}',
    explain:
      'The operating system refused the request. Ports below 1024 are reserved for system services and usually need administrator rights on Linux and macOS; a firewall or security policy may also block it.',
    hint: 'Use a lab port above 1024 instead (for example {suggestion}), or run Puerto as administrator.',
  },
  ADDRESS_NOT_AVAILABLE: {
    title: 'The address {address} does not belong to this machine',
    explain:
      'A server can only wait on an address of one of this machine’s own network interfaces, and a client can only send from one.',
    hint: 'Pick one of the addresses listed under "This machine", or bind to all interfaces.',
  },
  CONNECTION_REFUSED: {
    title: 'Connection refused by {address}:{port}',
    explain:
      'The machine answered, but no server is waiting on {proto} port {port} there. A server must start first and wait on the port before a client can contact it.',
    hint: 'Check that the server is running and that the port number matches, and the protocol (TCP or UDP).',
  },
  PORT_UNREACHABLE: {
    title: 'No {proto} server on {address}:{port}',
    explain:
      'The other machine answered with an ICMP “port unreachable” message: nothing waits on {proto} port {port} there, so the datagram was thrown away. UDP has no connection to refuse: this answer only comes back after a datagram was sent.',
    hint: 'Start the server first (on UDP, not TCP) and check the port; this client can send again at any time.',
  },
  HOST_UNREACHABLE: {
    title: 'Cannot reach {address}',
    explain:
      'The network could not deliver packets to that machine: it may be off, on another network, or a firewall dropped the packets.',
    hint: 'Check the address your partner gave you, and that both machines are on the same network.',
  },
  NETWORK_UNREACHABLE: {
    title: 'No route to the network of {address}',
    explain:
      'This machine does not know how to send packets to that network: a cable or Wi-Fi may be disconnected, or the address is not on any network you can reach.',
    hint: 'Check your network connection and the address.',
  },
  HOST_NOT_FOUND: {
    title: 'The name {host} was not found',
    explain:
      'The name could not be translated into an address (DNS). It may be misspelt, or the name server may not know it.',
    hint: 'Check the spelling, or use the IP address instead of the name.',
  },
  DNS_UNAVAILABLE: {
    title: 'Could not look up the name {host}',
    explain:
      'The name server (DNS) could not be reached or did not answer, so Puerto does not know whether the name exists: this is not a spelling mistake.',
    hint: 'Check the network or the DNS server, or use the IP address instead of the name.',
  },
  TIMED_OUT: {
    title: 'No answer from {address}:{port} within {seconds} s',
    explain:
      'Nothing came back at all, neither an acceptance nor a refusal. Usually a firewall silently drops the packets, or the address is wrong.',
    hint: 'Ask your partner to allow the port in their firewall, and check the address.',
  },
  CONNECTION_RESET: {
    title: 'The connection was reset',
    explain:
      'The other side aborted the connection abruptly (a TCP RST), instead of closing it in order. Data still in transit may have been lost.',
    hint: 'Open a new connection; if it keeps happening, look at the other program.',
  },
  CONNECTION_CLOSED: {
    title: 'The connection is already closed',
    explain:
      'Nothing more can be sent on a connection that was closed or half-closed by this side.',
    hint: 'Open a new connection to keep talking.',
  },
  RESET_NOT_SENT: {
    title: 'Could not reset {address}:{port}: closed instead',
    explain:
      'This side had already sent FIN, and its last bytes had not left yet when the reset was asked. The operating system refuses to turn that orderly close into a reset (RST), so Puerto closed the connection at once instead, throwing away what was still queued.',
    hint: 'To see an RST on the wire, reset a connection before half-closing it.',
  },
  QUEUE_FULL: {
    title: 'Too many clients waiting for {proto} port {port}',
    explain:
      'This server serves one client at a time, and {limit} clients were already waiting in its listen queue for their turn. The queue is full, so the newest client was turned away with a TCP RST: it sees its connection reset.',
    hint: 'Close clients that are waiting or done, or make the server concurrent so that it serves every client at once.',
  },
  CONNECTION_LIMIT: {
    title:
      '{address}:{port} was turned away: this server already has {limit} connections (its limit)',
    explain:
      'Every open connection costs the server memory and a file descriptor, so this server serves at most {limit} connections at once. The new connection was accepted by the operating system and then reset at once (TCP RST): the client sees "connection reset". The connections already open are not affected.',
    hint: 'Close connections that are done, or raise the connection limit in the server settings.',
  },
  MESSAGE_TOO_LARGE: {
    title: 'The message is too large ({bytes} bytes)',
    explain:
      'A single UDP datagram can carry at most 65,507 bytes of data, and Puerto sends at most {limit} bytes at once.',
    hint: 'Send a shorter message, or use TCP for large data.',
  },
  HEADER_TIMEOUT: {
    title: 'Header timeout: {address}:{port} did not finish its request head within {seconds} s',
    explain:
      'A web server waits only so long for the request line and headers. A client that sends them a few bytes at a time (the "slowloris" attack) would otherwise hold the connection open forever, and enough such clients leave no room for anyone else. The server answered 408 Request Timeout and closed the connection.',
    hint: 'Send the whole request head (ending with an empty line) sooner, or raise the header timeout in the server settings.',
  },
  HEADER_TOO_LARGE: {
    title: 'Request head from {address}:{port} over {limit} bytes: answered 431',
    explain:
      'The request line and headers together were larger than the server accepts, so it answered 431 Request Header Fields Too Large (RFC 6585) and closed the connection without reading the rest.',
    hint: 'Send fewer or shorter headers (cookies are the usual culprit), or raise the header limit in the server settings.',
  },
  TOO_MANY_COMMANDS: {
    title:
      '{address}:{port} sent more than {limit} {protocol} commands without reading the replies',
    explain:
      'The client sent commands faster than it read the answers. The server keeps at most {limit} commands waiting for an answer; beyond that it would have to hold every reply in memory, so it said why and closed the connection.',
    hint: 'Read each reply before sending the next command, or raise the limit in the server settings.',
  },
  DNS_MESSAGE_REFUSED: {
    title: 'DNS message from {address}:{port} refused: {reason}',
    explain:
      'A program at {address}:{port} (perhaps a classmate’s) sent this DNS server a message that a real resolver never sends: {reason}. Reading it would cost the server far more work than any real query, so Puerto dropped it without answering. No error goes back either: the sender’s address on a UDP datagram can be forged, and the answer would land on someone else.',
    hint: 'If you wrote that program, let dig or a DNS library build the message. The data event just before this one shows its bytes.',
    reasons: {
      pointerLoop:
        'a pointer loop, its names point at each other in a circle or through more than {limit} compression pointers',
      nameTooLong: 'a name longer than {limit} bytes, the most DNS allows',
      tooManyRecords:
        'more than {limit} records, while a query holds one question and perhaps one OPT record',
    },
  },
  SNMP_MESSAGE_REFUSED: {
    title: 'SNMP message from {address}:{port} refused: {reason}',
    explain:
      'A program at {address}:{port} (perhaps a classmate’s) sent this SNMP agent a message that snmpget or snmpwalk never send: {reason}. Taking it apart would cost the agent far more work and memory than any real request, so Puerto dropped it without answering, the way agents drop messages they cannot accept.',
    hint: 'If you wrote that program, let an SNMP library build the message and ask for fewer values per request. The data event just before this one shows its bytes.',
    reasons: {
      tooDeep: 'values nested more than {limit} deep, while SNMP needs 5',
      tooManyValues: 'more than {limit} BER values in one message',
      tooManyVarbinds: 'more than {limit} variable bindings in one request',
    },
  },
  INVALID_INPUT: {
    title: 'Invalid value for "{field}"',
    explain: '{reason}',
    hint: 'Correct the value and try again.',
  },
  NOT_FOUND: {
    title: 'Nothing with the id {id} exists',
    explain: 'It may have been stopped or closed a moment ago.',
    hint: 'Refresh the view and try again.',
  },
  UNAUTHORIZED: {
    title: 'Access denied',
    explain: 'This page needs the secret token that Puerto printed when it started.',
    hint: 'Open the exact address Puerto printed, including its token.',
  },
  INTERNAL: {
    title: 'Something unexpected went wrong',
    explain: 'Puerto hit an error it did not expect: {reason}',
    hint: 'Try again; if it keeps happening, report it with the capture.',
  },
  WORKSPACE_UNREADABLE: {
    title: 'Your saved workspace could not be read',
    explain:
      'Puerto found the file {file} but could not use it: {reason}. It kept the file aside as {keptAs} and started with an empty workspace, so nothing was lost.',
    hint: 'Set up your servers again; a teacher can open the kept file to recover what it held.',
  },
  WORKSPACE_NOT_SAVED: {
    title: 'Your workspace could not be saved',
    explain:
      'Puerto could not write {file}: {reason}. Your servers and settings work now but will not be remembered next time.',
    hint: 'Check that the disk is not full and that you may write to that folder, or set PUERTO_DATA_DIR to another folder.',
  },
};
