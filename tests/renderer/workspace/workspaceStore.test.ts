import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerInfo, Workspace } from '../../../shared/contract';
import { WORKSPACE_VERSION, workspaceSchema } from '../../../shared/contract';
import { SAVE_DELAY_MS, useWorkspaceStore } from '../../../renderer/src/stores/workspace';
import { useNotificationsStore } from '../../../renderer/src/stores/notifications';
import { useSettingsStore } from '../../../renderer/src/stores/settings';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp } from '../support/puertoTestApp';

function savedWorkspace(): Workspace {
  return workspaceSchema.parse({
    version: WORKSPACE_VERSION,
    servers: [
      {
        key: 'plan-1',
        protocol: 'tcp',
        port: 7007,
        bind: { mode: 'loopback' },
        behaviour: { name: 'echo' },
        autostart: true,
      },
    ],
    recentTargets: [{ protocol: 'udp', host: '192.168.1.20', port: 7007 }],
    snippets: [{ id: 'hello', name: 'hola', mode: 'text', text: 'hola\\n' }],
    settings: { locale: 'es', theme: 'light', projector: true },
  });
}

function runningServer(overrides: Partial<ServerInfo> = {}): ServerInfo {
  return {
    id: 'server-9',
    protocol: 'tcp',
    requestedPort: 7007,
    port: 7007,
    bind: { mode: 'loopback', family: 'IPv4' },
    local: { address: '127.0.0.1', port: 7007 },
    behaviour: { name: 'echo' },
    status: 'listening',
    startedAt: 1,
    counters: { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 },
    activeConnections: 0,
    totalConnections: 0,
    concurrency: 'concurrent',
    waiting: [],
    ...overrides,
  };
}

function setup(saved: Workspace = savedWorkspace()) {
  const api = new FakePuertoApi();
  api.respond('loadWorkspace', () => ({ ok: true, value: { workspace: saved } }));
  const app = createPuertoTestApp('en', api);
  return {
    api,
    workspace: useWorkspaceStore(app.pinia),
    settings: useSettingsStore(app.pinia),
    notifications: useNotificationsStore(app.pinia),
  };
}

const saves = (api: FakePuertoApi) =>
  api.callsOf('saveWorkspace') as Array<{ workspace: Workspace }>;

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useWorkspaceStore: loading', () => {
  it('loads when the link opens and restores plans, targets, snippets and settings', async () => {
    const { api, workspace, settings } = setup();
    const disconnect = workspace.connect();
    await vi.runAllTimersAsync();

    expect(api.callsOf('loadWorkspace')).toHaveLength(1);
    expect(workspace.loaded).toBe(true);
    expect(workspace.servers).toEqual(savedWorkspace().servers);
    expect(workspace.recentTargets).toEqual(savedWorkspace().recentTargets);
    expect(workspace.snippets.map((snippet) => snippet.id)).toEqual(['hello']);
    expect([settings.locale, settings.theme, settings.projector]).toEqual(['es', 'light', true]);
    expect(saves(api)).toEqual([]);
    disconnect();
  });

  it('tells the student when the saved workspace was damaged and kept aside', async () => {
    const { api, workspace, notifications } = setup();
    const problem = {
      code: 'WORKSPACE_UNREADABLE' as const,
      message: 'broken',
      details: {
        file: '/x/workspace.json',
        keptAs: '/x/workspace.json.broken-1',
        reason: 'workspace.problems.notJson',
      },
    };
    api.respond('loadWorkspace', () => ({
      ok: true,
      value: { workspace: savedWorkspace(), problem },
    }));
    await workspace.load();
    expect(workspace.problem).toEqual(problem);
    expect(notifications.notifications.map((item) => item.error.code)).toEqual([
      'WORKSPACE_UNREADABLE',
    ]);
  });

  it('never saves before it has loaded, so an empty window cannot overwrite the file', async () => {
    const { api, workspace } = setup();
    workspace.rememberTarget({ protocol: 'tcp', host: 'lab-pc', port: 80 });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    expect(saves(api)).toEqual([]);
  });

  it('keeps what was added before the saved workspace arrived', async () => {
    const { workspace } = setup();
    workspace.rememberTarget({ protocol: 'tcp', host: 'early', port: 80 });
    await workspace.load();
    expect(workspace.recentTargets.map((target) => target.host)).toEqual(['192.168.1.20', 'early']);
  });

  it('stays quiet when the host keeps no workspace', async () => {
    const { api, workspace, notifications } = setup();
    api.respond('loadWorkspace', () => ({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'unknown',
        details: { field: 'command', reason: 'validation.unknownCommand' },
      },
    }));
    await workspace.load();
    expect(workspace.loaded).toBe(false);
    expect(notifications.notifications).toEqual([]);
  });
});

