/** Texts of the machine area of the workspace. */
export const machine = {
  title: 'This machine',
  hostname: 'Name',
  refresh: 'Refresh',
  loading: 'Reading this machine’s addresses…',
  unavailable: 'Could not read this machine’s addresses.',
  partner: {
    label: 'Address to give your partner',
    ipv4: 'Another machine on your network reaches this one at this address.',
    ipv6: 'No IPv4 address is reachable from outside; this IPv6 address works if your network carries IPv6.',
    loopback:
      'No network is connected: only programs on this machine can use this address (loopback).',
    none: 'This machine reported no address at all.',
  },
  copy: 'Copy',
  copied: 'Copied',
  copyRefused: 'The browser did not allow copying: select the address and copy it by hand.',
  addresses: 'Interfaces and addresses',
  interfaceLabel: 'Interface {name}',
  partnerTag: 'for your partner',
  onInterface: 'on {name}',
  scopes: {
    loopback: 'loopback',
    'link-local': 'link-local',
    lan: 'LAN',
    public: 'public',
  },
  scopeHelp: {
    loopback: 'Only programs on this same machine can use it.',
    'link-local':
      'Made up by the machine itself when no DHCP server answered: it only works on the same cable or Wi-Fi.',
    lan: 'A private address: machines on the same local network (the lab) can use it.',
    public: 'Reachable from the Internet, unless a firewall stands in the way.',
  },
  virtual: 'virtual',
  virtualHelp:
    'A bridge for containers or virtual machines: it exists only inside this computer, so a partner cannot use it.',
  serversRunning: 'Servers waiting: {count}',
  clientsOpen: 'Clients open: {count}',
  networkChanged: {
    title: 'The network changed',
    address:
      'The address to give your partner is now {address}. The old one no longer reaches this machine: tell your partner the new one.',
    loopback:
      'This machine is on no network now, so a partner cannot reach it: only programs on this machine can use {address}. Check the cable or the Wi-Fi.',
    none: 'This machine reports no address at all now. Check the cable or the Wi-Fi.',
  },
};
