/** The `app` fake, and the preventable `Event` every fake emits. */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** An Electron `Event` carrying `properties`, whose `preventDefault` is observable. */
export function createFakeEvent<T extends object>(properties: T = {} as T): T & FakeEvent {
  const event = {
    ...properties,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  singleInstanceLock = true;
  locale = 'en-US';
  quitCount = 0;
  exitCode: number | undefined;
  /** True once a `quit()` was not prevented by a `before-quit` listener. */
  quitted = false;
  sandboxEnabled = false;

  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  appUserModelId: string | undefined;
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  isReady(): boolean {
    return true;
  }
  /** Like Electron: `before-quit` may call `preventDefault()` to stop the quit. */
  quit(): void {
    this.quitCount += 1;
    const event = createFakeEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.quitted = true;
    this.emit('will-quit', createFakeEvent());
    this.emit('quit', createFakeEvent(), 0);
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }
  getPath(name: string): string {
    return join(tmpdir(), 'puerto-electron-double', name);
  }
  getLocale(): string {
    return this.locale;
  }
  getPreferredSystemLanguages(): string[] {
    return [this.locale];
  }
  getName(): string {
    return 'Puerto';
  }
  getVersion(): string {
    return '0.1.0';
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.singleInstanceLock = true;
    this.locale = 'en-US';
    this.quitCount = 0;
    this.exitCode = undefined;
    this.quitted = false;
    this.sandboxEnabled = false;
    this.appUserModelId = undefined;
  }
}

export const app = new FakeApp();
