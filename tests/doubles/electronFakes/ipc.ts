/** Both ends of IPC (`ipcMain`, `ipcRenderer`) and the preload's `contextBridge`. */
import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent } from 'electron';
import { createFakeEvent } from './app';
import { FakeWebContents, type SentMessage } from './windows';

/** A fake `IpcMainInvokeEvent` from a frame at `senderUrl` (`null`: the frame is gone). */
export function createInvokeEvent(
  senderUrl: string | null,
  sender: FakeWebContents = new FakeWebContents(),
): IpcMainInvokeEvent {
  const senderFrame = senderUrl === null ? null : { url: senderUrl, parent: null };
  return {
    ...createFakeEvent(),
    senderFrame,
    sender,
    frameId: 1,
    processId: 1,
  } as unknown as IpcMainInvokeEvent;
}

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();

  /** Like Electron, a second handler on one channel is an error. */
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown,
  ): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What `ipcRenderer.invoke` would do from the page: run the handler with `event`. */
  async invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
  reset(): void {
    this.removeAllListeners();
    this.handlers.clear();
  }
}

export const ipcMain = new FakeIpcMain();

class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();

  /** Like Electron, exposing twice under one key is an error. */
  exposeInMainWorld(apiKey: string, api: unknown): void {
    if (this.exposed.has(apiKey)) {
      throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    }
    this.exposed.set(apiKey, api);
  }
  reset(): void {
    this.exposed.clear();
  }
}

export const contextBridge = new FakeContextBridge();

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: SentMessage[] = [];
  readonly sentMessages: SentMessage[] = [];
  /** What the main process answers to `invoke`; tests replace it. */
  respond: (channel: string, ...args: unknown[]) => unknown = () => undefined;

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.respond(channel, ...args);
  }
  send(channel: string, ...args: unknown[]): void {
    this.sentMessages.push({ channel, args });
  }
  /** A message from the main process: listeners get the IPC event first, as in Electron. */
  deliver(channel: string, ...args: unknown[]): void {
    const event = { sender: this, senderId: 0, ports: [] };
    this.emit(channel, event, ...args);
  }
  reset(): void {
    this.removeAllListeners();
    this.invocations.length = 0;
    this.sentMessages.length = 0;
    this.respond = () => undefined;
  }
}

export const ipcRenderer = new FakeIpcRenderer();
