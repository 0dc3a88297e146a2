/**
 * The one application window, with every webPreference the security guide asks for spelled
 * out even where it is Electron's default, so a future default change cannot loosen it.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';

/** The preload is bundled next to the main bundle: `out/main/../preload/index.cjs`. */
export function preloadPathFor(mainDirectory: string): string {
  return join(mainDirectory, '..', 'preload', 'index.cjs');
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    // Shown on ready-to-show so students never see an empty white frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

export function createMainWindow(options: { preloadPath: string; url: string }): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.url).catch((error: unknown) => {
    console.error(`Puerto could not load ${options.url}:`, error);
  });
  return window;
}
