/**
 * The desktop shell wired in the main entry, against the Electron double: menu, lab files from
 * argv, a second launch and macOS `open-file`, the remembered window, and closing with servers
 * running. The engine is a recorder; the workspace file and the dispatcher are the real ones,
 * in a temporary data folder.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/contract/api';
import type { EventBatch } from '../../shared/contract/events';
import type { ServerInfo } from '../../shared/contract/model';
import { emptyWorkspace, type Workspace } from '../../shared/contract/workspace';

type ElectronDouble = typeof import('../doubles/electron');
type Item = MenuItemConstructorOptions;

const recorded = vi.hoisted(() => ({
  servers: [] as ServerInfo[],
  stopped: [] as string[],
}));

vi.mock('../../electron/services', () => {
  class RecordingEngine {
    onBatch(_listener: (batch: EventBatch) => void): () => void {
      return () => {};
    }
    async getState() {
      return { servers: recorded.servers, clients: [], connections: [] };
    }
    async stopServer({ serverId }: { serverId: string }) {
      recorded.stopped.push(serverId);
      recorded.servers = recorded.servers.filter((server) => server.id !== serverId);
      return {} as ServerInfo;
    }
    async close(): Promise<void> {}
  }
  return { createLabEngine: () => new RecordingEngine(), serviceHandlers: () => ({}) };
});

const echoPlan = {
  key: 'eco',
  protocol: 'tcp',
  port: 7007,
  bind: { mode: 'all' },
  behaviour: { name: 'echo' },
  concurrency: 'concurrent',
  autostart: false,
} as const;

let dataDirectory: string;
let savedArgv: string[];

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'puerto-desktop-shell-'));
  vi.stubEnv('PUERTO_DATA_DIR', dataDirectory);
  savedArgv = process.argv;
  recorded.servers = [];
  recorded.stopped = [];
});

afterEach(async () => {
  process.argv = savedArgv;
  vi.unstubAllEnvs();
  // The workspace file may still be writing what a test saved.
  await new Promise((resolve) => setTimeout(resolve, 30));
  await rm(dataDirectory, { recursive: true, force: true });
});

async function startMain(setup: (electron: ElectronDouble) => unknown = () => {}): Promise<{
  electron: ElectronDouble;
  window: InstanceType<ElectronDouble['FakeBrowserWindow']>;
}> {
  vi.resetModules();
  const electron = await import('../doubles/electron');
  electron.resetElectronDouble();
  electron.app.isPackaged = true;
  await setup(electron);
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(electron.FakeBrowserWindow.instances).toHaveLength(1));
  await vi.waitFor(() => expect(electron.Menu.getApplicationMenu()).not.toBeNull());
  await vi.waitFor(() => expect(electron.ipcMain.handlers.size).toBeGreaterThan(0));
  const window = electron.FakeBrowserWindow.instances[0] as InstanceType<
    ElectronDouble['FakeBrowserWindow']
  >;
  return { electron, window };
}

function menuTemplateOf(electron: ElectronDouble): Item[] {
  return (electron.Menu.getApplicationMenu()?.template ?? []) as Item[];
}

function find(template: readonly Item[], path: readonly string[]): Item {
  let items: readonly Item[] = template;
  let found: Item | undefined;
  for (const label of path) {
    found = items.find((item) => item.label === label);
    if (found === undefined) throw new Error(`No menu item "${label}"`);
    items = (found.submenu ?? []) as Item[];
  }
  return found as Item;
}

function click(item: Item): void {
  item.click?.(
    { checked: item.type === 'checkbox' ? !item.checked : true } as MenuItem,
    undefined,
    {} as never,
  );
}

const hostActions = (window: { webContents: { sent: { channel: string; args: unknown[] }[] } }) =>
  window.webContents.sent
    .filter((message) => message.channel === IPC_CHANNELS.hostAction)
    .map((message) => message.args[0]);

async function saveWorkspaceFromPage(electron: ElectronDouble, workspace: Workspace) {
  const event = electron.createInvokeEvent('app://puerto/index.html');
  return electron.ipcMain.invoke(IPC_CHANNELS.invoke, event, 'saveWorkspace', { workspace });
}

async function workspaceOnDisk(): Promise<Workspace> {
  return JSON.parse(await readFile(join(dataDirectory, 'workspace.json'), 'utf8')) as Workspace;
}

async function writeLab(name: string): Promise<string> {
  const path = join(dataDirectory, name);
  await writeFile(path, JSON.stringify({ kind: 'puerto-lab', version: 1, servers: [echoPlan] }));
  return path;
}

describe('desktop shell: menu', () => {
  it('shows the menu in the system language when none was chosen', async () => {
    const { electron } = await startMain((double) => (double.app.locale = 'es-ES'));

    expect(menuTemplateOf(electron).map((item) => item.label)).toContain('Archivo');
    expect(electron.Menu.setApplicationMenuCalls).toBe(1);
  });

  it('follows the language, theme and projector the page saves', async () => {
    const { electron } = await startMain();
    expect(find(menuTemplateOf(electron), ['View', 'Projector mode']).checked).toBe(false);

    await saveWorkspaceFromPage(electron, {
      ...emptyWorkspace(),
      settings: { locale: 'es', theme: 'light', projector: true },
    });

    const template = menuTemplateOf(electron);
    expect(find(template, ['Ver', 'Modo proyector']).checked).toBe(true);
    expect(find(template, ['Ver', 'Tema', 'Claro']).checked).toBe(true);
  });

  it('sends the page what the View menu chooses, and shows it at once', async () => {
    const { electron, window } = await startMain();

    click(find(menuTemplateOf(electron), ['View', 'Language', 'Español']));
    click(find(menuTemplateOf(electron), ['Ver', 'Tema', 'Oscuro']));
    click(find(menuTemplateOf(electron), ['Ver', 'Modo proyector']));
    click(find(menuTemplateOf(electron), ['Archivo', 'Exportar captura…']));
    click(find(menuTemplateOf(electron), ['Ayuda', 'Conceptos de la lección…']));

    expect(hostActions(window)).toEqual([
      { type: 'setLocale', locale: 'es' },
      { type: 'setTheme', theme: 'dark' },
      { type: 'setProjector', projector: true },
      { type: 'exportCapture', format: 'jsonl' },
      { type: 'showConcepts' },
    ]);
    expect(find(menuTemplateOf(electron), ['Ver', 'Modo proyector']).checked).toBe(true);
  });

  it('shows About with the app version over the window', async () => {
    const { electron, window } = await startMain();

    click(find(menuTemplateOf(electron), ['Help', 'About Puerto']));

    await vi.waitFor(() => expect(electron.dialog.shown).toHaveLength(1));
    expect(electron.dialog.shown[0]?.parent).toBe(window);
    expect(electron.dialog.optionsOf('messageBox')[0]).toMatchObject({
      message: `Puerto ${electron.app.getVersion()}`,
    });
  });

  it('opens the lab file chosen from File and tells the page to reload', async () => {
    const path = await writeLab('menu.puerto');
    const { electron, window } = await startMain((double) => (double.dialog.openPaths = [path]));

    click(find(menuTemplateOf(electron), ['File', 'Open lab file…']));

    await vi.waitFor(() => expect(hostActions(window)).toEqual([{ type: 'reloadWorkspace' }]));
    expect((await workspaceOnDisk()).servers).toEqual([echoPlan]);
  });
});

describe('desktop shell: lab files from the system', () => {
  it('opens the lab file the first launch names', async () => {
    const path = await writeLab('first.puerto');
    process.argv = ['/opt/Puerto/puerto', path];

    const { window } = await startMain();

    await vi.waitFor(() => expect(hostActions(window)).toEqual([{ type: 'reloadWorkspace' }]));
    expect((await workspaceOnDisk()).servers).toEqual([echoPlan]);
  });

  it('opens a second launch’s lab file in this instance and brings the window forward', async () => {
    const { electron, window } = await startMain();
    window.minimize();
    window.focused = false;
    await writeLab('second.puerto');

    electron.app.emit(
      'second-instance',
      electron.createFakeEvent(),
      ['/opt/Puerto/puerto', '--allow-file-access-from-files', 'second.puerto'],
      dataDirectory,
    );

    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(true);
    await vi.waitFor(() => expect(hostActions(window)).toEqual([{ type: 'reloadWorkspace' }]));
    expect((await workspaceOnDisk()).servers).toEqual([echoPlan]);
  });

  it('only focuses the window when a second launch names no lab file', async () => {
    const { electron, window } = await startMain();

    electron.app.emit('second-instance', electron.createFakeEvent(), ['/opt/Puerto/puerto'], '/');

    expect(window.focused).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hostActions(window)).toEqual([]);
  });

  it('opens the document macOS hands over with open-file', async () => {
    const path = await writeLab('mac.puerto');
    const { electron, window } = await startMain();
    const event = electron.createFakeEvent();

    electron.app.emit('open-file', event, path);

    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(hostActions(window)).toEqual([{ type: 'reloadWorkspace' }]));
  });
});

describe('desktop shell: window', () => {
  it('opens where the last run left it', async () => {
    await writeFile(
      join(dataDirectory, 'window-state.json'),
      JSON.stringify({ bounds: { x: 60, y: 40, width: 1024, height: 700 }, maximized: false }),
    );

    const { window } = await startMain();

    expect(window.options).toMatchObject({ x: 60, y: 40, width: 1024, height: 700 });
  });

  it('centres the default size when the last place is off every display', async () => {
    await writeFile(
      join(dataDirectory, 'window-state.json'),
      JSON.stringify({ bounds: { x: 4000, y: 40, width: 1024, height: 700 }, maximized: false }),
    );

    const { window } = await startMain();

    expect(window.options.x).toBeUndefined();
    expect(window.options).toMatchObject({ width: 1280, height: 800 });
  });

  it('asks before closing with servers running, then stops them and closes', async () => {
    recorded.servers = [
      { id: 's1', protocol: 'tcp', port: 7007, status: 'listening' } as ServerInfo,
      { id: 's2', protocol: 'udp', port: 7007, status: 'listening' } as ServerInfo,
    ];
    const { electron, window } = await startMain();

    window.close();

    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
    expect(electron.dialog.optionsOf('messageBox')[0]?.message).toBe(
      '2 servers are still running (TCP 7007, UDP 7007). Stop them and close?',
    );
    expect(recorded.stopped).toEqual(['s1', 's2']);
  });

  it('keeps the window open when the student cancels', async () => {
    recorded.servers = [
      { id: 's1', protocol: 'tcp', port: 7007, status: 'listening' } as ServerInfo,
    ];
    const { electron, window } = await startMain(
      (double) => (double.dialog.messageBoxResponse = 1),
    );

    window.close();

    await vi.waitFor(() => expect(electron.dialog.shown).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.isDestroyed()).toBe(false);
    expect(recorded.stopped).toEqual([]);
  });

  it('Quit in the File menu goes through the same question', async () => {
    recorded.servers = [{ id: 's1', protocol: 'udp', port: 53, status: 'listening' } as ServerInfo];
    const { electron, window } = await startMain(
      (double) => (double.dialog.messageBoxResponse = 1),
    );

    click(find(menuTemplateOf(electron), ['File', 'Quit Puerto']));

    await vi.waitFor(() => expect(electron.dialog.shown).toHaveLength(1));
    expect(window.isDestroyed()).toBe(false);
  });
});
