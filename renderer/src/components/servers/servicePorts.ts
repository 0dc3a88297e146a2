/**
 * Which service a port stands for, and which port a service runs on in the lab: the catalogue
 * is the one source for both, so the form, the picker and "Start on N" never disagree
 * (issue 11: choosing QOTD must not leave the port, or the behaviour, of the last choice).
 */
import type { BehaviourName, Protocol } from '../../../../shared/contract';
import { suggestLabPort } from '../../../../shared/catalogue/labPorts';
import { WELL_KNOWN_PORTS } from '../../../../shared/catalogue/wellKnownPorts';
import type { WellKnownPort } from '../../../../shared/catalogue/wellKnownPorts';

/** A catalogue entry that a Puerto behaviour plays. */
export type PlayableService = WellKnownPort & { behaviour: BehaviourName };

const PLAYABLE = WELL_KNOWN_PORTS.filter(
  (entry): entry is PlayableService => entry.behaviour !== undefined,
);

/** The port a student can listen on without administrator rights: 25 becomes 2525. */
export function labPortOfEntry(entry: WellKnownPort): number {
  return suggestLabPort(entry.port);
}

/** The first (usual) catalogue entry of a behaviour: HTTP is 80 before 8080. */
export function serviceEntryOf(behaviour: string): PlayableService | undefined {
  return PLAYABLE.find((entry) => entry.behaviour === behaviour);
}

/** The service a typed port stands for: its well-known number (25) or its lab port (2525). */
export function serviceAtPort(port: number): PlayableService | undefined {
  return (
    PLAYABLE.find((entry) => entry.port === port) ??
    PLAYABLE.find((entry) => labPortOfEntry(entry) === port)
  );
}

/** The transport to run a service on: the one already chosen when the service speaks it. */
export function protocolFor(entry: WellKnownPort, current: Protocol): Protocol {
  return entry.protocols.includes(current) ? current : (entry.protocols[0] ?? current);
}
