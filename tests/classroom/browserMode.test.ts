/**
 * Browser mode's wiring: the page turns discovery on over the WebSocket, and a classmate on
 * the same (loopback-only) discovery port hears the servers the page started, except those
 * that wait on loopback only.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announcedServersOf, classroomHandlers, workspaceNickname } from '../../electron/classroom';
import { createLabEngine } from '../../electron/services';
import { startWebServer } from '../../electron/web';
import type { WebServer } from '../../electron/web';
import { memoryWorkspaceHandlers } from '../../electron/workspace';
import { WEBSOCKET_PATH } from '../../shared/contract/api';
import type { ClassroomState } from '../../shared/contract/classroom';
import type { ServerInfo } from '../../shared/contract/model';
import { emptyWorkspace } from '../../shared/contract/workspace';
import { WebClient } from '../web/webClient';
import { closeAll, loopbackClassroom, waitUntil } from './loopbackClassroom';

const PAGE = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><p>page</p>`;

let parent = '';
let server: WebServer | undefined;
let client: WebClient | undefined;
let engine = createLabEngine();

beforeEach(async () => {
  engine = createLabEngine();
  parent = await mkdtemp(join(tmpdir(), 'puerto-classroom-web-'));
  await mkdir(join(parent, 'renderer'));
  await writeFile(join(parent, 'renderer', 'index.html'), PAGE);
});

afterEach(async () => {
  client?.close();
  await server?.close();
  await closeAll();
  await engine.close();
  await rm(parent, { recursive: true, force: true });
});

describe('classroom discovery in browser mode', () => {
  it('is turned on by the page, with the saved nickname, and announces the reachable servers', async () => {
    const workspace = emptyWorkspace();
    workspace.settings.nickname = 'Ana';
    const workspaceHandlers = memoryWorkspaceHandlers(workspace);
    const classroom = loopbackClassroom({ port: 0, listServers: announcedServersOf(engine) });
    server = await startWebServer({
      engine,
      workspace: workspaceHandlers,
      classroom: classroomHandlers(classroom, {
        defaultNickname: workspaceNickname(workspaceHandlers),
      }),
      rendererDir: join(parent, 'renderer'),
    });
    client = await WebClient.open(
      `ws://127.0.0.1:${server.port}${WEBSOCKET_PATH}?token=${server.token}`,
      { Origin: `http://127.0.0.1:${server.port}` },
    );
    const off = await client.invoke('getClassroom', {});
    expect(off).toMatchObject({ ok: true, value: { enabled: false, peers: [] } });

    const reachable = await client.invoke('startServer', {
      protocol: 'tcp',
      port: 0,
      behaviour: { name: 'echo' },
    });
    const hidden = await client.invoke('startServer', {
      protocol: 'udp',
      port: 0,
      bind: { mode: 'loopback' },
      behaviour: { name: 'echo' },
    });
    if (!reachable.ok || !hidden.ok) throw new Error('the servers must start');
    const on = await client.invoke('setClassroom', { enabled: true });
    if (!on.ok) throw new Error(on.error.message);
    const state = on.value as ClassroomState;
    expect(state).toMatchObject({ enabled: true, nickname: 'Ana' });

    const classmate = loopbackClassroom({ port: state.port, listenOnly: true });
    await classmate.enable('Bea');
    await waitUntil(() => classmate.state().peers.length === 1);
    expect(classmate.state().peers[0]?.servers).toEqual([
      { protocol: 'tcp', port: (reachable.value as ServerInfo).port, behaviour: 'echo' },
    ]);

    const refused = await client.invoke('setClassroom', { enabled: true, nickname: '' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { reason: 'validation.nicknameEmpty' } },
    });
    expect(await client.invoke('setClassroom', { enabled: false })).toMatchObject({
      ok: true,
      value: { enabled: false },
    });
  });
});
