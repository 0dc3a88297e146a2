/**
 * The Electron main process: one engine, one window, one IPC channel into the engine, plus the
 * desktop shell around them (menu, lab files, remembered window, closing with servers running).
 * Everything with a decision in it lives in the modules imported here, where tests can reach it.
 */
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
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
import { captureSettingsFromEnv } from '../engine';
import { createLabEngine, serviceHandlers } from '../services';
import type { ServiceContext } from '../services';
import { openHostWorkspace, resolveDataDirectory } from '../workspace';
import type { HostAction } from '../../shared/contract/api';
import { aboutFactsOf, aboutOptions } from './aboutDialog';
import { APP_ID } from './appIdentity';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { createApplicationMenu, menuStateFrom, systemLocaleOf } from './applicationMenu';
import { guardCloseWithRunningServers } from './closeGuard';
import { sendHostAction } from './hostActions';
import { createSenderCheck, forwardBatches, registerIpc } from './ipc';
import { labFileFromArgv } from './labFileArgs';
import { createLabFiles } from './labFiles';
import { closeEngineOnQuit } from './lifecycle';
import type { MenuState } from './menuTemplate';
import { resolveRendererLocation } from './rendererOrigin';
import { denyAllPermissions, guardAllWebContents } from './security';
import { noticeSettings } from './settingsWatch';
import { createMainWindow, DEFAULT_WINDOW_SIZE, preloadPathFor } from './window';
import { readWindowState, restoredPlacement, trackWindowState } from './windowState';

const mainDirectory = dirname(fileURLToPath(import.meta.url));
const renderer = resolveRendererLocation({
  isPackaged: app.isPackaged,
  developmentUrl: process.env.ELECTRON_RENDERER_URL,
});

// All three must happen before `ready`: schemes cannot be made privileged later, the sandbox
// must cover every renderer, and the guard must be in place before the first web contents.
registerAppScheme(protocol);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
guardAllWebContents(app, {
  trustedOrigin: renderer.origin,
  externalAllowList: [],
  openExternal: (url) => shell.openExternal(url),
});

/**
 * Lab files named before the window can take them (the first launch's argv, macOS `open-file`
 * during start-up) wait here; once the shell is up, `openLabFile` opens them at once.
 */
const waitingLabFiles: string[] = [];
let openLabFile = (path: string): void => void waitingLabFiles.push(path);
let focusWindow = (): void => {};

