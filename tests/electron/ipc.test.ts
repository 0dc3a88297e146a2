import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/contract/api';
import { ok, type Result } from '../../shared/contract/errors';
import type { EventBatch } from '../../shared/contract/events';
import {
  createSenderCheck,
  forwardBatches,
  registerIpc,
  type Dispatch,
} from '../../electron/main/ipc';
import { APP_ORIGIN } from '../../electron/main/rendererOrigin';
import {
  createInvokeEvent,
  FakeBrowserWindow,
  ipcMain,
  resetElectronDouble,
} from '../doubles/electron';

function register(dispatch: Dispatch, trustedOrigin = APP_ORIGIN): () => void {
  return registerIpc({ ipcMain, dispatch, isTrustedSender: createSenderCheck(trustedOrigin) });
}

async function invokeFrom(
  senderUrl: string | null,
  command: unknown,
  request: unknown,
): Promise<Result<unknown>> {
  const result = await ipcMain.invoke(
    IPC_CHANNELS.invoke,
    createInvokeEvent(senderUrl),
    command,
    request,
  );
  return result as Result<unknown>;
}

describe('registerIpc', () => {
  let dispatch: ReturnType<typeof vi.fn<Dispatch>>;

  beforeEach(() => {
    resetElectronDouble();
    dispatch = vi.fn<Dispatch>(async (command, request) => ok({ echoed: { command, request } }));
  });

  it('passes a trusted sender’s call to the dispatcher and returns its Result', async () => {
    register(dispatch);

    const result = await invokeFrom('app://puerto/index.html', 'getState', { any: 1 });

    expect(dispatch).toHaveBeenCalledExactlyOnceWith('getState', { any: 1 });
    expect(result).toEqual({
      ok: true,
      value: { echoed: { command: 'getState', request: { any: 1 } } },
    });
  });

  it.each([
    'https://evil.example/',
    'app://puerto.evil.example/',
    'app://puerto@evil.example/',
    'http://localhost:5173/',
    'file:///work/out/renderer/index.html',
    'about:blank',
  ])('refuses a call from %s without dispatching', async (senderUrl) => {
    register(dispatch);

    const result = await invokeFrom(senderUrl, 'getState', {});

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('UNAUTHORIZED');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call whose sender frame is gone', async () => {
    register(dispatch);

    const result = await invokeFrom(null, 'getState', {});

    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('trusts the dev server origin when that is what the window loads', async () => {
    register(dispatch, 'http://localhost:5173');

    expect((await invokeFrom('http://localhost:5173/', 'getState', {})).ok).toBe(true);
    expect((await invokeFrom('app://puerto/index.html', 'getState', {})).ok).toBe(false);
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('turns a dispatcher that throws into INTERNAL without leaking its message', async () => {
    register(async () => {
      throw new Error('EACCES /home/student/secret');
    });

    const result = await invokeFrom('app://puerto/', 'getState', {});

    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('removes its handler when unregistered', async () => {
    const unregister = register(dispatch);
    unregister();

    await expect(invokeFrom('app://puerto/', 'getState', {})).rejects.toThrow(/No handler/);
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('forwardBatches', () => {
  const listeners = new Set<(batch: EventBatch) => void>();
  const onBatch = (listener: (batch: EventBatch) => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const emit = (batch: EventBatch): void => listeners.forEach((listener) => listener(batch));
  const batch = (evicted: number): EventBatch => ({ events: [], evicted });

  beforeEach(() => resetElectronDouble());
  afterEach(() => listeners.clear());

  it('sends every batch to the window on the batch channel', () => {
    const window = new FakeBrowserWindow();
    forwardBatches(onBatch, window.webContents);

    emit(batch(1));
    emit(batch(2));

    expect(window.webContents.sent).toEqual([
      { channel: IPC_CHANNELS.batch, args: [batch(1)] },
      { channel: IPC_CHANNELS.batch, args: [batch(2)] },
    ]);
  });

  it('sends nothing once the window is destroyed, and does not throw', () => {
    const window = new FakeBrowserWindow();
    forwardBatches(onBatch, window.webContents);
    emit(batch(1));

    window.destroy();

    expect(() => emit(batch(2))).not.toThrow();
    expect(window.webContents.sent).toHaveLength(1);
  });

  it('stops when unsubscribed', () => {
    const window = new FakeBrowserWindow();
    const stop = forwardBatches(onBatch, window.webContents);

    stop();
    emit(batch(1));

    expect(listeners.size).toBe(0);
    expect(window.webContents.sent).toEqual([]);
  });
});
