/** The host's workspace: where it lives, how it is written, and what starts with Puerto. */
export { DATA_DIRECTORY_VARIABLE, resolveDataDirectory } from './dataDirectory';
export type { DataDirectoryOptions } from './dataDirectory';
export { removeStaleTemporaryFiles, writeFileAtomic } from './atomicWrite';
export type { AtomicWriteHooks } from './atomicWrite';
export { createWorkspaceFile } from './workspaceFile';
export type { WorkspaceFile, WorkspaceFileOptions } from './workspaceFile';
export { memoryWorkspaceHandlers, workspaceFileHandlers } from './workspaceHandlers';
export { autostartServers } from './autostart';
export type { AutostartOutcome, Dispatch } from './autostart';
export { openHostWorkspace } from './hostWorkspace';
export type { HostWorkspace } from './hostWorkspace';
