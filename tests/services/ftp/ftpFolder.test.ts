/**
 * The ftp service on a chosen root (set through the engine, as the workspace does), judged by
 * lftp and curl: read-only refusals, links that lead outside, the passive port range, and raw
 * control connections (a command split in two, an idle client).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLabEngine } from '../../../electron/services';
import type { PuertoEngine } from '../../../electron/engine';
import { freePort } from '../../cli/cliProcess';
import { requireTool } from '../../support/requireTool';
import { curl, lftp } from '../files/programs';

const hasTools = requireTool('curl', 'curl') && requireTool('lftp', 'lftp');
const SECRET = 'TOP-SECRET-OUTSIDE';

let engine: PuertoEngine | undefined;
let sockets: Socket[] = [];
let base: string;
let root: string;
let work: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'puerto-ftp-root-'));
  root = join(base, 'root');
  work = join(base, 'client');
  mkdirSync(join(root, 'pub'), { recursive: true });
  mkdirSync(join(base, 'outside'));
  mkdirSync(work);
  writeFileSync(join(root, 'pub', 'hello.txt'), 'hola\n');
  writeFileSync(join(base, 'outside', 'secret.txt'), SECRET);
  writeFileSync(join(work, 'upload.txt'), 'from the client\n');
  symlinkSync(join(base, 'outside'), join(root, 'way-out'));
  symlinkSync(join(base, 'outside', 'secret.txt'), join(root, 'secret-link.txt'));
});

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets = [];
  await engine?.close();
  engine = undefined;
  rmSync(base, { recursive: true, force: true });
});

async function startFtp(options: Record<string, unknown>): Promise<number> {
  engine = createLabEngine();
  const server = await engine.startServer({
    protocol: 'tcp',
    port: 0,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour: { name: 'ftp', ...options } as never,
  });
  return server.port;
}

async function repliesSent(): Promise<string> {
  const { events } = await engine!.getCapture({ afterSeq: 0, limit: 1000 });
  return events
    .map((event) => (event.kind === 'data-out' ? Buffer.from(event.payload).toString('utf8') : ''))
    .join('');
}

/** A raw control connection that collects every reply. */
function control(port: number): { socket: Socket; text: () => string; closed: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, text: () => received, closed };
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!hasTools)('ftp service on a chosen root, judged by lftp and curl', () => {
  it('refuses every change on a read-only server and still lets files be read', async () => {
    const port = await startFtp({ root, readOnly: true });
    const url = `ftp://127.0.0.1:${port}`;
    const run = await lftp(
      url,
      'alumno,alumno',
      [
        'put upload.txt',
        'mkdir made',
        'rm pub/hello.txt',
        'mv pub/hello.txt pub/moved.txt',
        'get pub/hello.txt -o got.txt',
      ],
      work,
    );
    expect(run.stderr).toMatch(/put: Access failed: 550 Read-only/);
    expect(run.stderr).toMatch(/mkdir: Access failed: 550 Read-only/);
    expect(run.stderr).toMatch(/rm: Access failed: 550 Read-only/);
    expect(run.stderr).toMatch(/mv: Access failed: 550 Read-only/);
    expect(readdirSync(root).sort()).toEqual(['pub', 'secret-link.txt', 'way-out']);
    expect(readdirSync(join(root, 'pub'))).toEqual(['hello.txt']);
    expect(existsSync(join(work, 'got.txt'))).toBe(true);
  });

  it('never reads or writes through links that lead outside the root', async () => {
    const port = await startFtp({ root });
    const url = `ftp://127.0.0.1:${port}`;
    const run = await lftp(
      url,
      'alumno,alumno',
      [
        'get secret-link.txt -o leaked1.txt',
        'get way-out/secret.txt -o leaked2.txt',
        'put upload.txt -o way-out/planted.txt',
        'put upload.txt -o ../outside/planted.txt',
        'put upload.txt -o /../outside/planted.txt',
        'quote CWD way-out',
        'quote DELE way-out/secret.txt',
        'quote RNFR pub/hello.txt',
        'quote RNTO ../outside/moved.txt',
        'put upload.txt -o pub/upload.txt',
      ],
      work,
    );
    expect(run.stderr).not.toContain(base);
    expect(readdirSync(join(base, 'outside'))).toEqual(['secret.txt']);
    expect(existsSync(join(work, 'leaked1.txt'))).toBe(false);
    expect(existsSync(join(work, 'leaked2.txt'))).toBe(false);
    // The lab account may write inside, so the last upload is there.
    expect(readdirSync(join(root, 'pub')).sort()).toEqual(['hello.txt', 'upload.txt']);

    const listing = await curl([`${url}/`]);
    expect(listing.stdout).toContain('pub');
    expect(listing.stdout).not.toContain('way-out');
    expect(listing.stdout).not.toContain('secret-link');
    const replies = await repliesSent();
    expect(replies).toContain('550 Outside the shared folder');
    expect(replies).not.toContain(base);
    expect(replies).not.toContain(SECRET);
  });

  it('opens passive data ports only inside the configured range', async () => {
    const passive = await freePort();
    const port = await startFtp({ root, passivePortMin: passive, passivePortMax: passive });
    for (const mode of [[], ['--disable-epsv']]) {
      const run = await curl(['-v', ...mode, `ftp://127.0.0.1:${port}/pub/hello.txt`]);
      expect(run.stdout).toBe('hola\n');
      const announced =
        /\(\|\|\|(\d+)\|\)/.exec(run.stderr)?.[1] ??
        (() => {
          const numbers = /\(127,0,0,1,(\d+),(\d+)\)/.exec(run.stderr);
          return String(Number(numbers?.[1]) * 256 + Number(numbers?.[2]));
        })();
      expect(Number(announced)).toBe(passive);
    }
  });

  it('waits for the end of a command split across two packets', async () => {
    const port = await startFtp({ root });
    const client = control(port);
    await until(() => client.text().includes('220 '));
    client.socket.write('USER anon');
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.socket.write('ymous\r\n');
    await until(() => client.text().includes('331 '));
    client.socket.write('PASS guest\r\nPWD\r\n');
    await until(() => client.text().includes('257 '));
    expect(client.text()).toContain('230 ');
    expect(client.text()).not.toContain('502 ');
  });

  it('closes a control connection idle for longer than idleSeconds, with a 421', async () => {
    const port = await startFtp({ root, idleSeconds: 1 });
    const client = control(port);
    const started = Date.now();
    await client.closed;
    expect(client.text()).toMatch(/\r\n421 Idle for too long/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses anonymous users when anonymous access is off', async () => {
    const port = await startFtp({ root, anonymous: false });
    const anonymous = await curl([`ftp://127.0.0.1:${port}/pub/hello.txt`]);
    expect(anonymous.code).toBe(67);
    const student = await curl(['-u', 'alumno:alumno', `ftp://127.0.0.1:${port}/pub/hello.txt`]);
    expect(student.stdout).toBe('hola\n');
  });

  it('refuses to start on a root that does not exist', async () => {
    await expect(startFtp({ root: join(base, 'nope') })).rejects.toMatchObject({
      error: { code: 'INVALID_INPUT', details: { field: 'behaviour.root' } },
    });
  });
});
