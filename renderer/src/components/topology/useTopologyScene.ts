import { computed, onUnmounted, ref, shallowRef, watch } from 'vue';
import { useCaptureStore } from '../../stores/capture';
import { useEngineStore } from '../../stores/engine';
import type { Closings } from '../../topology/closings';
import { nextFadeEnd, trackClosings } from '../../topology/closings';
import { layoutTopology } from '../../topology/layout';
import type { EngineView } from '../../topology/types';
import type { Pulse } from '../../topology/pulses';
import { PULSE_DURATION_MS, PulseTracker, eventsAfter, pulseRequests } from '../../topology/pulses';

/** A little after the deadline, so the redraw never lands just before it. */
const TIMER_SLACK_MS = 30;

/**
 * The diagram's data: the layout, recomputed when the engine state changes (once per batch at
 * most) or when a fading item is due to disappear; and the data pulses, derived once per batch
 * from the capture's new events.
 */
export function useTopologyScene() {
  const engine = useEngineStore();
  const capture = useCaptureStore();

  const now = ref(Date.now());
  const closings = shallowRef<Closings>(new Map());
  const pulses = shallowRef<readonly Pulse[]>([]);
  const tracker = new PulseTracker();
  let fadeTimer: ReturnType<typeof setTimeout> | undefined;
  let pulseTimer: ReturnType<typeof setTimeout> | undefined;

  const engineState = computed<EngineView>(() => ({
    servers: engine.servers,
    clients: engine.clients,
    connections: engine.connections,
  }));

  function scheduleFadeEnd(): void {
    clearTimeout(fadeTimer);
    const end = nextFadeEnd(closings.value, now.value);
    if (end === undefined) return;
    fadeTimer = setTimeout(
      () => {
        now.value = Date.now();
        scheduleFadeEnd();
      },
      end - now.value + TIMER_SLACK_MS,
    );
  }

  watch(
    engineState,
    (state) => {
      now.value = Date.now();
      closings.value = trackClosings(closings.value, state, now.value);
      scheduleFadeEnd();
    },
    { immediate: true },
  );

  const layout = computed(() =>
    layoutTopology(engineState.value, { now: now.value, closings: closings.value }),
  );

  function updatePulses(requests: Parameters<PulseTracker['update']>[0]): void {
    pulses.value = tracker.update(requests, Date.now());
    clearTimeout(pulseTimer);
    if (pulses.value.length > 0) {
      pulseTimer = setTimeout(() => updatePulses([]), PULSE_DURATION_MS + TIMER_SLACK_MS);
    }
  }

  // Events already held when the diagram appears are history, not traffic to animate.
  let lastSeq = capture.events.at(-1)?.seq ?? 0;
  watch(
    () => capture.events,
    (events) => {
      // An imported capture file is history from another time: nothing on the lines moved.
      if (capture.imported !== null) return;
      const newest = events.at(-1)?.seq ?? 0;
      const fresh = newest < lastSeq ? [] : eventsAfter(events, lastSeq);
      // A cleared capture or a restarted engine starts its numbering again.
      lastSeq = newest;
      if (fresh.length > 0) updatePulses(pulseRequests(fresh, layout.value.routes));
    },
  );

  onUnmounted(() => {
    clearTimeout(fadeTimer);
    clearTimeout(pulseTimer);
  });

  return { layout, pulses };
}
