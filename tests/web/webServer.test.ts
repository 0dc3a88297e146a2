import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PuertoEngine } from '../../electron/engine';
import { startWebServer } from '../../electron/web';
import type { WebServer } from '../../electron/web';
import type { CapturePage, DataEvent, EventBatch, ServerInfo } from '../../shared/contract';
import { WEBSOCKET_PATH } from '../../shared/contract/api';
import { encodeWire } from '../../shared/contract/wireCodec';
import { translate } from '../../shared/i18n';
import { httpGet } from './httpGet';
import { WebClient, refusedStatus } from './webClient';

const POLICY = "default-src 'self'; script-src 'self'; connect-src 'self' ws:";
const PAGE = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${POLICY}"><p>Puerto test page</p>`;

let parent: string;
let engine: PuertoEngine;
let server: WebServer;
const cleanups: Array<() => void> = [];

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'puerto-web-'));
  const rendererDir = join(parent, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), PAGE);
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(join(parent, 'secret.txt'), 'top secret');
  engine = new PuertoEngine();
  server = await startWebServer({ engine, rendererDir });
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.close();
  await engine.close();
  await rm(parent, { recursive: true, force: true });
});

function cookieFrom(setCookie: string[] | undefined): string {
  const [first] = setCookie ?? [];
  return (first ?? '').split(';')[0] ?? '';
}

async function loginCookie(): Promise<string> {
  const reply = await httpGet(server.port, `/?token=${server.token}`);
  return cookieFrom(reply.headers['set-cookie']);
}

function webSocketUrl(withToken: boolean): string {
  const query = withToken ? `?token=${server.token}` : '';
  return `ws://127.0.0.1:${server.port}${WEBSOCKET_PATH}${query}`;
}

function origin(): Record<string, string> {
  return { Origin: `http://127.0.0.1:${server.port}` };
}

async function openClient(headers = origin(), withToken = true): Promise<WebClient> {
  const client = await WebClient.open(webSocketUrl(withToken), headers);
  cleanups.push(() => client.close());
  return client;
}

