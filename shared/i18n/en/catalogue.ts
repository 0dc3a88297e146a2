/** Texts of the catalogue area of the workspace. */
export const catalogue = {
  title: 'Well-known ports',
  intro:
    'Standard services always wait on the same port. TCP and UDP numbers are independent, yet for a standard service both are usually reserved even when it uses only one.',
  search: 'Search the catalogue',
  searchPlaceholder: 'Port, service, RFC or a word: 53, mail, RFC 959…',
  columns: {
    port: 'Port',
    transport: 'TCP / UDP',
    service: 'Service',
    rfc: 'RFC',
    summary: 'What it does',
    action: 'Try it',
  },
  used: '{protocol}: the service uses it.',
  reservedOnly: '{protocol}: reserved for it, but not used.',
  reservedBoth: 'both reserved',
  reservedBothHelp:
    'IANA reserves this number for the service on TCP and on UDP, even if it uses only one.',
  otherService: '{protocol}: {service}',
  otherServiceHelp:
    'On {protocol} the same number belongs to a different service: TCP and UDP port numbers are independent.',
  legend: {
    used: 'used by the service',
    reserved: 'reserved for it, but not used',
    both: 'IANA reserves the number on both TCP and UDP',
  },
  noRfc: 'none',
  noRfcHelp: 'Not an Internet standard, so no RFC defines it.',
  startHere: 'Start a server here',
  startHereLab: 'Start on {port}',
  startHereHelp:
    'Fills in the New server form. Port {port} needs administrator rights, so the lab port {lab} is used instead.',
  noMatch: 'No well-known port matches this search.',
  count: 'Ports shown: {count}',
};
