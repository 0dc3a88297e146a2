import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_GLOBAL, IPC_CHANNELS, type PuertoApi } from '../../shared/contract/api';
import type { EventBatch } from '../../shared/contract/events';

type ElectronDouble = typeof import('../doubles/electron');

/**
 * The preload runs its exposure on import, so each test loads a fresh copy of it and of the
 * double it talks to (the alias makes `electron` and `../doubles/electron` one module).
 */
async function loadPreload(): Promise<{ electron: ElectronDouble; api: PuertoApi }> {
  vi.resetModules();
  const electron = await import('../doubles/electron');
  electron.resetElectronDouble();
  await import('../../electron/preload/index');
  return { electron, api: electron.contextBridge.exposed.get(API_GLOBAL) as PuertoApi };
}

const sampleBatch: EventBatch = { events: [], evicted: 3 };

describe('preload', () => {
  let electron: ElectronDouble;
  let api: PuertoApi;

  beforeEach(async () => {
    ({ electron, api } = await loadPreload());
  });

  it('exposes exactly one global holding exactly invoke, onBatch and onHostAction', () => {
    expect([...electron.contextBridge.exposed.keys()]).toEqual([API_GLOBAL]);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onBatch', 'onHostAction']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.onBatch).toBe('function');
  });

  it('invokes on the invoke channel and returns what the main process answered', async () => {
    const answer = { ok: true, value: { cleared: 4 } };
    electron.ipcRenderer.respond = () => answer;

    const result = await api.invoke('clearCapture', {});

    expect(electron.ipcRenderer.invocations).toEqual([
      { channel: IPC_CHANNELS.invoke, args: ['clearCapture', {}] },
    ]);
    expect(result).toEqual(answer);
  });

  it('gives a batch listener only the batch, never the IPC event', () => {
    const listener = vi.fn();
    api.onBatch(listener);

    electron.ipcRenderer.deliver(IPC_CHANNELS.batch, sampleBatch);

    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([sampleBatch]);
  });

  it('listens to no other channel', () => {
    const listener = vi.fn();
    api.onBatch(listener);

    electron.ipcRenderer.deliver('puerto:other', sampleBatch);
    electron.ipcRenderer.deliver(IPC_CHANNELS.invoke, sampleBatch);

    expect(listener).not.toHaveBeenCalled();
  });

  it('stops delivering after unsubscribe and leaves no listener behind', () => {
    const kept = vi.fn();
    const dropped = vi.fn();
    api.onBatch(kept);
    const unsubscribe = api.onBatch(dropped);

    unsubscribe();
    electron.ipcRenderer.deliver(IPC_CHANNELS.batch, sampleBatch);

    expect(dropped).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.listenerCount(IPC_CHANNELS.batch)).toBe(1);
  });

  it('gives a host action listener only the action, on its own channel', () => {
    const listener = vi.fn();
    api.onHostAction?.(listener);

    electron.ipcRenderer.deliver(IPC_CHANNELS.hostAction, { type: 'setLocale', locale: 'es' });
    electron.ipcRenderer.deliver(IPC_CHANNELS.batch, { type: 'showConcepts' });

    expect(listener.mock.calls).toEqual([[{ type: 'setLocale', locale: 'es' }]]);
  });

  it('drops host actions the page does not understand', () => {
    const listener = vi.fn();
    api.onHostAction?.(listener);

    for (const action of [
      { type: 'runScript', code: 'alert(1)' },
      { type: 'setLocale', locale: 'fr' },
      { type: 'setProjector', projector: 'yes' },
      { type: 'exportCapture', format: 'pcap' },
      'showConcepts',
      null,
    ]) {
      electron.ipcRenderer.deliver(IPC_CHANNELS.hostAction, action);
    }
    electron.ipcRenderer.deliver(IPC_CHANNELS.hostAction, { type: 'showConcepts' });

    expect(listener.mock.calls).toEqual([[{ type: 'showConcepts' }]]);
  });

  it('stops delivering host actions after unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = api.onHostAction?.(listener);

    unsubscribe?.();
    electron.ipcRenderer.deliver(IPC_CHANNELS.hostAction, { type: 'showConcepts' });

    expect(listener).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.listenerCount(IPC_CHANNELS.hostAction)).toBe(0);
  });
});
