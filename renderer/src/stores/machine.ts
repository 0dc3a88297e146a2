import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { PuertoError, SystemInfo } from '../../../shared/contract';
import { usePuertoClient } from '../client/puertoClient';

/** Addresses change when a laptop joins another Wi-Fi or a cable is plugged in. */
export const MACHINE_REFRESH_MS = 10_000;

/**
 * "This machine": its name and addresses, read from the engine (the browser cannot see them).
 * Refreshed every few seconds while anything follows it, and whenever the link to the engine
 * opens again. A failure is kept here, not sent to the error banner: a refresh every ten
 * seconds must not flood the page.
 */
export const useMachineStore = defineStore('machine', () => {
  const client = usePuertoClient();

  const info = shallowRef<SystemInfo | null>(null);
  const error = shallowRef<PuertoError | null>(null);
  const loading = ref(false);
  let followers = 0;
  let stopFollowing: (() => void) | undefined;

  async function refresh(): Promise<void> {
    loading.value = true;
    const result = await client.invoke('getSystemInfo', {});
    loading.value = false;
    if (result.ok) {
      info.value = result.value;
      error.value = null;
    } else {
      error.value = result.error;
    }
  }

  function startFollowing(): () => void {
    const timer = setInterval(() => {
      if (client.status.value === 'open') void refresh();
    }, MACHINE_REFRESH_MS);
    const stopReloads = client.whenOpen(() => void refresh());
    return () => {
      clearInterval(timer);
      stopReloads();
    };
  }

  /** Several components may follow at once; the refreshing stops when the last one leaves. */
  function follow(): () => void {
    followers += 1;
    stopFollowing ??= startFollowing();
    let following = true;
    return () => {
      if (!following) return;
      following = false;
      followers -= 1;
      if (followers > 0) return;
      stopFollowing?.();
      stopFollowing = undefined;
    };
  }

  return { info, error, loading, refresh, follow };
});
