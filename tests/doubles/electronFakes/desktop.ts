/** `shell`, `Menu`, `dialog` and `net`: the desktop services the shell might call. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';

class FakeShell {
  readonly openedExternal: string[] = [];
  readonly openedPaths: string[] = [];

  async openExternal(url: string): Promise<void> {
    this.openedExternal.push(url);
  }
  async openPath(path: string): Promise<string> {
    this.openedPaths.push(path);
    return '';
  }
  showItemInFolder(path: string): void {
    this.openedPaths.push(path);
  }
  reset(): void {
    this.openedExternal.length = 0;
    this.openedPaths.length = 0;
  }
}

export const shell = new FakeShell();

interface FakeMenu {
  template: MenuItemConstructorOptions[];
}

class FakeMenuModule {
  applicationMenu: FakeMenu | null | undefined = undefined;
  setApplicationMenuCalls = 0;

  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return { template };
  }
  setApplicationMenu(menu: FakeMenu | null): void {
    this.setApplicationMenuCalls += 1;
    this.applicationMenu = menu;
  }
  getApplicationMenu(): FakeMenu | null {
    return this.applicationMenu ?? null;
  }
  reset(): void {
    this.applicationMenu = undefined;
    this.setApplicationMenuCalls = 0;
  }
}

export const Menu = new FakeMenuModule();

export interface ShownDialog {
  kind: 'messageBox' | 'errorBox' | 'open' | 'save';
  options: unknown;
  /** The window it was shown over, when one was given. */
  parent?: unknown;
}

/**
 * Dialogs answer at once with what a test set: the button of the next message boxes (the
 * first, by default), the file an open or save dialog returns (none: cancelled).
 */
class FakeDialog {
  readonly shown: ShownDialog[] = [];
  messageBoxResponse = 0;
  openPaths: string[] | null = null;
  savePath: string | null = null;
  /** Set to hold message boxes open until `answerMessageBox` is called. */
  holdMessageBoxes = false;
  private readonly heldAnswers: ((response: number) => void)[] = [];

  private record(kind: ShownDialog['kind'], args: unknown[]): void {
    this.shown.push(
      args.length > 1
        ? { kind, options: args.at(-1), parent: args[0] }
        : { kind, options: args[0] },
    );
  }
  async showMessageBox(
    ...args: unknown[]
  ): Promise<{ response: number; checkboxChecked: boolean }> {
    this.record('messageBox', args);
    const response = this.holdMessageBoxes
      ? await new Promise<number>((resolve) => this.heldAnswers.push(resolve))
      : this.messageBoxResponse;
    return { response, checkboxChecked: false };
  }
  /** The student presses `response` in the oldest message box still open. */
  answerMessageBox(response: number): void {
    this.heldAnswers.shift()?.(response);
  }
  showErrorBox(title: string, content: string): void {
    this.shown.push({ kind: 'errorBox', options: { title, content } });
  }
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.record('open', args);
    return this.openPaths === null
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [...this.openPaths] };
  }
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    this.record('save', args);
    return this.savePath === null
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: this.savePath };
  }
  /** The dialogs shown so far of one kind, their options only. */
  optionsOf(kind: ShownDialog['kind']): Record<string, unknown>[] {
    return this.shown
      .filter((dialog) => dialog.kind === kind)
      .map((dialog) => dialog.options as Record<string, unknown>);
  }
  reset(): void {
    this.shown.length = 0;
    this.messageBoxResponse = 0;
    this.openPaths = null;
    this.savePath = null;
    this.holdMessageBoxes = false;
    this.heldAnswers.length = 0;
  }
}

export const dialog = new FakeDialog();

class FakeNet {
  readonly fetched: string[] = [];

  /** `file:` URLs are read from disk, as Electron's `net.fetch` does; others use Node's fetch. */
  async fetch(input: string | Request, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input.url;
    this.fetched.push(url);
    if (!url.startsWith('file:')) return fetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  }
  reset(): void {
    this.fetched.length = 0;
  }
}

export const net = new FakeNet();

interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

/** One 1920×1080 display with a 40-pixel taskbar, unless a test plugs in others. */
function defaultDisplays(): FakeDisplay[] {
  return [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    },
  ];
}

class FakeScreen {
  displays: FakeDisplay[] = defaultDisplays();

  getAllDisplays(): FakeDisplay[] {
    return this.displays;
  }
  getPrimaryDisplay(): FakeDisplay {
    const [primary] = this.displays;
    if (primary === undefined) throw new Error('No display');
    return primary;
  }
  reset(): void {
    this.displays = defaultDisplays();
  }
}

export const screen = new FakeScreen();
