import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMainWindow, preloadPathFor } from '../../electron/main/window';
import { FakeBrowserWindow, resetElectronDouble } from '../doubles/electron';

const APP_URL = 'app://puerto/index.html';

function openWindow(): FakeBrowserWindow {
  createMainWindow({
    preloadPath: preloadPathFor(join('/opt', 'puerto', 'out', 'main')),
    url: APP_URL,
  });
  const [window] = FakeBrowserWindow.instances;
  if (window === undefined) throw new Error('createMainWindow created no window');
  return window;
}

describe('createMainWindow', () => {
  beforeEach(() => resetElectronDouble());

  it('isolates the page: context isolation, sandbox, no Node, web security on', () => {
    const preferences = openWindow().options.webPreferences ?? {};

    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.webviewTag).toBe(false);
  });

  it('uses the bundled CJS preload next to the main bundle', () => {
    const preload = openWindow().options.webPreferences?.preload ?? '';

    expect(preload).toMatch(/index\.cjs$/);
    expect(preload).toBe(join('/opt', 'puerto', 'out', 'preload', 'index.cjs'));
  });

  it('loads the renderer URL and stays hidden until the first paint is ready', () => {
    const window = openWindow();

    expect(window.loadedUrl).toBe(APP_URL);
    expect(window.loadedFile).toBeUndefined();
    expect(window.isVisible()).toBe(false);
    window.simulateReadyToShow();
    expect(window.isVisible()).toBe(true);
  });
});
