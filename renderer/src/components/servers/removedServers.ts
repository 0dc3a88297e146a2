import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import { useEngineStore } from '../../stores/engine';

/**
 * Stopped or failed servers the student removed from the list. The engine keeps a few finished
 * servers for a while (so a window can show how they ended); the window stops showing these at
 * once. Only ids the engine still lists are kept, so the set never outgrows that retention.
 */
export const useRemovedServersStore = defineStore('removedServers', () => {
  const engine = useEngineStore();
  const removed = shallowRef<ReadonlySet<string>>(new Set());

  function remove(serverId: string): void {
    const listed = new Set(engine.servers.map((server) => server.id));
    const kept = [...removed.value].filter((id) => listed.has(id));
    removed.value = new Set([...kept, serverId]);
  }

  const isRemoved = (serverId: string): boolean => removed.value.has(serverId);

  return { removed, remove, isRemoved };
});
