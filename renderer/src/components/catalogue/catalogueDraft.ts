import { PRIVILEGED_PORT_LIMIT } from '../../../../shared/contract';
import type { RequestInput } from '../../../../shared/contract';
import { suggestLabPort } from '../../../../shared/catalogue/labPorts';
import type { WellKnownPort } from '../../../../shared/catalogue/wellKnownPorts';
import type { ServerDraft } from '../../stores/serverDraft';
import { initialConfigOf } from '../servers/behaviourChoices';

/** The port a student can really listen on for this service without administrator rights. */
export function startablePort(entry: WellKnownPort): number {
  return entry.port < PRIVILEGED_PORT_LIMIT ? suggestLabPort(entry.port) : entry.port;
}

/**
 * What "Start on N" runs: the service's behaviour, or a manual server (the student plays a
 * service Puerto does not implement, such as SSH) — never whatever the form chose last.
 */
export function catalogueBehaviour(entry: WellKnownPort): string {
  return entry.behaviour ?? 'manual';
}

/** "Start a server here": the service's usual transport, on a port that will not be refused. */
export function draftFromCatalogue(entry: WellKnownPort): ServerDraft {
  const protocol = entry.protocols[0] ?? 'tcp';
  return {
    protocol,
    port: startablePort(entry),
    service: entry.service,
    behaviour: catalogueBehaviour(entry),
  };
}

/** The exact server "Start on N" asks the engine for: this service, on exactly that port. */
export function requestFromCatalogue(entry: WellKnownPort): RequestInput<'startServer'> {
  const draft = draftFromCatalogue(entry);
  return {
    protocol: draft.protocol,
    port: draft.port,
    behaviour: initialConfigOf(draft.behaviour) ?? { name: 'manual' },
  };
}