// A second copy would fight this one for the same ports; it hands over to the first instead,
// passing on the lab file it was asked to open (a double-click while Puerto runs).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const fromArgv = labFileFromArgv(process.argv);
  if (fromArgv !== undefined) openLabFile(fromArgv);
  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    focusWindow();
    const path = labFileFromArgv(argv, workingDirectory);
    if (path !== undefined) openLabFile(path);
  });
  // macOS opens documents (a double-click, a drop on the dock icon) by event, not by argv.
  app.on('open-file', (event: { preventDefault(): void }, path: string) => {
    event.preventDefault();
    openLabFile(path);
  });
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

  const services: ServiceContext = {};
  const engine = createLabEngine(captureSettingsFromEnv(process.env), services);
  const dataDirectory = resolveDataDirectory({
    env: process.env,
    applicationDirectory: app.getPath('userData'),
  });
  // The servers marked "start when Puerto starts" are listening before the window opens.
  const workspaceReady = openHostWorkspace(engine, { directory: dataDirectory });
  // Off until the student turns it on; a wrong PUERTO_DISCOVERY_* setting is explained then.
  const discovery = discoverySettingsFrom(process.env);
  const classroom = createClassroom({
    ...(discovery.ok ? discovery.settings : { unavailable: discovery.error }),
    listServers: announcedServersOf(engine),
  });
  // Set once the window exists; a quit before then has no window state to keep.
  let flushWindowState = async (): Promise<void> => {};
  // Once quitting, the engine is closing anyway: the close guard must not hold the window.
  let quitting = false;
  app.on('before-quit', () => (quitting = true));
  closeEngineOnQuit({
    app,
    // The student's last change reaches the disk before the process goes.
    closeEngine: async () => {
      await classroom.close();
      await (await workspaceReady).file.settled();
      await flushWindowState();
      await engine.close();
    },
  });
  const [workspace, savedWindowState] = await Promise.all([
    workspaceReady,
    readWindowState(dataDirectory),
  ]);

  const window: BrowserWindow = createMainWindow({
    preloadPath: preloadPathFor(mainDirectory),
    url: renderer.url,
    placement: restoredPlacement(savedWindowState, screen.getAllDisplays(), DEFAULT_WINDOW_SIZE),
  });
  flushWindowState = trackWindowState(window, { directory: dataDirectory }).flush;
  const toPage = (action: HostAction): void =>
    sendHostAction(window.isDestroyed() ? undefined : window.webContents, action);

  const systemLocale = systemLocaleOf(app.getPreferredSystemLanguages(), app.getLocale());
  const labFiles = createLabFiles({
    workspace: workspace.file,
    dialog,
    window: () => window,
    locale: () => menu.state().locale,
    onWorkspaceReplaced: () => toPage({ type: 'reloadWorkspace' }),
  });
  // A menu choice shows at once; the page then saves it, and the save confirms it.
  const choose = (change: Partial<MenuState>, action: HostAction): void => {
    menu.update({ ...menu.state(), ...change });
    toPage(action);
  };
  const menu = createApplicationMenu({
    menu: Menu,
    initial: menuStateFrom(workspace.loaded.workspace.settings, systemLocale),
    actions: {
      openLabFile: () => void labFiles.openChosen(),
      saveLabFile: () => void labFiles.saveChosen(),
      exportCapture: () => toPage({ type: 'exportCapture', format: 'jsonl' }),
      quit: () => (window.isDestroyed() ? app.quit() : window.close()),
      setLocale: (locale) => choose({ locale }, { type: 'setLocale', locale }),
      setTheme: (theme) => choose({ theme }, { type: 'setTheme', theme }),
      setProjector: (projector) => choose({ projector }, { type: 'setProjector', projector }),
      showAbout: () =>
        void dialog.showMessageBox(
          window,
          aboutOptions(menu.state().locale, aboutFactsOf(app.getVersion(), process.versions)),
        ),
      showConcepts: () => toPage({ type: 'showConcepts' }),
    },
  });
  const workspaceHandlers = noticeSettings(workspace.handlers, (settings) =>
    menu.update(menuStateFrom(settings, systemLocale)),
  );

  registerIpc({
    ipcMain,
    dispatch: createDispatcher(engine, {
      ...workspaceHandlers,
      ...serviceHandlers(services),
      ...classroomHandlers(classroom, { defaultNickname: workspaceNickname(workspaceHandlers) }),
    }),
    isTrustedSender: createSenderCheck(renderer.origin),
  });

  const stopForwarding = forwardBatches((listener) => engine.onBatch(listener), window.webContents);
  window.on('closed', stopForwarding);
  guardCloseWithRunningServers({
    window,
    getState: () => engine.getState({}),
    ask: (question) => dialog.showMessageBox(window, question),
    stopServers: async (servers) => {
      await Promise.allSettled(
        servers.map((server) => engine.stopServer({ serverId: server.id, closeConnections: true })),
      );
    },
    locale: () => menu.state().locale,
    quitting: () => quitting,
  });

  focusWindow = () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  };
  // The page must be listening before it is told to reload, so lab files wait for its load.
  const openWhenLoaded = (path: string): void => {
    if (window.webContents.isLoading()) {
      window.webContents.once('did-finish-load', () => void labFiles.open(path));
    } else {
      void labFiles.open(path);
    }
  };
  openLabFile = (path) => {
    focusWindow();
    openWhenLoaded(path);
  };
  for (const path of waitingLabFiles.splice(0)) openLabFile(path);
}
