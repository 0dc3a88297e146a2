import type { Protocol } from '../../../../shared/contract';

/**
 * TCP and UDP look different everywhere (lists, forms, topology lanes), because their port
 * numbers are independent: TCP 7007 and UDP 7007 are two different doors.
 */
export const PROTOCOL_COLOURS: Readonly<Record<Protocol, string>> = {
  tcp: '#2bb3a3',
  udp: '#e0a526',
};
