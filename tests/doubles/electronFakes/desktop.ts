/** `shell`, `Menu`, `dialog` and `net`: the desktop services the shell might call. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

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
  template: unknown[];
}

class FakeMenuModule {
  applicationMenu: FakeMenu | null | undefined = undefined;
  setApplicationMenuCalls = 0;

  buildFromTemplate(template: unknown[]): FakeMenu {
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

class FakeDialog {
  readonly shown: { kind: string; options: unknown }[] = [];

  async showMessageBox(
    ...args: unknown[]
  ): Promise<{ response: number; checkboxChecked: boolean }> {
    this.shown.push({ kind: 'messageBox', options: args.at(-1) });
    return { response: 0, checkboxChecked: false };
  }
  showErrorBox(title: string, content: string): void {
    this.shown.push({ kind: 'errorBox', options: { title, content } });
  }
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.shown.push({ kind: 'open', options: args.at(-1) });
    return { canceled: true, filePaths: [] };
  }
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    this.shown.push({ kind: 'save', options: args.at(-1) });
    return { canceled: true, filePath: '' };
  }
  reset(): void {
    this.shown.length = 0;
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
