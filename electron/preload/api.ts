/**
 * The page's whole view of the main process: three functions over three fixed channels. The IPC
 * event object never reaches the page (it holds `sender`, a route back into Electron), and no
 * channel name comes from the page.
 *
 * Only `shared/contract/api` is imported, and from it only constants and types: this file is
 * bundled into a sandboxed preload, which must stay small and free of zod.
 */
import type { IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, isHostAction, type PuertoApi } from '../../shared/contract/api';
import type { CommandName, RequestInput, Response } from '../../shared/contract/commands';
import type { Result } from '../../shared/contract/errors';
import type { EventBatch } from '../../shared/contract/events';

/** The part of `ipcRenderer` the API uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  removeListener(
    channel: string,
    listener: (event: IpcRendererEvent, ...args: unknown[]) => void,
  ): unknown;
}

export function createPuertoApi(ipc: RendererIpc): PuertoApi {
  return {
    invoke<C extends CommandName>(command: C, request: RequestInput<C>) {
      return ipc.invoke(IPC_CHANNELS.invoke, command, request) as Promise<Result<Response<C>>>;
    },
    onBatch(listener) {
      const forward = (_event: IpcRendererEvent, batch: unknown): void => {
        listener(batch as EventBatch);
      };
      ipc.on(IPC_CHANNELS.batch, forward);
      return () => {
        ipc.removeListener(IPC_CHANNELS.batch, forward);
      };
    },
    onHostAction(listener) {
      // Only actions the page understands get through, however the message was formed.
      const forward = (_event: IpcRendererEvent, action: unknown): void => {
        if (isHostAction(action)) listener(action);
      };
      ipc.on(IPC_CHANNELS.hostAction, forward);
      return () => {
        ipc.removeListener(IPC_CHANNELS.hostAction, forward);
      };
    },
  };
}
