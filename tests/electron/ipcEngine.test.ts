/**
 * The shell's IPC adapter in front of the real boundary and engine, on a real loopback socket:
 * a trusted page can start a server and sees its events, a foreign one changes nothing.
 */
import { createConnection } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/errors';
import type { EventBatch } from '../../shared/contract/events';
import type { EngineState, ServerInfo } from '../../shared/contract/model';
import { createDispatcher } from '../../electron/boundary';
import { PuertoEngine } from '../../electron/engine';
import { createSenderCheck, forwardBatches, registerIpc } from '../../electron/main/ipc';
import { APP_ORIGIN } from '../../electron/main/rendererOrigin';
import {
  createInvokeEvent,
  FakeBrowserWindow,
  ipcMain,
  resetElectronDouble,
} from '../doubles/electron';

let engine: PuertoEngine;
let window: FakeBrowserWindow;

async function invoke<T>(senderUrl: string, command: string, request: unknown): Promise<Result<T>> {
  const event = createInvokeEvent(senderUrl, window.webContents);
  return (await ipcMain.invoke(IPC_CHANNELS.invoke, event, command, request)) as Result<T>;
}

function sentBatches(): EventBatch[] {
  return window.webContents.sent
    .filter((message) => message.channel === IPC_CHANNELS.batch)
    .map((message) => message.args[0] as EventBatch);
}

beforeEach(() => {
  resetElectronDouble();
  engine = new PuertoEngine();
  window = new FakeBrowserWindow();
  registerIpc({
    ipcMain,
    dispatch: createDispatcher(engine),
    isTrustedSender: createSenderCheck(APP_ORIGIN),
  });
  forwardBatches((listener) => engine.onBatch(listener), window.webContents);
});

afterEach(async () => {
  await engine.close();
});

describe('IPC into the real engine', () => {
  it('starts a loopback server for the app page and pushes its events to the window', async () => {
    const result = await invoke<ServerInfo>('app://puerto/index.html', 'startServer', {
      protocol: 'tcp',
      port: 0,
      bind: { mode: 'loopback' },
    });

    if (!result.ok) throw new Error(`startServer failed: ${result.error.code}`);
    const port = result.value.port;
    expect(port).toBeGreaterThan(0);

    await new Promise<void>((resolve, reject) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve();
      });
      socket.on('error', reject);
    });
    await expect
      .poll(() => sentBatches().flatMap((batch) => batch.events.map((event) => event.kind)), {
        timeout: 5_000,
      })
      .toEqual(expect.arrayContaining(['listening', 'accepted']));
  });

  it('refuses a foreign page before the engine sees anything', async () => {
    const refused = await invoke('https://evil.example/', 'startServer', {
      protocol: 'tcp',
      port: 0,
    });
    const state = await invoke<EngineState>('app://puerto/', 'getState', {});

    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(state.ok && state.value.servers).toEqual([]);
  });

  it('returns validation failures from the boundary as plain Results', async () => {
    const result = await invoke('app://puerto/', 'startServer', { protocol: 'tcp', port: 70_000 });

    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
