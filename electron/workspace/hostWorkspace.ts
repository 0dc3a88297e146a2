/**
 * What every host (Electron main, `puerto web`, `puerto start`) does with the workspace before
 * it shows anything: read the file, start the servers marked "start when Puerto starts", and
 * hand the boundary the handlers that load and save it from then on.
 */
import type { CommandHandlers, WorkspaceCommandHandlers } from '../../shared/contract/api';
import type { LoadedWorkspace } from '../../shared/contract/commands';
import { createDispatcher } from '../boundary';
import type { AutostartOutcome } from './autostart';
import { autostartServers } from './autostart';
import type { WorkspaceFile, WorkspaceFileOptions } from './workspaceFile';
import { createWorkspaceFile } from './workspaceFile';
import { workspaceFileHandlers } from './workspaceHandlers';

export interface HostWorkspace {
  file: WorkspaceFile;
  handlers: WorkspaceCommandHandlers;
  loaded: LoadedWorkspace;
  autostarted: AutostartOutcome[];
}

export async function openHostWorkspace(
  engine: CommandHandlers,
  options: WorkspaceFileOptions,
): Promise<HostWorkspace> {
  const file = createWorkspaceFile(options);
  const loaded = await file.load();
  const handlers = workspaceFileHandlers(file);
  const autostarted = await autostartServers(loaded.workspace, createDispatcher(engine, handlers));
  return { file, handlers, loaded, autostarted };
}
