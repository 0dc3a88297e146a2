/**
 * The behaviours a server can run, by name. The engine starts with the built-ins; the classic
 * services register theirs the same way, so the engine never changes to gain a service.
 * A service may register lazily: its name and protocols are known at once, its code (and the
 * library it wraps) loads when its first server starts, so `serve --tcp P:echo` never pays
 * for ftp-srv or net-snmp (issue 10).
 */
import type { BehaviourConfig, Protocol } from '../../../shared/contract/model';
import { EngineError } from '../errors';
import type { Behaviour } from './behaviour';
import { echoBehaviour } from './echo';
import { manualBehaviour } from './manual';
import { replyBehaviour } from './reply';

type AnyBehaviour = Behaviour<{ name: string }>;

/** A behaviour known by name and protocols now, whose code loads on first use. */
export interface LazyBehaviour {
  readonly name: string;
  readonly protocols: readonly Protocol[];
  load(): Promise<AnyBehaviour>;
}

export interface BehaviourRegistry {
  /** The behaviour when its code is loaded: built-ins always, lazy ones after `load`. */
  get(name: string): Behaviour<BehaviourConfig> | undefined;
  /**
   * The behaviour, loading its code the first time. Rejects with an EngineError: INVALID_INPUT
   * for an unknown name, INTERNAL (reason `services.loadFailed`) when the code cannot load.
   */
  load(name: string): Promise<Behaviour<BehaviourConfig>>;
  /** Adds or replaces a behaviour under its name. */
  register<Config extends { name: string }>(behaviour: Behaviour<Config> | LazyBehaviour): void;
  supports(name: string, protocol: Protocol): boolean;
  names(): string[];
}

interface Entry {
  protocols: readonly Protocol[];
  loaded?: AnyBehaviour;
  lazy?: LazyBehaviour;
  /** Shared by starts that wait for the same load; cleared when it fails, so a retry retries. */
  loading?: Promise<AnyBehaviour>;
}

function isLazy(behaviour: AnyBehaviour | LazyBehaviour): behaviour is LazyBehaviour {
  return 'load' in behaviour;
}

async function loadEntry(name: string, lazy: LazyBehaviour): Promise<AnyBehaviour> {
  let behaviour: AnyBehaviour;
  try {
    behaviour = await lazy.load();
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new EngineError('INTERNAL', `the ${name} service could not load: ${detail}`, {
      reason: 'services.loadFailed',
      service: name,
      cause: detail,
    });
  }
  const sameProtocols =
    behaviour.protocols.length === lazy.protocols.length &&
    lazy.protocols.every((protocol) => behaviour.protocols.includes(protocol));
  if (behaviour.name !== name || !sameProtocols) {
    // The promise made before loading (name, protocols) must be the one kept after it.
    throw new EngineError('INTERNAL', `the ${name} service loaded as something else`, {
      reason: `the ${name} service loaded as ${behaviour.name} (${behaviour.protocols.join(', ')})`,
    });
  }
  return behaviour;
}

export function createBehaviourRegistry(
  extra: readonly (AnyBehaviour | LazyBehaviour)[] = [],
): BehaviourRegistry {
  const byName = new Map<string, Entry>();

  const load = async (name: string): Promise<AnyBehaviour> => {
    const entry = byName.get(name);
    if (entry === undefined) {
      throw new EngineError('INVALID_INPUT', `no behaviour named ${name}`, {
        field: 'behaviour.name',
        reason: 'validation.wrongValue',
      });
    }
    if (entry.loaded !== undefined) return entry.loaded;
    const lazy = entry.lazy as LazyBehaviour;
    entry.loading ??= loadEntry(name, lazy).then(
      (behaviour) => {
        // A register() while loading replaced this entry: the newer one wins.
        if (byName.get(name) === entry) entry.loaded = behaviour;
        return behaviour;
      },
      (error: unknown) => {
        entry.loading = undefined;
        throw error;
      },
    );
    return entry.loading;
  };

  const registry: BehaviourRegistry = {
    // The name is the key, so the config a behaviour receives always carries its own name.
    get: (name) => byName.get(name)?.loaded as Behaviour<BehaviourConfig> | undefined,
    load: (name) => load(name) as Promise<Behaviour<BehaviourConfig>>,
    register: (behaviour) => {
      const entry: Entry = { protocols: behaviour.protocols };
      if (isLazy(behaviour)) entry.lazy = behaviour;
      else entry.loaded = behaviour as unknown as AnyBehaviour;
      byName.set(behaviour.name, entry);
    },
    supports: (name, protocol) => byName.get(name)?.protocols.includes(protocol) ?? false,
    names: () => [...byName.keys()],
  };
  for (const behaviour of [manualBehaviour, echoBehaviour, replyBehaviour, ...extra]) {
    registry.register(behaviour as AnyBehaviour | LazyBehaviour);
  }
  return registry;
}
