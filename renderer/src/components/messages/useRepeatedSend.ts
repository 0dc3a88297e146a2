/**
 * Runs one repeated send at a time for the composer and reports its progress. The loop stops
 * when asked, when the engine refuses a send, or as soon as the conversation can no longer
 * send (closed, or this side sent FIN) — even in the middle of a long wait.
 */
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { sendRepeatedly } from '../../composer/repeat';
import type { RepeatResult } from '../../composer/repeat';
import { useEngineStore } from '../../stores/engine';
import { blockedReason } from './useConversationTarget';

export interface RepeatRequest {
  connectionId: string;
  payload: Uint8Array<ArrayBuffer>;
  count: number;
  intervalMs: number;
}

export function useRepeatedSend() {
  const engine = useEngineStore();
  const running = ref(false);
  const sent = ref(0);
  const total = ref(0);
  const result = shallowRef<RepeatResult | undefined>();
  const connectionId = ref<string | null>(null);
  let controller: AbortController | undefined;

  const target = computed(() => engine.connections.find((item) => item.id === connectionId.value));
  const canContinue = () => blockedReason(target.value) === undefined;

  watch(target, () => {
    if (running.value && !canContinue()) controller?.abort();
  });

  async function start(request: RepeatRequest): Promise<RepeatResult> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    connectionId.value = request.connectionId;
    running.value = true;
    sent.value = 0;
    total.value = request.count;
    result.value = undefined;
    const outcome = await sendRepeatedly({
      count: request.count,
      intervalMs: request.intervalMs,
      sendOnce: async () =>
        (await engine.send(request.connectionId, request.payload)) !== undefined,
      canContinue,
      isFlowing: () => target.value?.flow !== 'paused',
      onProgress: (count) => {
        if (controller === own) sent.value = count;
      },
      signal: own.signal,
    });
    if (controller === own) {
      running.value = false;
      result.value = outcome;
    }
    return outcome;
  }

  function stop(): void {
    controller?.abort();
  }

  onScopeDispose(stop);

  return { running, sent, total, result, start, stop };
}
