import { computed, ref, watch } from 'vue';
import type { Ref } from 'vue';
import type { BehaviourConfigInput, Protocol } from '../../../../shared/contract';
import { parsePort } from '../../forms/fieldRules';
import { initialConfigOf } from './behaviourChoices';
import { findService } from './serviceChoices';
import { labPortOfEntry, protocolFor, serviceAtPort, serviceEntryOf } from './servicePorts';
import type { PlayableService } from './servicePorts';

/**
 * Keeps the New server form's service, protocol and port telling one story (issue 11):
 * choosing a service moves the port to its lab port unless the student wrote a port
 * themselves, and a port the student writes that belongs to a service offers that service,
 * which, accepted, sets protocol, port and behaviour together.
 */
export function useServiceCoherence(
  protocol: Ref<Protocol>,
  portText: Ref<string>,
  behaviour: Ref<BehaviourConfigInput>,
) {
  /** The student wrote the port: a service chosen afterwards keeps it. */
  const portTyped = ref(false);

  // SMTP has no UDP form: switching transport under a service it lacks goes back to Echo, which
  // both transports have, rather than sending a request the engine must refuse.
  watch(protocol, (next) => {
    const service = findService(behaviour.value.name);
    if (service !== undefined && !service.protocols.includes(next))
      behaviour.value = { name: 'echo' };
  });

  function choose(next: BehaviourConfigInput): void {
    const changed = next.name !== behaviour.value.name;
    behaviour.value = next;
    if (!changed || portTyped.value) return;
    const entry = serviceEntryOf(next.name);
    if (entry === undefined) return;
    protocol.value = protocolFor(entry, protocol.value);
    portText.value = String(labPortOfEntry(entry));
  }

  /** The service the written port belongs to, while the form runs something else. */
  const offer = computed<PlayableService | undefined>(() => {
    const port = parsePort(portText.value);
    const entry = !portTyped.value || port === undefined ? undefined : serviceAtPort(port);
    if (entry === undefined) return undefined;
    const runs =
      entry.behaviour === behaviour.value.name && entry.protocols.includes(protocol.value);
    return runs ? undefined : entry;
  });

  function accept(entry: PlayableService): void {
    protocol.value = protocolFor(entry, protocol.value);
    portText.value = String(labPortOfEntry(entry));
    behaviour.value = initialConfigOf(entry.behaviour) ?? behaviour.value;
    portTyped.value = false;
  }

  return { portTyped, choose, offer, accept };
}
