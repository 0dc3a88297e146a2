import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RecentTarget, ServerPlan, Snippet } from '../../../shared/contract';

/**
 * What Puerto remembers between runs: server plans (with "start when Puerto starts"), recent
 * client targets and snippets. The persistence engineer makes it load and save through the
 * contract; other components use only the API below.
 */
export const useWorkspaceStore = defineStore('workspace', () => {
  const servers = ref<ServerPlan[]>([]);
  const recentTargets = ref<RecentTarget[]>([]);
  const snippets = ref<Snippet[]>([]);
  const loaded = ref(false);

  function rememberTarget(target: RecentTarget): void {
    const same = (other: RecentTarget) =>
      other.protocol === target.protocol &&
      other.host === target.host &&
      other.port === target.port &&
      other.localPort === target.localPort;
    recentTargets.value = [target, ...recentTargets.value.filter((other) => !same(other))].slice(
      0,
      10,
    );
  }

  function saveSnippet(snippet: Snippet): void {
    snippets.value = [...snippets.value.filter((other) => other.id !== snippet.id), snippet];
  }

  function removeSnippet(id: string): void {
    snippets.value = snippets.value.filter((snippet) => snippet.id !== id);
  }

  return { servers, recentTargets, snippets, loaded, rememberTarget, saveSnippet, removeSnippet };
});
