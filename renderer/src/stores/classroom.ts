import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { ClassroomState, Peer, PuertoError } from '../../../shared/contract';
import { usePuertoClient } from '../client/puertoClient';
import { useSettingsStore } from './settings';
import { createFollowing } from './followers';

/** Beacons come once a second, so the list follows at the same pace; slower would look stale. */
export const CLASSROOM_POLL_MS = 1_000;

/**
 * Classroom discovery as the host runs it: whether it is on, the classmates heard and what was
 * ignored. The list is read from the host about once a second while discovery is on and
 * something on the page follows it; nothing is polled while it is off.
 */
export const useClassroomStore = defineStore('classroom', () => {
  const client = usePuertoClient();
  const settings = useSettingsStore();

  const state = shallowRef<ClassroomState | null>(null);
  /** Why the host refused a classroom command (an older host has none, for example). */
  const problem = shallowRef<PuertoError | null>(null);
  const switching = ref(false);
  /** When the state was last read: "heard N s ago" counts from here. */
  const readAt = ref(Date.now());
  /** Bumped by every switch, so a poll that was in flight cannot undo it. */
  let version = 0;
  let reading = false;

  const enabled = computed(() => state.value?.enabled ?? false);
  const peers = computed<readonly Peer[]>(() =>
    [...(state.value?.peers ?? [])].sort((left, right) =>
      left.nickname.localeCompare(right.nickname),
    ),
  );

  function accept(next: ClassroomState): void {
    state.value = next;
    problem.value = null;
    readAt.value = Date.now();
  }

  async function refresh(): Promise<void> {
    if (reading) return;
    reading = true;
    const before = version;
    const answer = await client.invoke('getClassroom', {});
    reading = false;
    if (version !== before) return;
    if (answer.ok) accept(answer.value);
    else problem.value = answer.error;
  }

  async function setEnabled(on: boolean): Promise<void> {
    version += 1;
    switching.value = true;
    const nickname = settings.nickname;
    const answer = await client.invoke('setClassroom', {
      enabled: on,
      ...(nickname === undefined ? {} : { nickname }),
    });
    switching.value = false;
    if (answer.ok) accept(answer.value);
    else problem.value = answer.error;
  }

  /** A changed nickname reaches classmates with the next beacon; nothing is sent while off. */
  async function announceNickname(): Promise<void> {
    if (!enabled.value) return;
    const wanted = settings.nickname;
    if (wanted !== undefined && wanted === state.value?.nickname) return;
    await setEnabled(true);
  }

  function secondsSinceHeard(peer: Peer): number {
    return Math.max(0, Math.round((readAt.value - peer.lastHeardAt) / 1_000));
  }

  function startFollowing(): () => void {
    let timer: ReturnType<typeof setInterval> | undefined;
    const stopPolling = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const stopWatching = watch(
      enabled,
      (on) => {
        if (!on) {
          stopPolling();
          return;
        }
        timer ??= setInterval(() => {
          if (client.status.value === 'open') void refresh();
        }, CLASSROOM_POLL_MS);
      },
      { immediate: true },
    );
    const stopReloads = client.whenOpen(() => void refresh());
    return () => {
      stopWatching();
      stopPolling();
      stopReloads();
    };
  }

  /** Several components may follow at once; the refreshing stops when the last one leaves. */
  const follow = createFollowing(startFollowing);

  return {
    state,
    problem,
    switching,
    readAt,
    enabled,
    peers,
    refresh,
    setEnabled,
    announceNickname,
    secondsSinceHeard,
    follow,
  };
});
