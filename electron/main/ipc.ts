/**
 * The one IPC channel into the engine, and the one out of it. Every call is checked against the
 * frame that sent it (Electron security guide, "Validate the sender of all IPC messages"):
 * only the renderer's own origin may reach the dispatcher.
 */
import type { EventBatch } from '../../shared/contract/events';
import { IPC_CHANNELS } from '../../shared/contract/api';
import { fail, type Result } from '../../shared/contract/errors';
import { hasOrigin } from './rendererOrigin';

export type Dispatch = (command: unknown, request: unknown) => Promise<Result<unknown>>;

/** The part of `WebFrameMain` the check reads; `null` when the frame has gone. */
export interface SenderFrame {
  url: string;
}

export type SenderCheck = (frame: SenderFrame | null | undefined) => boolean;

interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export interface InvokeRegistrar {
  handle(
    channel: string,
    listener: (event: InvokeEvent, command: unknown, request: unknown) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

export interface BatchTarget {
  send(channel: string, batch: EventBatch): void;
  isDestroyed(): boolean;
}

export type BatchSource = (listener: (batch: EventBatch) => void) => () => void;

export function createSenderCheck(trustedOrigin: string): SenderCheck {
  return (frame) => frame !== null && frame !== undefined && hasOrigin(frame.url, trustedOrigin);
}

/** Answers `invoke` calls; returns the function that removes the handler. */
export function registerIpc(options: {
  ipcMain: InvokeRegistrar;
  dispatch: Dispatch;
  isTrustedSender: SenderCheck;
}): () => void {
  const { ipcMain, dispatch, isTrustedSender } = options;
  ipcMain.handle(IPC_CHANNELS.invoke, async (event, command, request) => {
    if (!isTrustedSender(event.senderFrame)) {
      return fail('UNAUTHORIZED', 'IPC call from a frame outside the app origin was refused');
    }
    try {
      return await dispatch(command, request);
    } catch {
      // The dispatcher promises never to throw; if it ever does, a raw error must still not
      // reach the page.
      return fail('INTERNAL', 'The dispatcher failed unexpectedly', {});
    }
  });
  return () => ipcMain.removeHandler(IPC_CHANNELS.invoke);
}

/**
 * Pushes every engine batch to the window while it lives, by structured clone (bytes stay
 * `Uint8Array`, nothing to encode); returns the unsubscribe. Only the subscription's first
 * batch carries the whole state, and it may reach the window before its page listens (a page
 * also reloads without a new subscription): the page's `getState` when it starts covers both,
 * and the changes in later batches apply over it (renderer/src/stores/engine.ts).
 */
export function forwardBatches(onBatch: BatchSource, target: BatchTarget): () => void {
  return onBatch((batch) => {
    if (!target.isDestroyed()) target.send(IPC_CHANNELS.batch, batch);
  });
}
