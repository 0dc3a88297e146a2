import { shallowRef } from 'vue';
import type { ShallowRef } from 'vue';

/**
 * A list of engine items (servers, clients, connections) in the engine's order, changed by id:
 * an upsert or a removal costs what it touches, plus one new shallow array per change so that
 * whatever depends on the list recomputes once, and a list nothing touched keeps its array (and
 * its dependants stay quiet). Issue 10, section 4: a batch costs what changed.
 */
export interface KeyedList<T extends { id: string }> {
  readonly items: ShallowRef<readonly T[]>;
  /** The whole list, as a state carries it. */
  replace(items: readonly T[]): void;
  /** Upserts first, then removals; an id in both ends up removed. */
  apply(upserts: readonly T[], removedIds: readonly string[]): void;
  /** Adds `item` unless its id is already listed (a response that beat its batch). */
  addIfMissing(item: T): void;
}

export function createKeyedList<T extends { id: string }>(): KeyedList<T> {
  const items = shallowRef<readonly T[]>([]);
  /** Map keeps insertion order, and `set` on a known id keeps its place. */
  let byId = new Map<string, T>();

  function publish(): void {
    items.value = Array.from(byId.values());
  }

  return {
    items,
    replace(next) {
      byId = new Map(next.map((item) => [item.id, item]));
      if (byId.size === next.length) items.value = next;
      else publish();
    },
    apply(upserts, removedIds) {
      let changed = false;
      for (const item of upserts) {
        byId.set(item.id, item);
        changed = true;
      }
      for (const id of removedIds) changed = byId.delete(id) || changed;
      if (changed) publish();
    },
    addIfMissing(item) {
      if (byId.has(item.id)) return;
      byId.set(item.id, item);
      publish();
    },
  };
}
