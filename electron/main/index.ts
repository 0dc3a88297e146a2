/**
 * The Electron main process: one engine, one window, one IPC channel. Everything with a
 * decision in it lives in the modules imported here, where tests can reach it.
 */
import { app, ipcMain, Menu, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../boundary';
import {
  announcedServersOf,
  classroomHandlers,
  createClassroom,
  discoverySettingsFrom,
  workspaceNickname,
} from '../classroom';
import { createLabEngine, serviceHandlers } from '../services';
import type { ServiceContext } from '../services';
import { openHostWorkspace, resolveDataDirectory } from '../workspace';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { createSenderCheck, forwardBatches, registerIpc } from './ipc';
import { closeEngineOnQuit } from './lifecycle';
import { resolveRendererLocation } from './rendererOrigin';
import { denyAllPermissions, guardAllWebContents } from './security';
import { createMainWindow, preloadPathFor } from './window';

const mainDirectory = dirname(fileURLToPath(import.meta.url));
const renderer = resolveRendererLocation({
  isPackaged: app.isPackaged,
  developmentUrl: process.env.ELECTRON_RENDERER_URL,
});

// All three must happen before `ready`: schemes cannot be made privileged later, the sandbox
// must cover every renderer, and the guard must be in place before the first web contents.
registerAppScheme(protocol);
app.enableSandbox();
guardAllWebContents(app, {
  trustedOrigin: renderer.origin,
  externalAllowList: [],
  openExternal: (url) => shell.openExternal(url),
});

// A second copy would fight this one for the same ports; it hands over to the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Without a window there is nothing left to quit from, so the process must not linger.
      console.error('Puerto failed to start:', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  if (!renderer.development) serveAppProtocol(protocol, join(mainDirectory, '..', 'renderer'));
  // The default menu is English-only and offers reload and devtools; students need neither.
  if (process.platform !== 'darwin') Menu.setApplicationMenu(null);

  const services: ServiceContext = {};
  const engine = createLabEngine({}, services);
  // The servers marked "start when Puerto starts" are listening before the window opens.
  const workspaceReady = openHostWorkspace(engine, {
    directory: resolveDataDirectory({
      env: process.env,
      applicationDirectory: app.getPath('userData'),
    }),
  });
  // Off until the student turns it on; a wrong PUERTO_DISCOVERY_* setting is explained then.
  const discovery = discoverySettingsFrom(process.env);
  const classroom = createClassroom({
    ...(discovery.ok ? discovery.settings : { unavailable: discovery.error }),
    listServers: announcedServersOf(engine),
  });
  closeEngineOnQuit({
    app,
    // The student's last change reaches the disk before the process goes.
    closeEngine: async () => {
      await classroom.close();
      await (await workspaceReady).file.settled();
      await engine.close();
    },
  });
  const workspace = await workspaceReady;
  registerIpc({
    ipcMain,
    dispatch: createDispatcher(engine, {
      ...workspace.handlers,
      ...serviceHandlers(services),
      ...classroomHandlers(classroom, { defaultNickname: workspaceNickname(workspace.handlers) }),
    }),
    isTrustedSender: createSenderCheck(renderer.origin),
  });

  const window = createMainWindow({
    preloadPath: preloadPathFor(mainDirectory),
    url: renderer.url,
  });
  const stopForwarding = forwardBatches((listener) => engine.onBatch(listener), window.webContents);
  window.on('closed', stopForwarding);

  app.on('second-instance', () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
}
