/** Texts of the command line (`npx puerto …`): help, status lines and argument errors. */
export const cli = {
  usage: 'Usage: puerto <command> [options]',
  summary: 'Puerto: learn the client–server model with real TCP and UDP sockets.',
  commandsTitle: 'Commands:',
  optionsTitle: 'Options:',
  exampleTitle: 'Example:',
  moreHelp: 'Run "puerto help <command>" to see the options of one command.',
  commands: {
    serve: {
      usage:
        'puerto serve [--host ADDR] [--tcp PORT[:BEHAVIOUR]]... [--udp PORT[:BEHAVIOUR]]... [--reply TEXT] [--config FILE] [--iterative] [--announce [--name NICK]] [--json] [--lang es|en]',
      summary: 'Start servers and print one line per event (both endpoints) until Ctrl+C.',
      example: 'puerto serve --tcp 7007:echo --udp 7007:echo',
    },
    peers: {
      usage: 'puerto peers [--timeout S] [--json] [--lang es|en]',
      summary:
        'List the classmates whose Puerto announces itself on this network (classroom discovery): their names, addresses and servers.',
      example: 'puerto peers --timeout 5',
    },
    probe: {
      usage: 'puerto probe HOST PORT [--udp] [--timeout S] [--json] [--lang es|en]',
      summary:
        'Check whether a server on another machine can be reached: reachable, refused (nothing listens on that port) or timed out (a firewall or a wrong address). Exit 0 only when reachable.',
      example: 'puerto probe 192.168.1.20 7007',
    },
    web: {
      usage: 'puerto web [--port N] [--no-open] [--lang es|en]',
      summary: 'Use Puerto in your web browser: prints an address with a secret token.',
      example: 'puerto web --port 8080',
    },
    start: {
      usage: 'puerto start [--port N] [--no-open] [--lang es|en]',
      summary:
        'Open the Puerto desktop app (what "npm start" runs); without Electron, browser mode.',
      example: 'npm start',
    },
    help: {
      usage: 'puerto help [command]',
      summary: 'Show this help, or the options of one command.',
      example: 'puerto help serve',
    },
  },
  options: {
    host: {
      syntax: '--host ADDR',
      text: 'Local address the servers wait on: 127.0.0.1 or ::1 (only this machine) or one address of this machine. Without it, every interface.',
    },
    tcp: {
      syntax: '--tcp PORT[:BEHAVIOUR]',
      text: 'Start a TCP server on PORT. BEHAVIOUR: manual (the default: only shows what arrives), echo (sends back what arrives) reply (answers with --reply) or a classic service: discard, daytime, qotd, chargen, time, sntp, http, smtp, pop3, ftp, dns, snmp. Repeat it for more servers.',
    },
    udp: {
      syntax: '--udp PORT[:BEHAVIOUR]',
      text: 'The same for a UDP server. TCP and UDP port numbers are independent: both may use the same number.',
    },
    reply: {
      syntax: '--reply TEXT',
      text: 'What the reply servers answer: TCP after each line, UDP after each datagram. \\n, \\r, \\t and \\\\ stand for new line, carriage return, tab and backslash.',
    },
    config: {
      syntax: '--config FILE',
      text: 'A JSON file with the options of the services: an object "services" whose keys are http, smtp, pop3, ftp, dns or snmp and whose values are their options. Each server of that service gets them; relative paths start at the file\'s folder.',
    },
    iterative: {
      syntax: '--iterative',
      text: 'Every TCP server serves one client at a time: the next clients wait in the listen queue (shown as "waiting") until the current one closes. Without it, servers are concurrent: several clients at once. UDP servers are not affected.',
    },
    announce: {
      syntax: '--announce',
      text: 'Tell classmates on this network about these servers (classroom discovery): one small UDP beacon a second to port 45454 with your nickname, host name, addresses and servers. Servers waiting on 127.0.0.1 or ::1 are not announced. PUERTO_DISCOVERY_TARGETS (IPv4 addresses separated by commas, such as 10.0.2.255) changes where beacons go; PUERTO_DISCOVERY_PORT changes the port.',
    },
    name: {
      syntax: '--name NICK',
      text: 'The nickname classmates see with --announce (at most 32 characters). Without it, the host name.',
    },
    json: {
      syntax: '--json',
      text: 'One JSON object per line instead of text, with seq, time (ISO 8601), kind, proto, local and remote ("address:port", IPv6 in brackets, or null), bytes, and for data preview (text), hex and truncated.',
    },
    lang: {
      syntax: '--lang es|en',
      text: 'Language of the messages, es or en. Without it, taken from LC_ALL, LC_MESSAGES or LANG.',
    },
    port: {
      syntax: '--port N',
      text: 'Port of the browser-mode page on 127.0.0.1. Without it, the port of the last start in this data folder (7780 the first time, or a free one if taken).',
    },
    open: {
      syntax: '--open',
      text: 'Open the address in the default browser even when the output is not a terminal (never under CI or without a display).',
    },
    noOpen: {
      syntax: '--no-open',
      text: 'Do not open the browser; only print the address.',
    },
    captureMb: {
      syntax: '--capture-mb N',
      text: 'Megabytes the capture may keep in all (payloads, notes and the events themselves), from 1 to 4096; beyond them the oldest events are let go, and counted. Default 64.',
    },
    snaplen: {
      syntax: '--snaplen BYTES',
      text: "Bytes of each message the capture keeps, from 0 to 1048576 (like Wireshark's snaplen); the size on the wire is always counted in full and a longer message is marked truncated. Default 16384.",
    },
    peersTimeout: {
      syntax: '--timeout S',
      text: 'How many seconds to listen, from 0.5 to 60 (default 3). Classmates announce themselves once a second.',
    },
    peersJson: {
      syntax: '--json',
      text: 'Print a JSON array of the classmates instead of text: instance, nickname, hostname, platform, addresses, servers (protocol, port, behaviour), source (the address and port the beacon came from), firstHeardAt and lastHeardAt.',
    },
    probeUdp: {
      syntax: '--udp',
      text: 'Probe a UDP server instead of TCP. UDP has no handshake: only an answer proves a server is there, and silence may be a server that never answers.',
    },
    probeTimeout: {
      syntax: '--timeout S',
      text: 'How many seconds to wait for an answer, from 0.2 to 30 (default 3).',
    },
    probeJson: {
      syntax: '--json',
      text: 'Print the result as one JSON object: protocol, host, address, port, outcome (reachable, refused, timed-out, unreachable or no-answer), elapsedMs and error.',
    },
    help: {
      syntax: '--help, -h',
      text: 'Show the help of the command.',
    },
  },
  status: {
    serving: 'Serving: one line per event. Press Ctrl+C to stop.',
    stopping: 'Stopping: closing every socket…',
    webReady: 'Puerto in browser mode. Open this address (it includes the secret token):',
    stopHint: 'Press Ctrl+C to stop.',
    webOpen: 'Puerto is open at {url} (Ctrl+C to stop)',
    portTaken:
      'Port {previous}, used last time, is taken by another program: Puerto now answers on port {port}, so open tabs must be opened again at the new address.',
    browserFailed: 'Could not open the browser ({reason}): open the address yourself.',
    building: 'The interface is not built yet: building it once with "electron-vite build"…',
    rebuilding:
      'Puerto\'s sources changed since the last build: rebuilding with "electron-vite build"…',
    staleBuild:
      'Puerto\'s sources changed since its last build, and tsx, which runs them directly, is not installed. Run "npm install" and then "npm run build" in {folder}.',
    buildFailed:
      'Could not build the interface ("electron-vite build" failed). Run "npm run build" to see why.',
    electronMissing:
      'Electron could not start: {binary} is missing (npm install does not download it). Download it in Puerto\'s folder with "npx install-electron" (behind a proxy set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1 first; ELECTRON_MIRROR picks another download server; ELECTRON_OVERRIDE_DIST_PATH uses an Electron folder you already have). Opening browser mode instead.',
  },
  errors: {
    missingCommand: 'Say which command to run.',
    unknownCommand: 'Unknown command "{command}".',
    unknownOption: 'Unknown option {option}.',
    missingValue: 'The option {option} needs a value.',
    noValueAllowed: 'The option {option} takes no value.',
    unexpectedArgument: 'Unexpected argument "{argument}".',
    badLanguage: 'The language must be es or en, not "{value}".',
    noServers: 'Say which servers to start, for example --tcp 7007:echo.',
    openConflict: 'Choose --open or --no-open, not both.',
    replyMissing: 'A server with the reply behaviour needs its answer: add --reply TEXT.',
    inArgument: 'In {argument}:',
    configUnreadable: 'Could not read the configuration file {file} ({reason}).',
    configNotJson: 'The configuration file {file} is not valid JSON: {reason}',
    configTooLarge:
      'The configuration file {file} is larger than {limit} bytes: it cannot be a Puerto lab file. Check the path.',
    configNotObject:
      'The configuration file {file} must hold a JSON object ({ "services": … }), not {found}.',
    configUnknownService:
      'The configuration file {file} names "{service}", which is not a service with options. Use: {services}.',
    configUnknownField:
      'The configuration file {file} has an unknown field "{field}". Allowed here: {allowed}.',
    configField: 'In the configuration file {file}:',
    configServerKey:
      'The configuration file {file} names the server "{key}": name servers by protocol and port as on the command line, such as "tcp/7007".',
    configServerUnknown:
      'The configuration file {file} has settings for "{key}", which this command does not start. Its servers: {servers}.',
    nameNeedsAnnounce:
      '--name is the nickname for --announce: add --announce, or leave --name out.',
    badSeconds: 'The option {option} takes a number of seconds from {min} to {max}, not "{value}".',
    badWholeNumber: 'The option {option} takes a whole number from {min} to {max}, not "{value}".',
    probeTarget:
      'Say which server to probe: puerto probe HOST PORT, for example puerto probe 192.168.1.20 7007.',
  },
  environment: {
    discoveryTargets:
      'PUERTO_DISCOVERY_TARGETS must be IPv4 addresses separated by commas, such as 10.0.1.255,10.0.2.255 (the broadcast address of each network the classroom uses).',
    discoveryPort:
      'PUERTO_DISCOVERY_PORT must be a UDP port from 1 to 65535 (45454 when it is not set), the same on every PC of the classroom.',
  },
  classroom: {
    announcing:
      'Announcing your servers to classmates as "{nickname}": one UDP beacon a second to {targets}.',
    notAnnouncing:
      'Serving without announcing: classmates will not see these servers in their list, but can still reach them by address and port.',
    loopbackOnly:
      "No server is announced: a server waiting on 127.0.0.1 or ::1 can only be reached from this machine. Leave out --host (or give this machine's LAN address) so classmates can reach it.",
    appeared: 'Classmate appeared: {peer}',
    changed: 'Classmate changed: {peer}',
    left: 'Classmate left: {nickname} ({hostname}) has been silent for a while.',
    noTargets: 'nowhere (this machine has no network but loopback)',
  },
  peers: {
    listening: 'Listening for classmates for {seconds} s on UDP port {port}…',
    heard: 'Classmates heard: {count}',
    peer: '{nickname} ({hostname}) from {address}: {servers}',
    noServers: 'no servers',
    none: 'No classmates heard in {seconds} s.',
    noneHint:
      'Check that both PCs are on the same network (the same classroom LAN or Wi-Fi), that classroom discovery is on in your classmate\'s Puerto (or they run "puerto serve --announce"), and that no firewall blocks inbound UDP port {port} on either PC.',
    ignored: 'Ignored beacons: {malformed} malformed, {oversized} oversized.',
  },
  probe: {
    reachable: {
      title: '{proto} {host}:{port} is reachable (answered in {elapsed} ms)',
      explain:
        'A server is waiting on {proto} port {port} at {address} and answered: a client on this machine can contact it.',
      hint: 'Open a client to {host}, {proto} port {port}, and send a message.',
    },
    refused: {
      title: 'Nothing listens on {proto} port {port} at {address}',
      explain:
        'The machine answered, but refused at once: no server is waiting on that port. A server must start first and wait passively on its port before a client can contact it.',
      hint: 'Ask your partner to start the server, and check the port number and the protocol: TCP and UDP port numbers are independent.',
    },
    timedOut: {
      title: 'No answer from {address}:{port} ({proto}) within {seconds} s',
      explain:
        'Nothing came back, neither an acceptance nor a refusal. Usually a firewall on your partner\'s machine drops the packets silently; or the address is wrong (check it in their "This machine" panel).',
      hint: 'Ask your partner to allow inbound {proto} port {port} in their firewall, as below, and probe again.',
    },
    unreachable: {
      title: 'Cannot reach {host}',
      explain:
        'This machine cannot send packets to that address: there is no route to it, or the name does not exist.',
      hint: 'Check the address your partner gave you, and that both machines are on the same network.',
    },
    noAnswer: {
      title: 'No answer from UDP port {port} at {address} within {seconds} s',
      explain:
        'UDP has no handshake: the datagram may have reached a server that does not answer (manual, discard), or a firewall dropped it. From here the two look the same.',
      hint: 'Ask your partner for a server that answers (echo) on UDP port {port}, and to allow inbound UDP port {port} in their firewall.',
    },
    firewall: {
      title:
        'To let a classmate reach a server, allow inbound {proto} port {port} on the machine that runs it, for the program that waits there (Puerto, or node for "npx puerto serve"):',
      windows:
        '  Windows: when Windows Defender Firewall asks, tick "Private networks" and choose Allow access; or Windows Defender Firewall > Advanced settings > Inbound Rules > New Rule… > Port > {proto} {port} > Allow the connection.',
      linux: '  Linux, in a terminal (sudo asks for your password):',
      macos:
        '  macOS: System Settings > Network > Firewall > Options…, and allow incoming connections for Puerto (or node).',
    },
  },
  event: {
    bytes: '{bytes} B',
    truncated: '(only the first {captured} B were kept)',
    closedBy: 'by {side}',
    paused: 'paused, {buffered} B waiting',
    flowing: 'flowing again',
    skipped:
      '… {count} lines not shown: the output could not keep up, so they were skipped rather than slow the server',
  },
};
