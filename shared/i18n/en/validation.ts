/** Why a value was refused, for forms and for INVALID_INPUT errors. */
export const validation = {
  notNumber: 'It must be a number.',
  portEmpty: 'Type a port number (1–65535).',
  portRange: 'A port is a whole number from 0 to 65535 (16 bits); 0 lets the system choose.',
  remotePortRange: 'A client must name a port from 1 to 65535.',
  hostEmpty: 'Write the address or the name of the machine.',
  hostInvalid:
    'Write an IPv4 address as four numbers from 0 to 255 (192.168.1.20), an IPv6 address (fe80::1) or a host name (lab-pc-07).',
  addressInvalid: 'Write an IPv4 address (192.168.1.20) or an IPv6 address (fe80::1).',
  addressRequired: 'Choose which local address the server should wait on.',
  hexPairs: 'Hexadecimal must be pairs of digits 0-9 and A-F, such as 48 6F 6C 61.',
  notBytes: 'The data must be bytes.',
  payloadTooLarge: 'At most 1 MiB can be sent at once.',
  unknownCommand: 'Puerto has no command with that name.',
  wrongValue: 'The value has the wrong type or is not one of the allowed choices.',
  udpNoConnection:
    'UDP has no connection, so there is nothing to half-close or reset: just stop sending, or close the flow.',
  dnsName:
    'A DNS name is labels of letters, digits, hyphens or underscores (at most 63 characters each, 253 in all) separated by dots, such as www.lab.example.',
  dnsOutsideZone: 'The name must be inside the zone: the zone itself or a name that ends in it.',
  dnsIpv4: 'An A record holds an IPv4 address, such as 192.0.2.10.',
  dnsIpv6: 'An AAAA record holds an IPv6 address, such as 2001:db8::10.',
  dnsMx: 'An MX record is a priority and a mail server name, such as 10 mail.lab.example.',
  dnsSoa:
    'An SOA record is the main name server and the administrator mailbox, such as ns.lab.example hostmaster.lab.example, optionally followed by five numbers: serial, refresh, retry, expire and minimum.',
  dnsSoaPlace: 'A zone has one SOA record, at the name of the zone itself.',
  dnsCnameAlone:
    'A name with a CNAME record can hold no other record (RFC 1034), and the name of the zone itself cannot be a CNAME.',
  passivePortRange: 'The first passive port must not be greater than the last one.',
  nicknameEmpty: 'Write the name your classmates will see.',
  nicknameTooLong: 'A nickname has at most 32 characters.',
  iterativeNeedsTcp:
    'Only a TCP server can serve one client at a time: UDP has no connections, so each datagram is simply answered in turn.',
};
