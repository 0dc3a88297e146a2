/**
 * The main process learns the student's settings (language, theme, projector) the way they
 * travel: inside the workspace the page saves. Wrapping the workspace handlers lets the menu
 * and the dialogs follow a change made anywhere, with no channel of their own.
 */
import type { WorkspaceCommandHandlers } from '../../shared/contract/api';
import type { WorkspaceSettings } from '../../shared/contract/workspace';

export function noticeSettings(
  handlers: WorkspaceCommandHandlers,
  onSettings: (settings: WorkspaceSettings) => void,
): WorkspaceCommandHandlers {
  return {
    ...handlers,
    saveWorkspace: async (request) => {
      const saved = await handlers.saveWorkspace(request);
      // Only once it is saved: a refused save changed nothing the next start would see.
      onSettings(request.workspace.settings);
      return saved;
    },
  };
}