describe('useWorkspaceStore: saving', () => {
  it('saves a change once, SAVE_DELAY_MS after the last of a burst', async () => {
    const { api, workspace } = setup();
    await workspace.load();
    for (let port = 1; port <= 5; port++) {
      workspace.rememberTarget({ protocol: 'tcp', host: 'lab-pc', port });
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 3);
    }
    expect(saves(api)).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saves(api)).toHaveLength(1);
    expect(saves(api)[0]?.workspace.recentTargets.map((target) => target.port)).toEqual([
      5, 4, 3, 2, 1, 7007,
    ]);
  });

  it('saves settings, plans changed in place and snippets, as plain data', async () => {
    const { api, workspace, settings } = setup();
    await workspace.load();
    settings.locale = 'en';
    settings.themeChoice = 'system';
    workspace.servers[0]!.autostart = false;
    workspace.removeSnippet('hello');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);

    const [saved] = saves(api);
    expect(saved?.workspace.settings).toEqual({ locale: 'en', projector: true });
    expect(saved?.workspace.servers[0]?.autostart).toBe(false);
    expect(saved?.workspace.snippets).toEqual([]);
    expect(workspaceSchema.safeParse(saved?.workspace).success).toBe(true);
  });

  it('does not save what the file already holds', async () => {
    const { api, workspace } = setup();
    await workspace.load();
    workspace.rememberTarget({ protocol: 'udp', host: '192.168.1.20', port: 7007 });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(saves(api)).toEqual([]);
  });

  it('saves at once when the page is being hidden or closed', async () => {
    const { api, workspace } = setup();
    const disconnect = workspace.connect();
    await vi.runAllTimersAsync();
    workspace.rememberTarget({ protocol: 'tcp', host: 'last-second', port: 1 });
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saves(api)).toHaveLength(1);
    disconnect();
  });

  it('tells a failing save once, not on every change', async () => {
    const { api, workspace, notifications } = setup();
    api.respond('saveWorkspace', () => ({
      ok: false,
      error: {
        code: 'WORKSPACE_NOT_SAVED',
        message: 'no',
        details: { reason: 'workspace.problems.cannotWrite', errno: 'EROFS' },
      },
    }));
    await workspace.load();
    for (let port = 1; port <= 3; port++) {
      workspace.rememberTarget({ protocol: 'tcp', host: 'x', port });
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    }
    expect(saves(api)).toHaveLength(3);
    expect(notifications.notifications.map((item) => item.error.code)).toEqual([
      'WORKSPACE_NOT_SAVED',
    ]);
  });
});

describe('useWorkspaceStore: server plans', () => {
  it('finds the plan a running server matches by protocol, port asked for, bind and behaviour', async () => {
    const { workspace } = setup();
    await workspace.load();
    expect(workspace.planFor(runningServer())?.key).toBe('plan-1');
    expect(workspace.planFor(runningServer({ protocol: 'udp' }))).toBeUndefined();
    expect(workspace.planFor(runningServer({ bind: { mode: 'all' } }))).toBeUndefined();
    expect(workspace.planFor(runningServer({ behaviour: { name: 'manual' } }))).toBeUndefined();
  });

  it('remembers a server once, and switches its autostart', async () => {
    const { workspace } = setup();
    await workspace.load();
    const shape = {
      protocol: 'udp' as const,
      port: 9,
      bind: { mode: 'all' as const },
      behaviour: { name: 'echo' as const },
    };
    const plan = workspace.rememberServer(shape);
    expect(workspace.rememberServer(shape).key).toBe(plan.key);
    expect(workspace.servers).toHaveLength(2);
    workspace.setAutostart(plan.key, true);
    expect(workspace.servers.find((item) => item.key === plan.key)?.autostart).toBe(true);
    workspace.forgetServer(plan.key);
    expect(workspace.servers.map((item) => item.key)).toEqual(['plan-1']);
  });
});
