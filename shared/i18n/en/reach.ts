/** Texts of "Can my partner reach me?": the reachability probe, its outcomes and firewall help. */
export const reach = {
  test: 'Test reachability',
  testHelp:
    'Checks whether a server waits at this host and port, without opening a client or sending anything.',
  probing: 'Testing {protocol} {target}…',
  elapsed: 'after {ms} ms',
  outcomes: {
    reachable: 'Reachable',
    refused: 'Refused',
    'timed-out': 'Timed out',
    unreachable: 'Unreachable',
    'no-answer': 'No answer',
  },
  explain: {
    reachable: {
      tcp: 'The server accepted the connection (the TCP handshake completed): a client on this machine can reach it.',
      udp: 'A datagram came back from the server: it is reachable over UDP from this machine.',
    },
    refused:
      'The machine answered, but nothing listens on {protocol} port {port} there. Is the server started, on that port and with that protocol? TCP and UDP ports are independent: a TCP server does not answer on UDP.',
    'timed-out':
      'No answer at all within {seconds} s: a firewall on your partner’s machine is probably dropping the packets, or the address is wrong. Check the address, then allow the port in the firewall of the machine that runs the server.',
    unreachable:
      'This address cannot be reached from here: it is wrong, there is no route to it, or the name was not found.',
    'no-answer':
      'Nothing came back. UDP has no handshake, so silence tells nothing apart: either a firewall drops the datagrams, or the server never answers (a discard server, for example). If it should answer, allow the port in the firewall of the machine that runs it.',
  },
  firewall: {
    title: 'Allow incoming traffic in the firewall',
    intro:
      'On the machine that runs the server, allow incoming {protocol} traffic on port {port} for the program {program}. Allow it on private networks (the lab) only.',
    platform: 'System',
    platforms: { windows: 'Windows', linux: 'Linux', macos: 'macOS' },
    programs: { desktop: 'Puerto', browser: 'node (Node.js)' },
    steps: {
      windows: {
        prompt:
          'The first time a server starts, Windows Defender Firewall asks whether to allow {program}: tick “Private networks” and press “Allow access”.',
        allowApp:
          'If that window was closed: Control Panel → Windows Defender Firewall → Allow an app or feature through Windows Defender Firewall → Change settings → tick {program} in the Private column.',
      },
      linux: {
        terminal:
          'In a terminal, run the line for the firewall your distribution uses (sudo asks for your password). If neither command exists, no firewall is blocking the port.',
      },
      macos: {
        prompt:
          'When macOS asks whether {program} may accept incoming network connections, press Allow.',
        settings:
          'Otherwise: System Settings → Network → Firewall → Options → add {program} with the + button (or find it in the list) and choose “Allow incoming connections”.',
      },
    },
    commands: {
      powershell: 'Or in PowerShell, run as administrator:',
      powershellUndo: 'To remove that rule afterwards:',
      ufw: 'Ubuntu, Debian, Mint (ufw):',
      ufwUndo: 'To remove it afterwards (ufw):',
      firewalld: 'Fedora, RHEL, openSUSE (firewalld), until the next restart:',
      firewalldUndo: 'To remove it before then (firewalld):',
    },
  },
  server: {
    title: 'Can my partner reach me?',
    listensOn: 'It listens on:',
    all: 'Waits on all interfaces: a partner on your network can use any of these addresses, except loopback, which only works from this machine.',
    allIPv4:
      'Waits on every IPv4 interface (0.0.0.0): a partner on your network can use any of these addresses, except loopback, which only works from this machine.',
    loopback:
      'This server only listens on loopback ({address}): a partner on another machine cannot reach it.',
    loopbackFix: 'Stop it and start it again with “{field}: {choice}”.',
    address: 'Waits on one address only: a partner must use exactly this one.',
    onlyThisMachine: 'only this machine',
    partner: 'Your partner types',
    partnerHelp:
      'In their client: protocol {protocol}, host {address}, port {port}. Their client picks an ephemeral port of its own.',
    noPartner:
      'None of these addresses reaches another machine: connect this machine to the lab network first.',
    loading: 'Reading this machine’s addresses…',
    firewall:
      'If your partner’s client times out, the firewall on this machine is probably dropping the packets.',
  },
};
