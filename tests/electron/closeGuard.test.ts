import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CANCEL,
  closeDecision,
  closeQuestion,
  guardCloseWithRunningServers,
  serverList,
  STOP_AND_CLOSE,
} from '../../electron/main/closeGuard';
import type { ServerInfo, ServerStatus } from '../../shared/contract/model';
import { dialog, FakeBrowserWindow, resetElectronDouble } from '../doubles/electron';

function server(protocol: 'tcp' | 'udp', port: number, status: ServerStatus = 'listening') {
  return {
    id: `${protocol}-${port}`,
    protocol,
    requestedPort: port,
    port,
    status,
  } as ServerInfo;
}

describe('closeDecision', () => {
  it('closes at once when no server is listening', () => {
    expect(closeDecision({ servers: [] })).toEqual({ kind: 'close' });
    expect(
      closeDecision({ servers: [server('tcp', 7007, 'stopped'), server('udp', 7007, 'failed')] }),
    ).toEqual({ kind: 'close' });
  });

  it('asks about the servers listening or about to', () => {
    const decision = closeDecision({
      servers: [server('tcp', 7007), server('udp', 7007, 'stopped'), server('udp', 53, 'starting')],
    });
    expect(decision).toEqual({
      kind: 'ask',
      servers: [server('tcp', 7007), server('udp', 53, 'starting')],
    });
  });
});

describe('closeQuestion', () => {
  it('names the servers and offers to stop them, in English', () => {
    const question = closeQuestion('en', [server('tcp', 7007), server('udp', 7007)]);

    expect(question.message).toBe(
      '2 servers are still running (TCP 7007, UDP 7007). Stop them and close?',
    );
    expect(question.buttons).toEqual(['Stop servers and close', 'Cancel']);
    expect(question.defaultId).toBe(STOP_AND_CLOSE);
    expect(question.cancelId).toBe(CANCEL);
  });

  it('asks in Spanish, and in the singular for one server', () => {
    const question = closeQuestion('es', [server('tcp', 8080)]);

    expect(question.message).toBe('Un servidor sigue funcionando (TCP 8080). ¿Pararlo y cerrar?');
    expect(question.buttons).toEqual(['Parar los servidores y cerrar', 'Cancelar']);
    expect(question.title).toBe('Hay servidores funcionando');
  });

  it('lists a few servers and says there are more', () => {
    const servers = [7001, 7002, 7003, 7004, 7005].map((port) => server('tcp', port));
    expect(serverList(servers)).toBe('TCP 7001, TCP 7002, TCP 7003, TCP 7004…');
    expect(closeQuestion('en', servers).message).toMatch(/^5 servers are still running/);
  });
});

describe('guardCloseWithRunningServers', () => {
  beforeEach(() => resetElectronDouble());

  function guardedWindow(servers: ServerInfo[], options: { quitting?: () => boolean } = {}) {
    const window = new FakeBrowserWindow();
    const stopped: ServerInfo[][] = [];
    let running = servers;
    guardCloseWithRunningServers({
      window,
      getState: async () => ({ servers: running }),
      ask: (question) => dialog.showMessageBox(window, question),
      stopServers: async (list) => {
        stopped.push([...list]);
        running = running.filter((one) => !list.includes(one));
      },
      locale: () => 'en',
      ...options,
    });
    return { window, stopped };
  }

  it('closes at once when no server runs, asking nothing', async () => {
    const { window, stopped } = guardedWindow([server('tcp', 7007, 'stopped')]);

    window.close();

    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
    expect(dialog.shown).toEqual([]);
    expect(stopped).toEqual([]);
  });

  it('stops the servers and closes when the student confirms', async () => {
    dialog.messageBoxResponse = STOP_AND_CLOSE;
    const running = [server('tcp', 7007), server('udp', 7007)];
    const { window, stopped } = guardedWindow(running);

    window.close();
    expect(window.isDestroyed()).toBe(false);

    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
    expect(stopped).toEqual([running]);
    const [shown] = dialog.shown;
    expect(shown?.parent).toBe(window);
    expect((shown?.options as { message: string }).message).toContain('TCP 7007, UDP 7007');
  });

  it('keeps the window and the servers when the student cancels', async () => {
    dialog.messageBoxResponse = CANCEL;
    const { window, stopped } = guardedWindow([server('tcp', 7007)]);

    window.close();

    await vi.waitFor(() => expect(dialog.shown).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.isDestroyed()).toBe(false);
    expect(stopped).toEqual([]);
  });

  it('asks once however often the close button is pressed meanwhile', async () => {
    dialog.holdMessageBoxes = true;
    const { window, stopped } = guardedWindow([server('tcp', 7007)]);

    window.close();
    await vi.waitFor(() => expect(dialog.shown).toHaveLength(1));
    window.close();
    window.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dialog.shown).toHaveLength(1);

    dialog.answerMessageBox(STOP_AND_CLOSE);
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
    expect(stopped).toHaveLength(1);
  });

  it('still closes when the engine cannot say what runs', async () => {
    const window = new FakeBrowserWindow();
    guardCloseWithRunningServers({
      window,
      getState: () => Promise.reject(new Error('engine gone')),
      ask: (question) => dialog.showMessageBox(window, question),
      stopServers: async () => {},
      locale: () => 'en',
    });

    window.close();

    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
    expect(dialog.shown).toEqual([]);
  });

  it('lets the close through while the app quits, so the quit is not cancelled', () => {
    const { window } = guardedWindow([server('tcp', 7007)], { quitting: () => true });

    window.close();

    expect(window.isDestroyed()).toBe(true);
    expect(dialog.shown).toEqual([]);
  });
});
