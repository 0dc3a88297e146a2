/**
 * Texts of the composer area of the workspace. Escape tokens such as a double backslash reach
 * these messages as `{escape}`-style parameters: vue-i18n would fold a written `\\` into one.
 */
export const composer = {
  title: 'Send a message',
  conversation: {
    label: 'Conversation',
    placeholder: 'Choose a conversation',
    option: '{role} · {protocol} {local} ↔ {remote}',
    closedOption: '{option} · closed',
    roles: { server: 'Server side', client: 'Client' },
  },
  target: {
    label: 'Sends on',
    client: '{protocol} client :{localPort} → {remote}',
    server: '{protocol} server {port} ← {remote}',
    none: 'no conversation yet',
    status: { open: 'open', 'half-closed': 'half-closed', closed: 'closed' },
  },
  blocked: {
    closedByRemote:
      'This connection was closed by the other side at {time}: open a new client or pick another conversation.',
    closedByLocal:
      'You closed this conversation at {time}: open a new client or pick another conversation.',
    closedByReset:
      'This connection was reset (RST) at {time}: open a new client or pick another conversation.',
    none: 'Nothing to send on yet: open a client, or wait for a client to connect to one of your servers.',
    closed:
      'This conversation is closed: nothing more can be sent on it. Open a client, or wait for a new connection.',
    localEnded:
      'You half-closed this connection (FIN): this side can no longer send, but it still receives until the other side closes.',
    empty: 'Nothing to send yet: TCP sends no bytes for an empty message.',
  },
  format: {
    mode: 'Write as',
    modes: { text: 'Text', hex: 'Hex bytes' },
    lineEnding: 'Line ending',
    lineEndings: { none: 'None', lf: 'LF', crlf: 'CRLF' },
    lineEndingHelp: {
      none: 'Nothing is added after the message.',
      lf: 'Adds a line feed (byte 0A): the line break of Linux, macOS and most lab servers.',
      crlf: 'Adds carriage return and line feed (bytes 0D 0A): the line break HTTP, SMTP and Telnet require.',
    },
    encoding: 'Encoding',
    encodings: {
      utf8: 'UTF-8',
      latin1: 'ISO-8859-1 (Latin-1)',
      ascii: 'ASCII',
      utf16le: 'UTF-16LE',
    },
    encodingHelp: {
      utf8: 'Every character: A is 1 byte (41), ñ is 2 (C3 B1), € is 3 (E2 82 AC).',
      latin1: 'One byte per character, 256 in all: ñ is F1, but there is no €.',
      ascii: 'Seven bits, 128 characters: no accents, no ñ, no €.',
      utf16le: 'Two bytes per character, low byte first: A is 41 00.',
    },
    hexNote: 'Hex sends exactly the bytes you write: no encoding and no line ending are added.',
  },
  message: {
    label: 'Message',
    placeholderText: 'Type the message to send',
    placeholderHex: 'Bytes in hex, such as 48 6F 6C 61 0D 0A',
  },
  preview: {
    label: 'Will send',
    bytes: 'Bytes: {count}',
    emptyDatagram: 'an empty UDP datagram: allowed, and some services answer it',
  },
  help: {
    button: 'How to write a message',
    escapesTitle: 'Escapes in text mode',
    escapes: {
      carriageReturn: 'carriage return, byte 0D',
      lineFeed: 'line feed, byte 0A',
      tab: 'tab, byte 09',
      backslash: 'one backslash',
      byte: 'the byte with that hex value, sent as it is in any encoding',
    },
    hexTitle: 'Hex mode',
    hex: 'Pairs of digits 0–9 and A–F. Spaces, colons and 0x prefixes are optional: {examples} are the same two bytes.',
    keysTitle: 'Keys',
    keys: {
      send: 'sends the message',
      newLine: 'starts a new line inside the message',
      anywhere: 'sends from anywhere on the page',
      history: 'recall the messages sent before',
    },
  },
  keys: { enter: 'Enter', shift: 'Shift', ctrl: 'Ctrl', command: '⌘', up: '↑', down: '↓' },
  problems: {
    escapeTrailing:
      'The backslash at position {position} starts an escape, but nothing follows it. To send one backslash, write two.',
    escapeUnknown:
      '“{escape}” at position {position} is not an escape. Use \\r, \\n, \\t or \\xHH, or two backslashes to send one.',
    escapeByte:
      '“{escape}” at position {position} is incomplete: \\x needs exactly two hex digits, such as \\x41 for A or \\x0A for a line feed.',
    hexNotDigit:
      '{character} at position {position} is not a hex digit: use 0–9 and A–F, with spaces or colons between bytes.',
    hexOddDigits:
      '“{group}” at position {position} has an odd number of digits: every byte is exactly two hex digits (write 0A, not A).',
    hexPrefixAlone: '“0x” at position {position} has no digits after it.',
    notInAscii:
      '{character} at position {position} does not exist in ASCII, which has only 128 characters (no accents, ñ or €). Choose UTF-8, or ISO-8859-1 for accents and ñ.',
    notInLatin1:
      '{character} at position {position} does not exist in ISO-8859-1 (Latin-1), which has only 256 characters: no €, no emoji. Choose UTF-8.',
    loneSurrogate:
      '{character} at position {position} is half of a UTF-16 surrogate pair, not a character on its own: delete it.',
    tooLargeTcp: 'The message is {bytes} bytes: one send carries at most {limit} bytes (1 MiB).',
    tooLargeUdp:
      'The message is {bytes} bytes: one UDP datagram carries at most {limit} bytes (65,535 minus the 20-byte IPv4 header and the 8-byte UDP header).',
  },
  actions: {
    send: 'Send',
    halfClose: 'Half-close (FIN)',
    halfCloseHelp:
      'Sends FIN: “I have nothing more to say”. This side can still receive, and the other side may keep sending.',
    close: 'Close',
    closeHelp: 'Closes the connection in both directions.',
    udpNoConnection:
      'UDP has no connection, so there is nothing to half-close or close: just stop sending.',
  },
  repeat: {
    title: 'Send several times',
    help: 'Watch a server handle a stream of messages: at most {max} times, at least {min} ms apart.',
    count: 'Times',
    interval: 'Every (ms)',
    start: 'Send repeatedly',
    stop: 'Stop',
    progress: 'Sent {sent} of {total}',
    countProblem: 'Write a whole number from 1 to {max}.',
    intervalProblem: 'Write a whole number of milliseconds from {min} to {max}.',
    outcomes: {
      done: 'Done: sent {sent} of {total}.',
      stopped: 'Stopped after {sent} of {total}.',
      ended: 'The conversation can no longer send: stopped after {sent} of {total}.',
      failed: 'Sending failed after {sent} of {total}: the message at the top explains why.',
    },
  },
  file: {
    title: 'Send a file',
    help: 'The file’s bytes are sent exactly as they are, in one piece: no encoding and no line ending.',
    choose: 'Choose a file…',
    chosen: '{name}: {bytes} byte | {name}: {bytes} bytes',
    send: 'Send file',
    empty: '{name} is empty: TCP sends no bytes for it.',
    tooLargeTcp:
      '{name} is {bytes} bytes: one send carries at most {limit} bytes (1 MiB). Choose a smaller file.',
    tooLargeUdp:
      '{name} is {bytes} bytes: one UDP datagram carries at most {limit} bytes. Choose a smaller file, or send it over TCP.',
    unreadable: '{name} could not be read.',
  },
  snippets: {
    title: 'Snippets',
    help: 'Save the current message with a name to send it again later. Click a name to load it.',
    name: 'Snippet name',
    namePlaceholder: 'HTTP request',
    save: 'Save',
    empty: 'No snippets yet.',
    remove: 'Delete “{name}”',
    nameEmpty: 'Give the snippet a name.',
    nameTooLong: 'A name has at most {max} characters.',
    textEmpty: 'Write a message first: there is nothing to save.',
    textTooLong: 'A snippet holds at most {max} characters.',
  },
};
