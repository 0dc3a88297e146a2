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
        'puerto serve [--host ADDR] [--tcp PORT[:BEHAVIOUR]]... [--udp PORT[:BEHAVIOUR]]... [--reply TEXT] [--config FILE] [--json] [--lang es|en]',
      summary: 'Start servers and print one line per event (both endpoints) until Ctrl+C.',
      example: 'puerto serve --tcp 7007:echo --udp 7007:echo',
    },
    web: {
      usage: 'puerto web [--port N] [--lang es|en]',
      summary: 'Use Puerto in your web browser: prints an address with a secret token.',
      example: 'puerto web --port 8080',
    },
    start: {
      usage: 'puerto start [--port N] [--lang es|en]',
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
      text: 'Port of the browser-mode page on 127.0.0.1. Without it, a free port chosen by the system.',
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
    building: 'The interface is not built yet: building it once with "electron-vite build"…',
    buildFailed:
      'Could not build the interface ("electron-vite build" failed). Run "npm run build" to see why.',
    electronMissing:
      'The Electron binary is not installed (it could not be downloaded: network or proxy). Set ELECTRON_MIRROR and run "npm rebuild electron", or run "node node_modules/electron/install.js". Opening browser mode instead.',
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
    replyMissing: 'A server with the reply behaviour needs its answer: add --reply TEXT.',
    inArgument: 'In {argument}:',
    configUnreadable: 'Could not read the configuration file {file} ({reason}).',
    configNotJson: 'The configuration file {file} is not valid JSON: {reason}',
    configUnknownService:
      'The configuration file {file} names "{service}", which is not a service with options. Use: {services}.',
    configUnknownField:
      'The configuration file {file} has an unknown field "{field}". Allowed here: {allowed}.',
    configField: 'In the configuration file {file}:',
  },
  event: {
    bytes: '{bytes} B',
    truncated: '(only the first {captured} B were kept)',
    closedBy: 'by {side}',
    paused: 'paused, {buffered} B waiting',
    flowing: 'flowing again',
  },
};
