/**
 * The `electron` module every test gets: vitest aliases `electron` to this file, because the
 * real package needs a binary this machine cannot download. Each fake keeps the shape the shell
 * uses and records what was asked of it, so tests assert on observed calls. Call
 * `resetElectronDouble()` in `beforeEach`: the fakes are singletons, like Electron's modules.
 *
 * Tests import their helpers from this file directly (its types); code under test imports
 * `electron` and gets the same module instance through the alias. The fakes live, by area, in
 * `./electronFakes/`.
 */
import { app } from './electronFakes/app';
import { contextBridge, ipcMain, ipcRenderer } from './electronFakes/ipc';
import { dialog, Menu, net, screen, shell } from './electronFakes/desktop';
import { protocol, session } from './electronFakes/session';
import { BrowserWindow, FakeBrowserWindow } from './electronFakes/windows';

export { app, createFakeEvent, type FakeEvent } from './electronFakes/app';
export { contextBridge, createInvokeEvent, ipcMain, ipcRenderer } from './electronFakes/ipc';
export { dialog, Menu, net, screen, shell, type ShownDialog } from './electronFakes/desktop';
export { protocol, session } from './electronFakes/session';
export {
  BrowserWindow,
  FakeBrowserWindow,
  FakeWebContents,
  type Rectangle,
  type SentMessage,
} from './electronFakes/windows';

/** A clean slate: no listeners, handlers, windows, exposures or recorded calls. */
export function resetElectronDouble(): void {
  app.reset();
  ipcMain.reset();
  protocol.reset();
  session.defaultSession.reset();
  contextBridge.reset();
  ipcRenderer.reset();
  shell.reset();
  Menu.reset();
  dialog.reset();
  net.reset();
  screen.reset();
  FakeBrowserWindow.instances.length = 0;
}

export default {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  session,
  contextBridge,
  ipcRenderer,
  shell,
  Menu,
  dialog,
  net,
  screen,
};
