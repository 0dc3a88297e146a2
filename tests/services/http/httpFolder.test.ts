/**
 * The http service serving a chosen folder (the `folder` option, set through the engine as the
 * workspace does), judged by curl: files, listings, redirects, and every way out of the folder
 * refused without a byte of what lies outside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLabEngine } from '../../../electron/services';
import type { PuertoEngine } from '../../../electron/engine';
import { requireTool } from '../../support/requireTool';
import { curl } from '../files/programs';

const hasCurl = requireTool('curl', 'curl');
const SECRET = 'TOP-SECRET-OUTSIDE';

let engine: PuertoEngine | undefined;
let base: string;
let served: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'puerto-http-'));
  served = join(base, 'served');
  mkdirSync(join(served, 'sub'), { recursive: true });
  mkdirSync(join(base, 'outside'));
  mkdirSync(join(base, 'served-sibling'));
  writeFileSync(join(base, 'outside', 'secret.txt'), SECRET);
  writeFileSync(join(base, 'served-sibling', 'secret.txt'), SECRET);
  writeFileSync(join(served, 'hello.txt'), 'hola, mundo\n');
  writeFileSync(join(served, 'style.css'), 'body{}');
  writeFileSync(join(served, 'café.txt'), 'accent');
  writeFileSync(join(served, 'sub', 'index.html'), '<p>sub index</p>');
  symlinkSync(join(base, 'outside', 'secret.txt'), join(served, 'link-out.txt'));
  symlinkSync(join(base, 'outside'), join(served, 'link-dir'));
  symlinkSync(join(base, 'served-sibling'), join(served, 'sibling-link'));
  execFileSync('mkfifo', [join(served, 'pipe')]);
});

afterEach(async () => {
  await engine?.close();
  engine = undefined;
  rmSync(base, { recursive: true, force: true });
});

async function startHttp(options: Record<string, unknown>): Promise<string> {
  engine = createLabEngine();
  const server = await engine.startServer({
    protocol: 'tcp',
    port: 0,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour: { name: 'http', ...options } as never,
  });
  return `http://127.0.0.1:${server.port}`;
}

interface Answer {
  status: number;
  headers: string;
  body: string;
}

async function get(url: string, ...args: string[]): Promise<Answer> {
  const run = await curl(['--path-as-is', '-D', '-', ...args, url]);
  const split = run.stdout.indexOf('\r\n\r\n');
  const headers = run.stdout.slice(0, split);
  return {
    status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1]),
    headers,
    body: Buffer.from(run.stdout.slice(split + 4), 'latin1').toString('utf8'),
  };
}

describe.skipIf(!hasCurl)('http service with a folder, judged by curl', () => {
  it('serves files with their content type, index.html and listings', async () => {
    const url = await startHttp({ folder: served });
    const hello = await get(`${url}/hello.txt`);
    expect(hello.status).toBe(200);
    expect(hello.body).toBe('hola, mundo\n');
    expect(hello.headers).toMatch(/^Content-Type: text\/plain; charset=utf-8$/im);
    expect(hello.headers).toMatch(/^Content-Length: 12$/im);
    expect((await get(`${url}/style.css`)).headers).toMatch(/^Content-Type: text\/css/im);
    expect((await get(`${url}/caf%C3%A9.txt`)).body).toBe('accent');

    const moved = await get(`${url}/sub`);
    expect(moved.status).toBe(301);
    expect(moved.headers).toMatch(/^Location: \/sub\/$/im);
    expect((await get(`${url}/sub/`)).body).toBe('<p>sub index</p>');

    const listing = await get(`${url}/`);
    expect(listing.status).toBe(200);
    expect(listing.body).toContain('<a href="hello.txt">hello.txt</a>');
    expect(listing.body).toContain('<a href="sub/">sub/</a>');
    expect(listing.body).toContain('caf%C3%A9.txt');
    expect(listing.body).not.toContain('link-out.txt');
    expect(listing.body).not.toContain('link-dir');

    const head = await get(`${url}/hello.txt`, '-I');
    expect(head.status).toBe(200);
    expect(head.headers).toMatch(/^Content-Length: 12$/im);
    const modified = /^Last-Modified: (.*)$/im.exec(hello.headers)?.[1]?.trim() ?? '';
    expect((await get(`${url}/hello.txt`, '-H', `If-Modified-Since: ${modified}`)).status).toBe(
      304,
    );
    expect((await get(`${url}/missing.txt`)).status).toBe(404);
  });

  it('refuses every way out of the folder and never sends what lies outside', async () => {
    const url = await startHttp({ folder: served });
    const forbidden = [
      '/../outside/secret.txt',
      '/sub/../../outside/secret.txt',
      '/%2e%2e/outside/secret.txt',
      '/%2E%2E/outside/secret.txt',
      '/..%2foutside%2fsecret.txt',
      '/%252e%252e/outside/secret.txt',
      '/..%5coutside%5csecret.txt',
      '/%5c..%5coutside%5csecret.txt',
      '/hello.txt%00.html',
      '/link-out.txt',
      '/link-dir/secret.txt',
      '/link-dir/',
      '/sibling-link/secret.txt',
      '/C:/outside/secret.txt',
      '/pipe',
    ];
    const answers = await Promise.all(forbidden.map((path) => get(`${url}${path}`)));
    answers.forEach((answer, index) => {
      expect(answer.status, forbidden[index]).toBe(403);
      expect(answer.body, forbidden[index]).not.toContain(SECRET);
      expect(answer.body, forbidden[index]).not.toContain(base);
    });
    // The absolute form names a host, but the path is still read inside the folder.
    const absolute = await get(url, '--request-target', 'http://elsewhere/../outside/secret.txt');
    expect(absolute.status).toBe(403);
    for (const path of ['/etc/passwd', '//outside/secret.txt', `/${base}/outside/secret.txt`]) {
      const answer = await get(`${url}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain(SECRET);
    }
    expect((await get(`${url}/hello.txt`)).status).toBe(200);
  });

  it('explains each request and response in the capture', async () => {
    const url = await startHttp({ folder: served });
    await get(`${url}/hello.txt`);
    const { events } = await engine!.getCapture({ afterSeq: 0, limit: 100 });
    const request = events.find((event) => event.kind === 'data-in');
    const response = events.find((event) => event.kind === 'data-out');
    expect(request?.kind === 'data-in' && request.annotation?.role).toBe('request');
    expect(request?.kind === 'data-in' && request.annotation?.lines?.[0]).toMatchObject({
      text: 'GET /hello.txt HTTP/1.1',
      key: 'services.http.lines.request.get',
      params: { target: '/hello.txt' },
    });
    expect(response?.kind === 'data-out' && response.annotation?.lines?.[0]).toMatchObject({
      text: 'HTTP/1.1 200 OK',
      key: 'services.http.lines.status.s200',
    });
  });

  it('refuses to start on a folder that does not exist', async () => {
    await expect(startHttp({ folder: join(base, 'nope') })).rejects.toMatchObject({
      error: {
        code: 'INVALID_INPUT',
        details: { field: 'behaviour.folder', reason: 'services.files.folderMissing' },
      },
    });
  });

  it('closes a connection that stays silent longer than idleSeconds', async () => {
    const url = await startHttp({ idleSeconds: 1 });
    const port = Number(new URL(url).port);
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', reject);
      socket.on('close', () => resolve());
      socket.resume();
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
