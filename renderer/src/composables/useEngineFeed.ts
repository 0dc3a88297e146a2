import { onMounted, onUnmounted } from 'vue';
import { useCaptureStore } from '../stores/capture';
import { useEngineStore } from '../stores/engine';
import { useMachineStore } from '../stores/machine';
import { useWorkspaceStore } from '../stores/workspace';

/**
 * While the calling component lives, the stores follow the host: the engine's batches and
 * reloads (with this machine's addresses when they change), and the workspace loaded once and
 * saved on every change.
 */
export function useEngineFeed(): void {
  const engine = useEngineStore();
  const capture = useCaptureStore();
  const workspace = useWorkspaceStore();
  const machine = useMachineStore();
  let disconnects: Array<() => void> = [];

  onMounted(() => {
    disconnects = [engine.connect(), capture.connect(), workspace.connect(), machine.connect()];
  });
  onUnmounted(() => {
    for (const disconnect of disconnects) disconnect();
    disconnects = [];
  });
}
