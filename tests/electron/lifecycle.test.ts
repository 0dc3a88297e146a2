import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeEngineOnQuit } from '../../electron/main/lifecycle';
import { app, createFakeEvent, resetElectronDouble } from '../doubles/electron';

/** Resolves once `app.quit()` has gone through, or fails after `timeoutMs`. */
async function waitForQuit(timeoutMs = 2_000): Promise<void> {
  await vi.waitFor(() => expect(app.quitted).toBe(true), { timeout: timeoutMs, interval: 5 });
}

describe('closeEngineOnQuit', () => {
  beforeEach(() => resetElectronDouble());
  afterEach(() => vi.restoreAllMocks());

  it('closes the engine and quits when the last window closes', async () => {
    const closeEngine = vi.fn(async () => {});
    closeEngineOnQuit({ app, closeEngine });

    app.emit('window-all-closed');
    await waitForQuit();

    expect(closeEngine).toHaveBeenCalledTimes(1);
  });

  it('holds the first quit back until the engine has closed', async () => {
    let finishClosing = (): void => {};
    const closeEngine = vi.fn(() => new Promise<void>((resolve) => (finishClosing = resolve)));
    closeEngineOnQuit({ app, closeEngine });

    app.quit();
    await vi.waitFor(() => expect(closeEngine).toHaveBeenCalledTimes(1));
    expect(app.quitted).toBe(false);

    finishClosing();
    await waitForQuit();
    expect(closeEngine).toHaveBeenCalledTimes(1);
  });

  it('closes the engine once even when both events fire', async () => {
    const closeEngine = vi.fn(async () => {});
    closeEngineOnQuit({ app, closeEngine });

    app.emit('window-all-closed');
    app.emit('before-quit', createFakeEvent());
    await waitForQuit();

    expect(closeEngine).toHaveBeenCalledTimes(1);
  });

  it('still quits when closing the engine hangs', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    closeEngineOnQuit({ app, closeEngine: () => new Promise<void>(() => {}), timeoutMs: 50 });

    app.quit();

    await waitForQuit();
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('still quits when closing the engine fails', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    closeEngineOnQuit({ app, closeEngine: () => Promise.reject(new Error('stuck socket')) });

    app.quit();

    await waitForQuit();
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
