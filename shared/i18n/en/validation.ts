/** Why a value was refused, for forms and for INVALID_INPUT errors. */
export const validation = {
  notNumber: 'It must be a number.',
  portRange: 'A port is a whole number from 0 to 65535 (16 bits); 0 lets the system choose.',
  remotePortRange: 'A client must name a port from 1 to 65535.',
  hostEmpty: 'Write the address or the name of the machine.',
  hostInvalid:
    'Write an IPv4 address (192.168.1.20), an IPv6 address (fe80::1) or a host name (lab-pc-07).',
  addressInvalid: 'Write an IPv4 address (192.168.1.20) or an IPv6 address (fe80::1).',
  addressRequired: 'Choose which local address the server should wait on.',
  hexPairs: 'Hexadecimal must be pairs of digits 0-9 and A-F, such as 48 6F 6C 61.',
  notBytes: 'The data must be bytes.',
  payloadTooLarge: 'At most 1 MiB can be sent at once.',
  unknownCommand: 'Puerto has no command with that name.',
  wrongValue: 'The value has the wrong type or is not one of the allowed choices.',
  udpNoConnection:
    'UDP has no connection, so there is nothing to half-close or reset: just stop sending, or close the flow.',
};
