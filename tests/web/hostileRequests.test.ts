/**
 * Issue 12, browser mode: an aborted static request leaked one descriptor; a message whose id
 * could not be read was answered under id 0 (its caller waited for ever); a workspace the
 * schema accepts but larger than 2 MiB was refused with 1009. Loopback only, bounded in count.
 */
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PuertoEngine } from '../../electron/engine';
import { DEFAULT_MAX_PAYLOAD, startWebServer } from '../../electron/web';
import type { WebServer } from '../../electron/web';
import { requestBound } from '../../electron/web/largestRequest';
import { COMMAND_NAMES, MAX_SEND_BYTES } from '../../shared/contract/commands';
import { WEBSOCKET_PATH } from '../../shared/contract/api';
import { WORKSPACE_VERSION, workspaceSchema } from '../../shared/contract/workspace';
import { encodeWire } from '../../shared/contract/wireCodec';
import { WebClient } from './webClient';

const PAGE = '<!doctype html><p>Puerto test page</p>';
/** Large enough that the kernel's socket buffers cannot take it whole before the abort. */
const BIG_ASSET_BYTES = 8 * 1024 * 1024;

let parent: string;
let engine: PuertoEngine;
let server: WebServer;
const cleanups: Array<() => void> = [];

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'puerto-web-hostile-'));
  const rendererDir = join(parent, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), PAGE);
  await writeFile(join(rendererDir, 'assets', 'big.js'), Buffer.alloc(BIG_ASSET_BYTES, 0x20));
  engine = new PuertoEngine();
  server = await startWebServer({ engine, rendererDir });
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.close();
  await engine.close();
  await rm(parent, { recursive: true, force: true });
});

const openDescriptors = (): number => readdirSync('/proc/self/fd').length;

async function openClient(): Promise<WebClient> {
  const url = `ws://127.0.0.1:${server.port}${WEBSOCKET_PATH}?token=${server.token}`;
  const client = await WebClient.open(url, { Origin: `http://127.0.0.1:${server.port}` });
  cleanups.push(() => client.close());
  return client;
}

/** Asks for the big asset, waits for its first bytes, then vanishes like a reloading tab. */
function abortedRequest(): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: server.port });
    socket.on('error', reject);
    socket.write(
      `GET /assets/big.js?token=${server.token} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`,
    );
    socket.once('data', () => {
      socket.destroy();
      resolve();
    });
  });
}

function closeOf(client: WebClient): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    client.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}

describe('browser mode under hostile requests', () => {
  it.skipIf(process.platform !== 'linux')(
    'leaks no descriptor over 30 aborted static requests',
    async () => {
      await abortedRequest();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const before = openDescriptors();
      for (let round = 0; round < 30; round += 1) await abortedRequest();
      const deadline = Date.now() + 3_000;
      while (openDescriptors() > before + 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(openDescriptors() - before).toBeLessThanOrEqual(2);
    },
  );

  it.each([
    ['bytes that are not MessagePack', new Uint8Array([0xd9, 0xff, 0x41]), 1007],
    ['a text frame without an id', 'this is not JSON', 1003],
    ['a message without a usable id', encodeWire({ type: 'invoke', id: -1, command: 'x' }), 1008],
  ])('closes the socket with a clear code for %s', async (_what, frame, code) => {
    const client = await openClient();
    const closed = closeOf(client);
    client.socket.send(frame);
    const { code: seen, reason } = await closed;
    expect(seen).toBe(code);
    expect(reason).toMatch(/^Puerto: /);
  });

  it('still answers a refused message under its own id', async () => {
    const client = await openClient();
    const answer = await client.sendRaw(encodeWire({ type: 'invoke', id: 77, command: 3 }), 77);
    expect(answer).toMatchObject({ ok: false, error: { details: { field: 'command' } } });
  });

  it('saves a valid workspace larger than the old 2 MiB limit', async () => {
    const snippets = Array.from({ length: 60 }, (_unused, index) => ({
      id: `s${index}`,
      name: `snippet ${index}`,
      mode: 'text' as const,
      text: 'ñ'.repeat(64 * 1024),
    }));
    const workspace = { version: WORKSPACE_VERSION, snippets };
    expect(workspaceSchema.safeParse(workspace).success).toBe(true);
    const frameBytes = encodeWire({
      type: 'invoke',
      id: 1,
      command: 'saveWorkspace',
      request: { workspace },
    }).byteLength;
    expect(frameBytes).toBeGreaterThan(6 * 1024 * 1024);
    const client = await openClient();
    const saved = await client.invoke('saveWorkspace', { workspace });
    expect(saved).toMatchObject({ ok: true });
    const loaded = await client.invoke('loadWorkspace', {});
    if (!loaded.ok) throw new Error('loadWorkspace failed');
    const { snippets: back } = (
      loaded.value as { workspace: { snippets: Array<{ text: string }> } }
    ).workspace;
    expect(back).toHaveLength(60);
    expect(back[59]!.text).toBe(snippets[59]!.text);
  });

  it('sets the default limit from the largest bounded request, and every request is bounded', () => {
    for (const command of COMMAND_NAMES) expect(Number.isFinite(requestBound(command))).toBe(true);
    expect(requestBound('send')).toBeGreaterThan(MAX_SEND_BYTES);
    const largest = Math.max(...COMMAND_NAMES.map(requestBound));
    expect(DEFAULT_MAX_PAYLOAD).toBe(largest);
    // 500 snippets of 64 Ki UTF-16 units, each up to 3 UTF-8 bytes.
    expect(requestBound('saveWorkspace')).toBeGreaterThan(500 * 64 * 1024 * 3);
  });

  it('a frame one byte over a small limit still closes with 1009', async () => {
    await server.close();
    server = await startWebServer({
      engine,
      rendererDir: join(parent, 'renderer'),
      maxPayload: 1024,
    });
    const client = await openClient();
    const closed = closeOf(client);
    client.socket.send(new Uint8Array(1025));
    expect((await closed).code).toBe(1009);
  });
});
