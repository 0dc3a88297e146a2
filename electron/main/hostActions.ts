/** The main → page channel for what the shell's menu asks of the page (see `HostAction`). */
import { IPC_CHANNELS, type HostAction } from '../../shared/contract/api';

export interface HostActionTarget {
  send(channel: string, action: HostAction): void;
  isDestroyed(): boolean;
}

/** Dropped when the page is gone: there is nothing left to act on. */
export function sendHostAction(target: HostActionTarget | undefined, action: HostAction): void {
  if (target !== undefined && !target.isDestroyed()) target.send(IPC_CHANNELS.hostAction, action);
}
