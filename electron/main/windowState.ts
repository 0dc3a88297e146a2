/**
 * The window opens where the student left it: size, position and maximized state are kept in a
 * small JSON file in the data folder. A rectangle is used again only if it is visible on one of
 * the displays connected now (a lab PC's projector may be gone since); otherwise the default
 * size is centred on the primary display. A damaged file is ignored, never fatal.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../workspace';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';
/** A drag or a resize sends a burst of events; the file is written once it has settled. */
export const WINDOW_STATE_SAVE_DELAY_MS = 500;
/** How much of the window must be on a display for it to be reachable with the mouse. */
const MINIMUM_VISIBLE = { width: 120, height: 60 };

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export interface WindowPlacement {
  /** Left out: Electron centres the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Display {
  workArea: Rectangle;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 100_000;

function asRectangle(value: unknown): Rectangle | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { x, y, width, height } = value as Record<string, unknown>;
  if (!isCount(x) || !isCount(y) || !isCount(width) || !isCount(height)) return undefined;
  if (width <= 0 || height <= 0) return undefined;
  return { x, y, width, height };
}

/** The state a file's text holds, or undefined for anything else. */
export function parseWindowState(text: string): WindowState | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { bounds, maximized } = value as Record<string, unknown>;
  const rectangle = asRectangle(bounds);
  if (rectangle === undefined || typeof maximized !== 'boolean') return undefined;
  return { bounds: rectangle, maximized };
}

function overlap(left: Rectangle, right: Rectangle): { width: number; height: number } {
  const width = Math.min(left.x + left.width, right.x + right.width) - Math.max(left.x, right.x);
  const height = Math.min(left.y + left.height, right.y + right.height) - Math.max(left.y, right.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** Enough of the window, title bar included, lies on one display to grab and move it. */
export function isVisibleOn(bounds: Rectangle, displays: readonly Display[]): boolean {
  const titleBar = { ...bounds, height: Math.min(bounds.height, MINIMUM_VISIBLE.height) };
  return displays.some((display) => {
    const shared = overlap(titleBar, display.workArea);
    return (
      shared.width >= Math.min(MINIMUM_VISIBLE.width, bounds.width) &&
      shared.height >= titleBar.height
    );
  });
}

/** Where to open the window: the saved place if it is still on screen, else centred defaults. */
export function restoredPlacement(
  saved: WindowState | undefined,
  displays: readonly Display[],
  defaults: { width: number; height: number },
): WindowPlacement {
  if (saved === undefined || !isVisibleOn(saved.bounds, displays)) {
    return { ...defaults, maximized: saved?.maximized ?? false };
  }
  return { ...saved.bounds, maximized: saved.maximized };
}

export async function readWindowState(directory: string): Promise<WindowState | undefined> {
  try {
    return parseWindowState(await readFile(join(directory, WINDOW_STATE_FILE_NAME), 'utf8'));
  } catch {
    return undefined;
  }
}

/** The part of `BrowserWindow` tracked. */
export interface TrackableWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isDestroyed(): boolean;
}

/**
 * Saves the window's state after each burst of moves and resizes, and at once when it closes.
 * The normal bounds are kept while maximized, so un-maximizing next time returns there.
 * Resolves `flush()` when the last write is done.
 */
export function trackWindowState(
  window: TrackableWindow,
  options: { directory: string; delayMs?: number },
): { flush(): Promise<void> } {
  const path = join(options.directory, WINDOW_STATE_FILE_NAME);
  const delayMs = options.delayMs ?? WINDOW_STATE_SAVE_DELAY_MS;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  function capture(): WindowState | undefined {
    // A minimized window reports where its taskbar button is, not where it was.
    if (window.isDestroyed() || window.isMinimized()) return undefined;
    return { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  }

  function saveNow(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const state = capture();
    if (state === undefined) return writing;
    writing = writing
      .then(() => writeFileAtomic(path, `${JSON.stringify(state)}\n`))
      .catch((error: unknown) => console.error('Puerto could not save the window state:', error));
    return writing;
  }

  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) {
    window.on(event, later);
  }
  window.on('close', () => void saveNow());

  return {
    flush: async () => {
      if (timer !== undefined) await saveNow();
      await writing;
    },
  };
}
