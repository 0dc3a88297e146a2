/**
 * The behaviours a server can run, by name. The engine starts with the built-ins; the classic
 * services register theirs the same way, so the engine never changes to gain a service.
 */
import type { BehaviourConfig, Protocol } from '../../../shared/contract/model';
import type { Behaviour } from './behaviour';
import { echoBehaviour } from './echo';
import { manualBehaviour } from './manual';
import { replyBehaviour } from './reply';

type AnyBehaviour = Behaviour<{ name: string }>;

export interface BehaviourRegistry {
  get(name: string): Behaviour<BehaviourConfig> | undefined;
  /** Adds or replaces a behaviour under its name. */
  register<Config extends { name: string }>(behaviour: Behaviour<Config>): void;
  supports(name: string, protocol: Protocol): boolean;
  names(): string[];
}

export function createBehaviourRegistry(extra: readonly AnyBehaviour[] = []): BehaviourRegistry {
  const byName = new Map<string, AnyBehaviour>();
  const registry: BehaviourRegistry = {
    // The name is the key, so the config a behaviour receives always carries its own name.
    get: (name) => byName.get(name) as Behaviour<BehaviourConfig> | undefined,
    register: (behaviour) => {
      byName.set(behaviour.name, behaviour as unknown as AnyBehaviour);
    },
    supports: (name, protocol) => byName.get(name)?.protocols.includes(protocol) ?? false,
    names: () => [...byName.keys()],
  };
  for (const behaviour of [manualBehaviour, echoBehaviour, replyBehaviour, ...extra]) {
    registry.register(behaviour as AnyBehaviour);
  }
  return registry;
}
