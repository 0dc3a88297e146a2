import { onMounted, onUnmounted } from 'vue';
import { useMachineStore } from '../../stores/machine';

/** The machine store, kept fresh while the calling component is on the page. */
export function useFollowMachine() {
  const machine = useMachineStore();
  let stop: (() => void) | undefined;
  onMounted(() => {
    stop = machine.follow();
  });
  onUnmounted(() => stop?.());
  return machine;
}
