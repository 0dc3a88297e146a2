import { PRIVILEGED_PORT_LIMIT } from '../../../../shared/contract';
import { suggestLabPort } from '../../../../shared/catalogue/labPorts';
import type { WellKnownPort } from '../../../../shared/catalogue/wellKnownPorts';
import type { ServerDraft } from '../../stores/serverDraft';

/** The port a student can really listen on for this service without administrator rights. */
export function startablePort(entry: WellKnownPort): number {
  return entry.port < PRIVILEGED_PORT_LIMIT ? suggestLabPort(entry.port) : entry.port;
}

/** "Start a server here": the service's usual transport, on a port that will not be refused. */
export function draftFromCatalogue(entry: WellKnownPort): ServerDraft {
  const protocol = entry.protocols[0] ?? 'tcp';
  const draft: ServerDraft = { protocol, port: startablePort(entry), service: entry.service };
  return entry.behaviour === undefined ? draft : { ...draft, behaviour: entry.behaviour };
}
