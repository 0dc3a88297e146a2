import { onMounted, onUnmounted } from 'vue';
import { useCaptureStore } from '../stores/capture';
import { useEngineStore } from '../stores/engine';

/** While the calling component lives, the stores follow the engine's batches and reloads. */
export function useEngineFeed(): void {
  const engine = useEngineStore();
  const capture = useCaptureStore();
  let disconnects: Array<() => void> = [];

  onMounted(() => {
    disconnects = [engine.connect(), capture.connect()];
  });
  onUnmounted(() => {
    for (const disconnect of disconnects) disconnect();
    disconnects = [];
  });
}
