/**
 * The main entry wired end to end against the Electron double, with the engine and the
 * dispatcher replaced by recorders: what is checked here is the wiring, not the engine.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/errors';
import type { EventBatch } from '../../shared/contract/events';

type ElectronDouble = typeof import('../doubles/electron');

const recorded = vi.hoisted(() => ({
  engines: [] as {
    closed: number;
    batchListeners: Set<(batch: EventBatch) => void>;
  }[],
  dispatchedWith: [] as unknown[],
}));

// The hosts build their engine through the services module; replace it with a fake engine.
vi.mock('../../electron/services', () => {
  class PuertoEngine {
    closed = 0;
    readonly batchListeners = new Set<(batch: EventBatch) => void>();
    constructor() {
      recorded.engines.push(this);
    }
    onBatch(listener: (batch: EventBatch) => void): () => void {
      this.batchListeners.add(listener);
      return () => this.batchListeners.delete(listener);
    }
    async close(): Promise<void> {
      this.closed += 1;
    }
  }
  return { createLabEngine: () => new PuertoEngine(), serviceHandlers: () => ({}) };
});

vi.mock('../../electron/boundary', () => ({
  createDispatcher: (handlers: unknown) => async (command: unknown, request: unknown) => {
    recorded.dispatchedWith.push(handlers);
    return { ok: true, value: { command, request } };
  },
}));

async function startMain(
  setup: (electron: ElectronDouble) => void = () => {},
): Promise<ElectronDouble> {
  vi.resetModules();
  recorded.engines.length = 0;
  recorded.dispatchedWith.length = 0;
  const electron = await import('../doubles/electron');
  electron.resetElectronDouble();
  setup(electron);
  await import('../../electron/main/index');
  return electron;
}

async function startedWindow(electron: ElectronDouble) {
  await vi.waitFor(() => expect(electron.FakeBrowserWindow.instances).toHaveLength(1));
  return electron.FakeBrowserWindow.instances[0] as InstanceType<
    ElectronDouble['FakeBrowserWindow']
  >;
}

function invoke(electron: ElectronDouble, senderUrl: string): Promise<Result<unknown>> {
  const event = electron.createInvokeEvent(senderUrl);
  return electron.ipcMain.invoke(IPC_CHANNELS.invoke, event, 'getState', {}) as Promise<
    Result<unknown>
  >;
}

describe('main entry, packaged', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('opens one secure window on app://puerto and serves it through the app protocol', async () => {
    const electron = await startMain((double) => (double.app.isPackaged = true));
    const window = await startedWindow(electron);

    expect(electron.app.sandboxEnabled).toBe(true);
    expect(electron.protocol.privilegedSchemes.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(electron.protocol.isProtocolHandled('app')).toBe(true);
    expect(window.loadedUrl).toBe('app://puerto/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window.options.webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('guards the window it created and denies permissions', async () => {
    const electron = await startMain((double) => (double.app.isPackaged = true));
    const window = await startedWindow(electron);

    expect(window.webContents.navigate('https://evil.example/').defaultPrevented).toBe(true);
    expect(window.webContents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(await electron.session.defaultSession.requestPermission('media')).toBe(false);
  });

  it('connects IPC to one engine and refuses foreign frames', async () => {
    const electron = await startMain((double) => (double.app.isPackaged = true));
    await startedWindow(electron);

    expect(await invoke(electron, 'app://puerto/index.html')).toEqual({
      ok: true,
      value: { command: 'getState', request: {} },
    });
    expect(await invoke(electron, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(recorded.engines).toHaveLength(1);
    expect(recorded.dispatchedWith).toEqual([recorded.engines[0]]);
  });

  it('forwards engine batches to the window until it closes, then closes the engine and quits', async () => {
    const electron = await startMain((double) => (double.app.isPackaged = true));
    const window = await startedWindow(electron);
    const engine = recorded.engines[0];
    const batch: EventBatch = { events: [], evicted: 0 };

    engine?.batchListeners.forEach((listener) => listener(batch));
    expect(window.webContents.sent).toEqual([{ channel: IPC_CHANNELS.batch, args: [batch] }]);

    window.close();
    electron.app.emit('window-all-closed');

    expect(engine?.batchListeners.size).toBe(0);
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true));
    expect(engine?.closed).toBe(1);
  });

  it('ignores a dev server URL once packaged', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const electron = await startMain((double) => (double.app.isPackaged = true));

    expect((await startedWindow(electron)).loadedUrl).toBe('app://puerto/index.html');
  });
});

describe('main entry, development', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('loads the dev server and trusts only its origin', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const electron = await startMain();
    const window = await startedWindow(electron);

    expect(window.loadedUrl).toBe('http://localhost:5173');
    expect(electron.protocol.isProtocolHandled('app')).toBe(false);
    expect((await invoke(electron, 'http://localhost:5173/')).ok).toBe(true);
    expect((await invoke(electron, 'app://puerto/index.html')).ok).toBe(false);
  });
});

describe('main entry, second instance', () => {
  it('quits without opening a window or an engine when another copy runs', async () => {
    const electron = await startMain((double) => (double.app.singleInstanceLock = false));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(electron.app.quitCount).toBe(1);
    expect(electron.FakeBrowserWindow.instances).toHaveLength(0);
    expect(recorded.engines).toHaveLength(0);
  });
});
