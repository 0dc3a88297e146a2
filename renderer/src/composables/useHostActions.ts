/**
 * Carries out what the desktop shell asks of the page (its menu, a lab file it opened), since
 * the page owns the state involved: the capture, the settings (saved with the workspace, which
 * is how the shell learns them back), the lecture dialog and the workspace shown. Browser mode
 * has no shell, so there is nothing to listen to there.
 */
import { onUnmounted } from 'vue';
import { createDiscreteApi, darkTheme } from 'naive-ui';
import type { MessageApi } from 'naive-ui';
import { useI18n } from 'vue-i18n';
import type { HostAction, PuertoApi } from '../../../shared/contract';
import { exportCapture, type CaptureNotice } from '../capture/captureTransfer';
import { usePuertoClient } from '../client/puertoClient';
import { useConceptsDialog } from '../components/help/conceptsDialog';
import { useCaptureStore } from '../stores/capture';
import { useNotificationsStore } from '../stores/notifications';
import { useSettingsStore } from '../stores/settings';
import { useWorkspaceStore } from '../stores/workspace';
import { findPreloadApi } from '../transport/preloadTransport';

export type HostActionSource = Pick<PuertoApi, 'onHostAction'>;

export function useHostActions(
  source: HostActionSource | undefined = findPreloadApi(globalThis.window),
): void {
  const { t } = useI18n();
  const client = usePuertoClient();
  const capture = useCaptureStore();
  const settings = useSettingsStore();
  const workspace = useWorkspaceStore();
  const notifications = useNotificationsStore();
  const concepts = useConceptsDialog();

  // The header shows the notices of its own capture menu; one from the app menu needs a
  // place of its own, made only when first needed.
  let discrete: { message: MessageApi; unmount(): void } | undefined;
  function tell(notice: CaptureNotice): void {
    discrete ??= createDiscreteApi(['message'], {
      configProviderProps: { theme: settings.theme === 'dark' ? darkTheme : null },
    });
    const text = t(notice.key, notice.params);
    discrete.message.create(text, { type: notice.type, duration: 8_000, closable: true });
  }

  /**
   * The host replaced the workspace's servers and snippets (a lab file): they are taken as
   * they are now, not merged with the old ones as a first load would merge early additions.
   */
  async function reloadWorkspace(): Promise<void> {
    const result = await client.invoke('loadWorkspace', {});
    if (!result.ok) {
      notifications.notifyError(result.error);
      return;
    }
    const saved = result.value.workspace;
    workspace.servers = saved.servers;
    workspace.recentTargets = saved.recentTargets;
    workspace.snippets = saved.snippets;
    await workspace.load();
  }

  function apply(action: HostAction): void {
    switch (action.type) {
      case 'exportCapture':
        tell(exportCapture(capture.events, action.format));
        return;
      case 'setLocale':
        settings.locale = action.locale;
        return;
      case 'setTheme':
        settings.themeChoice = action.theme;
        return;
      case 'setProjector':
        settings.projector = action.projector;
        return;
      case 'showConcepts':
        concepts.show();
        return;
      case 'reloadWorkspace':
        void reloadWorkspace();
        return;
    }
  }

  const stop = source?.onHostAction?.(apply);
  onUnmounted(() => {
    stop?.();
    discrete?.unmount();
  });
}
