import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import type {
  PuertoError,
  RecentTarget,
  ServerInfo,
  ServerPlan,
  ServerShape,
  Snippet,
  Workspace,
} from '../../../shared/contract';
import { WORKSPACE_VERSION, planMatchesServer, sameServerShape } from '../../../shared/contract';
import { usePuertoClient } from '../client/puertoClient';
import { useNotificationsStore } from './notifications';
import { useSettingsStore } from './settings';

/** Changes closer together than this are saved as one. */
export const SAVE_DELAY_MS = 300;
export const RECENT_TARGET_LIMIT = 10;

function newKey(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `plan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Items the student added before the saved ones arrived are kept, after the saved ones. */
function mergeById<T>(saved: readonly T[], early: readonly T[], idOf: (item: T) => string): T[] {
  const savedIds = new Set(saved.map(idOf));
  return [...saved, ...early.filter((item) => !savedIds.has(idOf(item)))];
}

const targetId = (target: RecentTarget) =>
  `${target.protocol} ${target.host} ${target.port} ${target.localPort ?? ''}`;

/** A host that keeps no workspace refuses the command as unknown: then nothing is saved. */
function isUnsupported(error: PuertoError): boolean {
  return error.code === 'INVALID_INPUT' && error.details.field === 'command';
}

/**
 * What Puerto remembers between runs: server plans (with "start when Puerto starts"), recent
 * client targets, snippets and the settings. Loaded from the host when the link first opens,
 * and saved back (debounced) on every change after that, never before: an empty window must
 * not overwrite a workspace it has not read yet.
 */
export const useWorkspaceStore = defineStore('workspace', () => {
  const client = usePuertoClient();
  const notifications = useNotificationsStore();
  const settings = useSettingsStore();

  const servers = ref<ServerPlan[]>([]);
  const recentTargets = ref<RecentTarget[]>([]);
  const snippets = ref<Snippet[]>([]);
  const loaded = ref(false);
  /** Why the saved workspace could not be used (it was kept aside by the host). */
  const problem = shallowRef<PuertoError | null>(null);
  const lastSavedAt = ref<number | null>(null);

  /** The last workspace known to be in the file, as JSON: a save that changes nothing is skipped. */
  let inFile = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> | null = null;
  let lastFailure: string | null = null;

  function snapshot(): Workspace {
    return {
      version: WORKSPACE_VERSION,
      servers: servers.value,
      recentTargets: recentTargets.value,
      snippets: snippets.value,
      settings: settings.saved,
    };
  }

  function apply(workspace: Workspace): void {
    servers.value = mergeById(workspace.servers, servers.value, (plan) => plan.key);
    recentTargets.value = mergeById(workspace.recentTargets, recentTargets.value, targetId).slice(
      0,
      RECENT_TARGET_LIMIT,
    );
    snippets.value = mergeById(workspace.snippets, snippets.value, (snippet) => snippet.id);
    settings.restore(workspace.settings);
  }

  async function load(): Promise<void> {
    const result = await client.invoke('loadWorkspace', {});
    if (!result.ok) {
      if (!isUnsupported(result.error)) notifications.notifyError(result.error);
      return;
    }
    inFile = JSON.stringify(result.value.workspace);
    apply(result.value.workspace);
    problem.value = result.value.problem ?? null;
    if (result.value.problem !== undefined) notifications.notifyError(result.value.problem);
    loaded.value = true;
  }

  async function write(text: string): Promise<void> {
    // JSON text, parsed again: plain objects, never Vue proxies, cross the boundary.
    const result = await client.invoke('saveWorkspace', { workspace: JSON.parse(text) });
    if (result.ok) {
      inFile = text;
      lastSavedAt.value = result.value.savedAt;
      lastFailure = null;
      return;
    }
    // The same failure on every keystroke would bury the page: it is told once.
    const failure = `${result.error.code} ${String(result.error.details.field ?? '')}`;
    if (failure !== lastFailure) notifications.notifyError(result.error);
    lastFailure = failure;
  }

  /** Saves now what is pending; resolves when the host has it (or refused it). */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (!loaded.value) return;
    while (saving !== null) await saving;
    const text = JSON.stringify(snapshot());
    if (text === inFile) return;
    saving = write(text).finally(() => (saving = null));
    await saving;
  }

  function scheduleSave(): void {
    if (!loaded.value) return;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  watch([servers, recentTargets, snippets, () => settings.saved], scheduleSave, { deep: true });

  /** Loads when the link first opens; after a drop, saves what changed while it was down. */
  function connect(): () => void {
    const stopReloads = client.whenOpen(() => void (loaded.value ? flush() : load()));
    // Closing the tab or the window within the save delay must not lose the last change.
    const onHide = () => void flush();
    globalThis.addEventListener?.('pagehide', onHide);
    return () => {
      stopReloads();
      globalThis.removeEventListener?.('pagehide', onHide);
    };
  }

  function rememberTarget(target: RecentTarget): void {
    const id = targetId(target);
    recentTargets.value = [
      target,
      ...recentTargets.value.filter((other) => targetId(other) !== id),
    ].slice(0, RECENT_TARGET_LIMIT);
  }

  function saveSnippet(snippet: Snippet): void {
    snippets.value = [...snippets.value.filter((other) => other.id !== snippet.id), snippet];
  }

  function removeSnippet(id: string): void {
    snippets.value = snippets.value.filter((snippet) => snippet.id !== id);
  }

  /** The saved plan a running server was started from (matched by what it was asked to be). */
  function planFor(server: ServerInfo): ServerPlan | undefined {
    return servers.value.find((plan) => planMatchesServer(plan, server));
  }

  /** Adds a plan for a server unless one with the same shape exists; returns the plan kept. */
  function rememberServer(shape: ServerShape, autostart = false): ServerPlan {
    const existing = servers.value.find((plan) => sameServerShape(plan, shape));
    if (existing !== undefined) return existing;
    const { protocol, port, bind, behaviour, concurrency = 'concurrent' } = shape;
    const plan: ServerPlan = {
      key: newKey(),
      protocol,
      port,
      bind,
      behaviour,
      concurrency,
      autostart,
    };
    servers.value = [...servers.value, plan];
    return plan;
  }

  function setAutostart(key: string, autostart: boolean): void {
    servers.value = servers.value.map((plan) => (plan.key === key ? { ...plan, autostart } : plan));
  }

  function forgetServer(key: string): void {
    servers.value = servers.value.filter((plan) => plan.key !== key);
  }

  return {
    servers,
    recentTargets,
    snippets,
    loaded,
    problem,
    lastSavedAt,
    load,
    flush,
    connect,
    rememberTarget,
    saveSnippet,
    removeSnippet,
    planFor,
    rememberServer,
    setAutostart,
    forgetServer,
  };
});
