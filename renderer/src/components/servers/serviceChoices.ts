/**
 * The classic Internet services a server can run, with the transports each RFC defines and the
 * well-known port (the lab port, above 1024, comes from `suggestLabPort`).
 */
import type { BehaviourName, Protocol } from '../../../../shared/contract';
import { suggestLabPort } from '../../../../shared/catalogue/labPorts';

export interface ServiceChoice {
  name: BehaviourName;
  protocols: readonly Protocol[];
  wellKnownPort: number;
  rfc: string;
}

export const SERVICE_CHOICES: readonly ServiceChoice[] = [
  { name: 'discard', protocols: ['tcp', 'udp'], wellKnownPort: 9, rfc: 'RFC 863' },
  { name: 'daytime', protocols: ['tcp', 'udp'], wellKnownPort: 13, rfc: 'RFC 867' },
  { name: 'qotd', protocols: ['tcp', 'udp'], wellKnownPort: 17, rfc: 'RFC 865' },
  { name: 'chargen', protocols: ['tcp', 'udp'], wellKnownPort: 19, rfc: 'RFC 864' },
  { name: 'time', protocols: ['tcp', 'udp'], wellKnownPort: 37, rfc: 'RFC 868' },
  { name: 'ftp', protocols: ['tcp'], wellKnownPort: 21, rfc: 'RFC 959' },
  { name: 'smtp', protocols: ['tcp'], wellKnownPort: 25, rfc: 'RFC 5321' },
  { name: 'dns', protocols: ['udp', 'tcp'], wellKnownPort: 53, rfc: 'RFC 1035' },
  { name: 'http', protocols: ['tcp'], wellKnownPort: 80, rfc: 'RFC 9110' },
  { name: 'pop3', protocols: ['tcp'], wellKnownPort: 110, rfc: 'RFC 1939' },
  { name: 'sntp', protocols: ['udp'], wellKnownPort: 123, rfc: 'RFC 4330' },
  { name: 'snmp', protocols: ['udp'], wellKnownPort: 161, rfc: 'RFC 1157' },
];

export function servicesFor(protocol: Protocol): ServiceChoice[] {
  return SERVICE_CHOICES.filter((service) => service.protocols.includes(protocol));
}

export function findService(name: string): ServiceChoice | undefined {
  return SERVICE_CHOICES.find((service) => service.name === name);
}

export function labPortOf(service: ServiceChoice): number {
  return suggestLabPort(service.wellKnownPort);
}
