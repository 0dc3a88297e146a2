/**
 * What the simple services (echo, discard, daytime, qotd, chargen, time) and SNTP say in the
 * inspector: one explanation per line of text, one label per decoded field.
 */
export const simple = {
  moreLines: '…and {count} more lines like these.',
  echo: {
    request: 'The client sends bytes; an echo server must send back exactly these (RFC 862).',
    response: 'The server sends back exactly the bytes it received, nothing more (RFC 862).',
  },
  discard: {
    request: 'The client sends data; a discard server throws it away and never answers (RFC 863).',
  },
  daytime: {
    request: 'Any datagram asks for the date; what it carries is ignored (RFC 867).',
    ignored: 'The client sent data; a daytime server ignores it (RFC 867).',
    responseTcp: 'The server sends the date and time as text, then closes (RFC 867).',
    responseUdp: 'The server answers the datagram with the date and time as text (RFC 867).',
  },
  qotd: {
    request: 'Any datagram asks for a quote; what it carries is ignored (RFC 865).',
    ignored: 'The client sent data; a quote server ignores it (RFC 865).',
    responseTcp: 'The server sends a short quote (under 512 characters), then closes (RFC 865).',
    responseUdp: 'The server answers the datagram with a short quote (RFC 865).',
  },
  chargen: {
    request: 'Any datagram asks for a burst of characters; what it carries is ignored (RFC 864).',
    ignored: 'The client sent data; a chargen server ignores it and keeps sending (RFC 864).',
    line: 'A line of the pattern: 72 printable characters, starting one character later on each new line (RFC 864).',
    burst:
      'The server answers the datagram with {count} characters of the pattern (a random amount from 0 to 512, RFC 864).',
    empty: 'An empty datagram: 0 characters is one of the amounts RFC 864 allows.',
  },
  time: {
    request: 'Any datagram (usually empty) asks for the time (RFC 868).',
    ignored: 'The client sent data; a time server ignores it (RFC 868).',
    fields: {
      seconds: 'Seconds since 1 January 1900, 00:00 UTC (32 bits, most significant byte first)',
      date: 'The date and time that number means (UTC)',
      unexpected: 'Not 4 bytes: this is not a time answer',
    },
  },
  sntp: {
    fields: {
      leap: 'Leap indicator (LI)',
      version: 'Version (VN)',
      mode: 'Mode',
      stratum: 'Stratum',
      poll: 'Poll interval (log2 seconds)',
      precision: 'Precision of the clock (log2 seconds)',
      rootDelay: 'Root delay',
      rootDispersion: 'Root dispersion',
      referenceId: 'Reference identifier',
      referenceTime: 'Reference timestamp: when the clock was last set',
      originTime: 'Origin timestamp: the client’s transmit time, copied back',
      receiveTime: 'Receive timestamp: when the request reached the server',
      transmitTime: 'Transmit timestamp: when this message left',
      tooShort: 'Too short for NTP (48 bytes at least)',
      ignored: 'No answer',
      ignoredCount: 'Messages ignored so far by this server',
    },
    leap: {
      '0': 'No leap second announced',
      '1': 'The last minute of today has 61 seconds',
      '2': 'The last minute of today has 59 seconds',
      '3': 'Clock not synchronised',
    },
    modes: {
      '0': 'Reserved',
      '1': 'Symmetric active',
      '2': 'Symmetric passive',
      '3': 'Client: a request',
      '4': 'Server: an answer',
      '5': 'Broadcast',
      '6': 'NTP control message',
      '7': 'Reserved for private use',
    },
    strata: {
      unspecified: 'Unspecified or a kiss code (stratum 0)',
      primary: 'Primary server: its own reference clock',
      secondary: 'Secondary server: synchronised to another server',
      unsynchronised: 'Unsynchronised',
    },
    notSet: 'Zero: not set',
    reasons: {
      short: 'The message is shorter than the 48 bytes of an NTP header, so it is dropped.',
      version: 'Only NTP versions 1 to 4 are answered; other versions are dropped (RFC 4330).',
      mode: 'Only client requests (mode 3) get an answer; other modes are dropped (RFC 4330).',
    },
  },
};
