/**
 * The one application window, with every webPreference the security guide asks for spelled
 * out even where it is Electron's default, so a future default change cannot loosen it.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';
import type { WindowPlacement } from './windowState';

/** The size of a first start, or of a window whose saved place is on no display now. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 };

/** The preload is bundled next to the main bundle: `out/main/../preload/index.cjs`. */
export function preloadPathFor(mainDirectory: string): string {
  return join(mainDirectory, '..', 'preload', 'index.cjs');
}

export function mainWindowOptions(
  preloadPath: string,
  placement: Omit<WindowPlacement, 'maximized'> = DEFAULT_WINDOW_SIZE,
): BrowserWindowConstructorOptions {
  const { x, y, width, height } = placement;
  return {
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    width,
    height,
    minWidth: 800,
    minHeight: 560,
    // Shown on ready-to-show so students never see an empty white frame.
    show: false,
    // The menu holds the lab files, the language and the lecture concepts: it stays in sight.
    autoHideMenuBar: false,
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

export function createMainWindow(options: {
  preloadPath: string;
  url: string;
  placement?: WindowPlacement;
}): BrowserWindow {
  const { placement } = options;
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, placement));
  window.once('ready-to-show', () => {
    // Maximized only now: maximizing a hidden window would show it before its first paint.
    if (placement?.maximized === true) window.maximize();
    window.show();
  });
  window.loadURL(options.url).catch((error: unknown) => {
    console.error(`Puerto could not load ${options.url}:`, error);
  });
  return window;
}
