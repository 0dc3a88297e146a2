/** The host commands (`loadWorkspace`, `saveWorkspace`) over a workspace file, or over memory. */
import type { WorkspaceCommandHandlers } from '../../shared/contract/api';
import type { Workspace } from '../../shared/contract/workspace';
import { emptyWorkspace } from '../../shared/contract/workspace';
import type { WorkspaceFile } from './workspaceFile';

export function workspaceFileHandlers(file: WorkspaceFile): WorkspaceCommandHandlers {
  return {
    loadWorkspace: () => file.load(),
    saveWorkspace: ({ workspace }) => file.save(workspace),
  };
}

/**
 * For a host with no data folder (a test, an embedded server): the workspace lasts as long as
 * the process, so a reloaded page still finds what it had.
 */
export function memoryWorkspaceHandlers(
  initial: Workspace = emptyWorkspace(),
): WorkspaceCommandHandlers {
  let current = initial;
  return {
    loadWorkspace: async () => ({ workspace: current }),
    saveWorkspace: async ({ workspace }) => {
      current = workspace;
      return { savedAt: Date.now() };
    },
  };
}
