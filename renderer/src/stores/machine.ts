import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { PuertoError, SystemInfo } from '../../../shared/contract';
import { choosePartnerAddress } from '../../../shared/network/addressScope';
import type { PartnerAddress } from '../../../shared/network/addressScope';
import { usePuertoClient } from '../client/puertoClient';
import { createFollowing } from './followers';

/**
 * The engine sends `batch.system` the moment this machine's addresses change, so the panel
 * follows a new Wi-Fi or cable at once. This slow poll stays only as a safety net: it costs one
 * small command every half minute and still catches a change if a host ever fails to watch its
 * interfaces (a batch is never lost otherwise: the link reopening reloads everything).
 */
export const MACHINE_REFRESH_MS = 30_000;

/** The address to give a partner changed after the first load (the panel says so once). */
export interface NetworkChange {
  id: number;
  /** What to give a partner now; undefined when the machine reports no address at all. */
  partner: PartnerAddress | undefined;
  previous: string | undefined;
}

const partnerOf = (info: SystemInfo | null) =>
  info === null ? undefined : choosePartnerAddress(info.addresses);

/**
 * "This machine": its name and addresses, read from the engine (the browser cannot see them),
 * pushed by the engine when they change and read again whenever the link to the engine opens.
 * A failure is kept here, not sent to the error banner: a background read must not flood the
 * page.
 */
export const useMachineStore = defineStore('machine', () => {
  const client = usePuertoClient();

  const info = shallowRef<SystemInfo | null>(null);
  const error = shallowRef<PuertoError | null>(null);
  const loading = ref(false);
  const change = shallowRef<NetworkChange | null>(null);
  /** Bumped by every applied reading, so a slow refresh cannot undo a newer pushed one. */
  let version = 0;
  let nextChangeId = 1;

  function applySystem(next: SystemInfo): void {
    version += 1;
    const firstReading = info.value === null;
    const before = partnerOf(info.value)?.address.address;
    const partner = partnerOf(next);
    info.value = next;
    error.value = null;
    if (firstReading || partner?.address.address === before) return;
    change.value = { id: nextChangeId++, partner, previous: before };
  }

  function dismissChange(): void {
    change.value = null;
  }

  async function refresh(): Promise<void> {
    const versionBefore = version;
    loading.value = true;
    const result = await client.invoke('getSystemInfo', {});
    loading.value = false;
    if (!result.ok) error.value = result.error;
    else if (version === versionBefore) applySystem(result.value);
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
  const follow = createFollowing(startFollowing);

  /** Takes the addresses the engine pushes with a batch when they change. */
  function connect(): () => void {
    return client.onBatch((batch) => {
      if (batch.system !== undefined) applySystem(batch.system);
    });
  }

  return { info, error, loading, change, refresh, applySystem, dismissChange, follow, connect };
});
