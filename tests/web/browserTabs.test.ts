/**
 * Browser mode serves at most `maxSessions` tabs at once (issue 12): the next one is closed
 * with 1013 and a reason that says why, and gets in once a tab closes. Real WebSockets (the
 * `ws` client) on 127.0.0.1.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { PuertoEngine } from '../../electron/engine';
import { DEFAULT_MAX_SESSIONS, startWebServer } from '../../electron/web';
import type { WebServer } from '../../electron/web';
import { WEBSOCKET_PATH } from '../../shared/contract/api';
import { WebClient } from './webClient';

let parent: string;
let engine: PuertoEngine;
let server: WebServer | undefined;
const clients: WebClient[] = [];

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'puerto-tabs-'));
  await mkdir(join(parent, 'renderer'));
  await writeFile(join(parent, 'renderer', 'index.html'), '<!doctype html><p>tabs</p>');
  engine = new PuertoEngine();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server?.close();
  server = undefined;
  await engine.close();
  await rm(parent, { recursive: true, force: true });
});

async function start(maxSessions?: number): Promise<WebServer> {
  server = await startWebServer({
    engine,
    rendererDir: join(parent, 'renderer'),
    ...(maxSessions === undefined ? {} : { maxSessions }),
  });
  return server;
}

function tabUrl(web: WebServer): string {
  return `ws://127.0.0.1:${web.port}${WEBSOCKET_PATH}?token=${web.token}`;
}

function originOf(web: WebServer): Record<string, string> {
  return { Origin: `http://127.0.0.1:${web.port}` };
}

async function openTab(web: WebServer): Promise<WebClient> {
  const client = await WebClient.open(tabUrl(web), originOf(web));
  clients.push(client);
  return client;
}

type Knock = { code: number; reason: string } | 'served';

/**
 * Opens a socket: 'served' when the server pushes it the engine's state (every served tab gets
 * one at once), or how the server closed it.
 */
function knock(web: WebServer): Promise<Knock> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(tabUrl(web), { headers: originOf(web) });
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error('neither served nor closed within 3 s'));
    }, 3000);
    socket.once('message', () => {
      clearTimeout(timer);
      socket.terminate();
      resolve('served');
    });
    socket.once('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: reason.toString('utf8') });
    });
    socket.once('error', reject);
  });
}

describe('browser mode tab limit', () => {
  it('closes the tab beyond the limit with 1013 and the limit in its reason', async () => {
    const web = await start(3);
    const open = await Promise.all([openTab(web), openTab(web), openTab(web)]);
    const refused = await knock(web);
    expect(refused).toEqual({ code: 1013, reason: 'Puerto: too many open tabs (3)' });
    for (const tab of open)
      expect(await tab.invoke('getSystemInfo', {})).toMatchObject({ ok: true });
  });

  it('lets a tab in again once another one closes', async () => {
    const web = await start(2);
    const first = await openTab(web);
    await openTab(web);
    expect(await knock(web)).toMatchObject({ code: 1013 });
    const gone = new Promise((resolve) => first.socket.once('close', resolve));
    first.socket.close();
    await gone;
    // The server sees the close a moment after the client: give it a few tries.
    let answer: Knock = await knock(web);
    for (let attempt = 0; attempt < 20 && answer !== 'served'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      answer = await knock(web);
    }
    expect(answer).toBe('served');
  });

  it('serves 16 tabs by default and refuses the 17th', async () => {
    expect(DEFAULT_MAX_SESSIONS).toBe(16);
    const web = await start();
    for (let index = 0; index < 16; index += 1) await openTab(web);
    const started = performance.now();
    expect(await knock(web)).toEqual({ code: 1013, reason: 'Puerto: too many open tabs (16)' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a limit that is not a whole number of at least 1', async () => {
    await expect(start(0)).rejects.toThrow(/maxSessions/);
  });
});
