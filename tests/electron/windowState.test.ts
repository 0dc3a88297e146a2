import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isVisibleOn,
  parseWindowState,
  readWindowState,
  restoredPlacement,
  trackWindowState,
  WINDOW_STATE_FILE_NAME,
  type Display,
} from '../../electron/main/windowState';
import { createMainWindow, DEFAULT_WINDOW_SIZE } from '../../electron/main/window';
import { FakeBrowserWindow, resetElectronDouble } from '../doubles/electron';

const laptop: Display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
/** A projector to the right of the laptop, unplugged after class. */
const projector: Display = { workArea: { x: 1920, y: 0, width: 1024, height: 768 } };

describe('restoredPlacement', () => {
  it('puts the window back where it was when that place is on a display', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: false };

    expect(restoredPlacement(saved, [laptop], DEFAULT_WINDOW_SIZE)).toEqual({
      x: 100,
      y: 80,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('centres the default size when the saved place is on a display that is gone', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 900, height: 600 }, maximized: true };

    expect(restoredPlacement(saved, [laptop, projector], DEFAULT_WINDOW_SIZE)).toMatchObject({
      x: 2000,
      maximized: true,
    });
    // Unplugged: no x or y, so Electron centres the window; maximized is still honoured.
    expect(restoredPlacement(saved, [laptop], DEFAULT_WINDOW_SIZE)).toEqual({
      ...DEFAULT_WINDOW_SIZE,
      maximized: true,
    });
  });

  it('uses the defaults on a first start', () => {
    expect(restoredPlacement(undefined, [laptop], DEFAULT_WINDOW_SIZE)).toEqual({
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
  });

  it('counts a window only when its title bar can still be grabbed', () => {
    expect(isVisibleOn({ x: 1850, y: 10, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isVisibleOn({ x: 1700, y: 10, width: 800, height: 600 }, [laptop])).toBe(true);
    // Above the top of the screen: the title bar is out of reach even if the rest shows.
    expect(isVisibleOn({ x: 100, y: -500, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isVisibleOn({ x: 100, y: 100, width: 800, height: 600 }, [])).toBe(false);
  });
});

describe('parseWindowState', () => {
  it('reads what the tracker writes', () => {
    const text = JSON.stringify({
      bounds: { x: -10, y: 0, width: 800, height: 600 },
      maximized: true,
    });
    expect(parseWindowState(text)).toEqual({
      bounds: { x: -10, y: 0, width: 800, height: 600 },
      maximized: true,
    });
  });

  it('ignores a damaged or strange file', () => {
    for (const text of [
      '',
      '{"bounds":',
      'null',
      '[]',
      '{"bounds":{"x":0,"y":0,"width":800},"maximized":false}',
      '{"bounds":{"x":0,"y":0,"width":0,"height":600},"maximized":false}',
      '{"bounds":{"x":0,"y":0,"width":800,"height":600.5},"maximized":false}',
      '{"bounds":{"x":0,"y":0,"width":800,"height":600},"maximized":"yes"}',
      '{"bounds":{"x":1e9,"y":0,"width":800,"height":600},"maximized":false}',
    ]) {
      expect(parseWindowState(text), text).toBeUndefined();
    }
  });
});

describe('trackWindowState', () => {
  let directory: string;

  beforeEach(async () => {
    resetElectronDouble();
    directory = await mkdtemp(join(tmpdir(), 'puerto-window-state-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  function openWindow(): FakeBrowserWindow {
    createMainWindow({ preloadPath: '/x/preload/index.cjs', url: 'app://puerto/index.html' });
    const window = FakeBrowserWindow.instances.at(-1);
    if (window === undefined) throw new Error('no window');
    return window;
  }

  const stateFile = () => join(directory, WINDOW_STATE_FILE_NAME);

  it('saves once after a burst of moves and resizes, with the last bounds', async () => {
    const window = openWindow();
    const tracker = trackWindowState(window, { directory, delayMs: 40 });

    window.setBounds({ x: 10, y: 20 });
    window.setBounds({ width: 900, height: 650 });
    window.setBounds({ x: 30 });
    await expect(readFile(stateFile(), 'utf8')).rejects.toThrow();

    await new Promise((resolve) => setTimeout(resolve, 120));
    await tracker.flush();
    expect(await readWindowState(directory)).toEqual({
      bounds: { x: 30, y: 20, width: 900, height: 650 },
      maximized: false,
    });
  });

  it('saves at once when the window closes, maximized state included', async () => {
    const window = openWindow();
    const tracker = trackWindowState(window, { directory, delayMs: 60_000 });

    window.setBounds({ x: 50, y: 60, width: 1000, height: 700 });
    window.maximize();
    window.close();
    await tracker.flush();

    expect(await readWindowState(directory)).toEqual({
      bounds: { x: 50, y: 60, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('does not record a minimized window’s place', async () => {
    const window = openWindow();
    const tracker = trackWindowState(window, { directory, delayMs: 60_000 });

    window.minimize();
    window.setBounds({ x: -32000, y: -32000 });
    window.close();
    await tracker.flush();

    expect(await readWindowState(directory)).toBeUndefined();
  });

  it('restores the saved place in a new window, maximized once it is ready to show', async () => {
    await writeFile(
      stateFile(),
      JSON.stringify({ bounds: { x: 40, y: 30, width: 1100, height: 720 }, maximized: true }),
    );
    const placement = restoredPlacement(
      await readWindowState(directory),
      [laptop],
      DEFAULT_WINDOW_SIZE,
    );
    createMainWindow({ preloadPath: '/x/preload/index.cjs', url: 'app://x/', placement });
    const window = FakeBrowserWindow.instances.at(-1) as FakeBrowserWindow;

    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1100, height: 720 });
    expect(window.isMaximized()).toBe(false);
    window.simulateReadyToShow();
    expect(window.isMaximized()).toBe(true);
    expect(window.isVisible()).toBe(true);
  });

  it('ignores a damaged file and starts with the defaults', async () => {
    await writeFile(stateFile(), '{"bounds": {"x": 1');

    const saved = await readWindowState(directory);
    expect(saved).toBeUndefined();
    expect(restoredPlacement(saved, [laptop], DEFAULT_WINDOW_SIZE)).toEqual({
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
  });
});