describe('browser mode over HTTP', () => {
  it('prints a loopback URL carrying its token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses the page without a token, in English and Spanish, with security headers', async () => {
    const reply = await httpGet(server.port, '/');
    expect(reply.status).toBe(401);
    expect(reply.body).toContain(translate('en', 'browserMode.unauthorized'));
    expect(reply.body).toContain(translate('es', 'browserMode.unauthorized'));
    expect(reply.body).not.toContain('Puerto test page');
    expect(reply.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses a wrong token', async () => {
    const reply = await httpGet(server.port, `/?token=${'0'.repeat(64)}`);
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('Puerto test page');
  });

  it('serves the page with the token and sets an HttpOnly SameSite=Strict cookie', async () => {
    const reply = await httpGet(server.port, `/?token=${server.token}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(PAGE);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    const [cookie] = reply.headers['set-cookie'] ?? [];
    expect(cookie).toContain(`=${server.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(reply.headers['content-security-policy']).toBe(
      `default-src 'self'; script-src 'self'; connect-src 'self' ws://127.0.0.1:${server.port} ws://localhost:${server.port}`,
    );
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['x-frame-options']).toBe('DENY');
  });

  it('lets the page connect to its own server only (CSP connect-src), refusals included', async () => {
    const page = await httpGet(server.port, `/?token=${server.token}`);
    const refused = await httpGet(server.port, '/');
    for (const reply of [page, refused]) {
      const policy = String(reply.headers['content-security-policy']);
      const connect = policy
        .split(';')
        .map((directive) => directive.trim())
        .filter((directive) => directive.startsWith('connect-src'));
      expect(connect).toEqual([
        `connect-src 'self' ws://127.0.0.1:${server.port} ws://localhost:${server.port}`,
      ]);
      expect(policy).not.toMatch(/(^|\s)(ws|wss):(\s|;|$)|\*/);
      expect(policy).toContain("script-src 'self'");
    }
  });

  it('sets a cookie for this port only: HttpOnly, SameSite=Strict, Path=/, no domain', async () => {
    const reply = await httpGet(server.port, `/?token=${server.token}`);
    const [cookie = ''] = reply.headers['set-cookie'] ?? [];
    const [pair = '', ...attributes] = cookie.split(';').map((part) => part.trim());
    expect(pair).toBe(`puerto_token_${server.port}=${server.token}`);
    expect(attributes.sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
  });

  it('reloads the page with the cookie alone (the address no longer has the token)', async () => {
    const cookie = await loginCookie();
    const reload = await httpGet(server.port, '/', { Cookie: `other=1; ${cookie}` });
    expect(reload.status).toBe(200);
    expect(reload.body).toBe(PAGE);
    expect((await httpGet(server.port, '/')).status).toBe(401);
    const forged = await httpGet(server.port, '/', {
      Cookie: `puerto_token_${server.port}=${'0'.repeat(64)}`,
    });
    expect(forged.status).toBe(403);
    const otherPort = await httpGet(server.port, '/', {
      Cookie: `puerto_token_${server.port + 1}=${server.token}`,
    });
    expect(otherPort.status).toBe(401);
  });

  it('serves assets to the cookie, with their content type, and not without it', async () => {
    const cookie = await loginCookie();
    const asset = await httpGet(server.port, '/assets/app.js', { Cookie: cookie });
    expect(asset.status).toBe(200);
    expect(asset.body).toBe('console.log("app");');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await httpGet(server.port, '/assets/app.js')).status).toBe(401);
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt'])(
    'refuses the traversal %s',
    async (path) => {
      const cookie = await loginCookie();
      const reply = await httpGet(server.port, path, { Cookie: cookie });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('top secret');
    },
  );

  it('refuses a Host that is not this server, even with the token (DNS rebinding)', async () => {
    const path = `/?token=${server.token}`;
    const rebound = await httpGet(server.port, path, { Host: `evil.example:${server.port}` });
    expect(rebound.status).toBe(421);
    expect(rebound.body).toContain(translate('es', 'browserMode.forbiddenHost'));
    const otherPort = await httpGet(server.port, path, { Host: `127.0.0.1:${server.port + 1}` });
    expect(otherPort.status).toBe(421);
    const localhost = await httpGet(server.port, path, { Host: `localhost:${server.port}` });
    expect(localhost.status).toBe(200);
  });

  it('allows only GET and HEAD', async () => {
    const cookie = await loginCookie();
    const post = await httpGet(server.port, '/', { Cookie: cookie }, 'POST');
    expect(post.status).toBe(405);
    const head = await httpGet(server.port, '/', { Cookie: cookie }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('browser mode over the WebSocket', () => {
  it('refuses a WebSocket without the token', async () => {
    expect(await refusedStatus(webSocketUrl(false), origin())).toBe(401);
  });

  it('refuses a WebSocket from another Origin or with none, even with the token', async () => {
    expect(await refusedStatus(webSocketUrl(true), { Origin: 'http://evil.example' })).toBe(403);
    expect(await refusedStatus(webSocketUrl(true))).toBe(403);
  });

  it('refuses a WebSocket on another path', async () => {
    const url = `ws://127.0.0.1:${server.port}/other?token=${server.token}`;
    expect(await refusedStatus(url, origin())).toBe(404);
  });

  it('accepts the cookie instead of the query token', async () => {
    const cookie = await loginCookie();
    const client = await openClient({ ...origin(), Cookie: cookie }, false);
    expect(await client.invoke('getState', {})).toMatchObject({ ok: true });
  });

  it("starts each tab with the engine's whole state, then sends it only what changed", async () => {
    const before = await engine.startServer({
      protocol: 'tcp',
      port: 0,
      bind: { mode: 'loopback' },
      behaviour: { name: 'echo' },
    });
    const client = await openClient();
    await client.waitForBatches((batches) => batches.length >= 1);
    expect(client.batches[0]?.state?.servers.map((item) => item.id)).toEqual([before.id]);

    const started = await client.invoke('startServer', {
      protocol: 'tcp',
      port: 0,
      behaviour: { name: 'echo' },
    });
    if (!started.ok) throw new Error('the second server did not start');
    const { id } = started.value as ServerInfo;
    await client.waitForBatches((batches) =>
      batches.some((batch) => batch.changes?.servers.some((item) => item.id === id)),
    );
    expect(client.batches.slice(1).every((batch) => batch.state === undefined)).toBe(true);
  });

  it('runs a TCP echo server and pushes its data events with bytes as Uint8Array', async () => {
    const client = await openClient();
    const started = await client.invoke('startServer', {
      protocol: 'tcp',
      port: 0,
      behaviour: { name: 'echo' },
    });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const { port } = started.value as ServerInfo;
    expect(port).toBeGreaterThan(0);

    const socket: Socket = connect({ host: '127.0.0.1', port });
    cleanups.push(() => socket.destroy());
    socket.write('hello\n');
    const echoed = await new Promise<string>((resolve) =>
      socket.once('data', (chunk) => resolve(chunk.toString())),
    );
    expect(echoed).toBe('hello\n');

    const dataEvents = (batches: EventBatch[]) =>
      batches
        .flatMap((batch) => batch.events)
        .filter(
          (event): event is DataEvent => event.kind === 'data-in' || event.kind === 'data-out',
        );
    await client.waitForBatches((batches) => dataEvents(batches).length >= 2);
    const [received, sent] = dataEvents(client.batches);
    expect(received?.kind).toBe('data-in');
    expect(sent?.kind).toBe('data-out');
    for (const event of [received, sent]) {
      expect(event?.payload).toBeInstanceOf(Uint8Array);
      expect(new TextDecoder().decode(event?.payload)).toBe('hello\n');
      expect(event?.bytes).toBe(6);
    }
    const listsServer = (batch: EventBatch) =>
      [...(batch.state?.servers ?? []), ...(batch.changes?.servers ?? [])].some(
        (item) => item.port === port,
      );
    expect(client.batches.some(listsServer)).toBe(true);
  });

  it('answers invalid requests with INVALID_INPUT and keeps the engine running', async () => {
    const client = await openClient();
    const started = await client.invoke('startServer', {
      protocol: 'tcp',
      port: 0,
      behaviour: { name: 'echo' },
    });
    if (!started.ok) throw new Error('the echo server did not start');
    const { port } = started.value as ServerInfo;
    const socket = connect({ host: '127.0.0.1', port });
    cleanups.push(() => socket.destroy());
    socket.write('before');
    await new Promise((resolve) => socket.once('data', resolve));

    const refused = await client.invoke('startServer', { protocol: 'tcp', port: 70000 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field: 'port', reason: 'validation.portRange' } },
    });
    expect(await client.invoke('launchMissiles', {})).toMatchObject({
      ok: false,
      error: { details: { field: 'command' } },
    });
    expect(
      await client.sendRaw(encodeWire({ type: 'invoke', id: 77, command: 3 }), 77),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field: 'command' } },
    });
    // Text frames are not the protocol, but one that names its id is still answered there.
    expect(
      await client.sendRaw(JSON.stringify({ type: 'invoke', id: 78, command: 'getState' }), 78),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field: 'message' } },
    });

    const state = await client.invoke('getState', {});
    expect(state).toMatchObject({ ok: true });
    const capture = await client.invoke('getCapture', {});
    if (!capture.ok) throw new Error('getCapture failed');
    const texts = (capture.value as CapturePage).events
      .filter((event): event is DataEvent => event.kind === 'data-in')
      .map((event) => new TextDecoder().decode(event.payload));
    expect(texts).toContain('before');
  });

  it('closes a socket that sends more than maxPayload, and keeps serving others', async () => {
    await server.close();
    server = await startWebServer({
      engine,
      rendererDir: join(parent, 'renderer'),
      maxPayload: 64 * 1024,
    });
    const client = await openClient();
    const closed = new Promise<number>((resolve) => client.socket.once('close', resolve));
    client.socket.send('x'.repeat(64 * 1024 + 1));
    expect(await closed).toBe(1009);
    const other = await openClient();
    expect(await other.invoke('getSystemInfo', {})).toMatchObject({ ok: true });
  });

  it('closes every WebSocket when the server closes', async () => {
    const client = await openClient();
    const closed = new Promise<void>((resolve) => client.socket.once('close', () => resolve()));
    await server.close();
    await closed;
    await expect(httpGet(server.port, '/')).rejects.toThrow();
  });
});
