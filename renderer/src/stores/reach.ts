import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { Protocol, ProbeResult, PuertoError } from '../../../shared/contract';
import { usePuertoClient } from '../client/puertoClient';

export interface ProbeTarget {
  protocol: Protocol;
  host: string;
  port: number;
}

/** A probe in flight, its answer, or why it could not run (refused by the boundary…). */
export type ProbeState =
  | { status: 'probing'; target: ProbeTarget }
  | { status: 'done'; target: ProbeTarget; result: ProbeResult }
  | { status: 'failed'; target: ProbeTarget; error: PuertoError };

/** Host names are case-insensitive (RFC 4343), so `Lab-PC` and `lab-pc` share one result. */
export function probeKey(target: ProbeTarget): string {
  return `${target.protocol} ${target.host.trim().toLowerCase()} ${target.port}`;
}

/**
 * "Can I reach that server?": one probe per target, its latest outcome kept so every place
 * showing that target (a classmate's server, the client form) shows the same answer. A probe
 * opens no client and reaches no banner: its outcome is shown where it was asked for.
 */
export const useReachStore = defineStore('reach', () => {
  const client = usePuertoClient();

  const probes = shallowRef<ReadonlyMap<string, ProbeState>>(new Map());
  /** The latest probe of each target wins, even if an older one answers after it. */
  const latest = new Map<string, number>();
  let nextProbe = 1;

  function put(key: string, state: ProbeState): void {
    const next = new Map(probes.value);
    next.set(key, state);
    probes.value = next;
  }

  async function probe(target: ProbeTarget, timeoutMs?: number): Promise<ProbeState> {
    const key = probeKey(target);
    const number = nextProbe++;
    latest.set(key, number);
    put(key, { status: 'probing', target });
    const answer = await client.invoke('probeServer', {
      ...target,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    const state: ProbeState = answer.ok
      ? { status: 'done', target, result: answer.value }
      : { status: 'failed', target, error: answer.error };
    if (latest.get(key) === number) put(key, state);
    return state;
  }

  function stateOf(target: ProbeTarget): ProbeState | undefined {
    return probes.value.get(probeKey(target));
  }

  function forget(target: ProbeTarget): void {
    const key = probeKey(target);
    latest.delete(key);
    const next = new Map(probes.value);
    next.delete(key);
    probes.value = next;
  }

  return { probes, probe, stateOf, forget };
});
