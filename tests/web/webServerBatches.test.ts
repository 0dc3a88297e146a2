/**
 * Browser mode's batch path over real sockets: a real `startWebServer`, real `ws` clients, and
 * an engine whose batches the test makes (each listener's first batch carries the whole state,
 * later ones only the changes), so a slow tab can be forced and counted exactly.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebServer } from '../../electron/web';
import type { WebServer } from '../../electron/web';
import type { WebEngine } from '../../electron/web/webServer';
import type { EventBatch } from '../../shared/contract';
import { WEBSOCKET_PATH } from '../../shared/contract/api';
import { SimulatedEngine, TabView, seededRandom } from './simulatedEngine';
import { WebClient } from './webClient';

class BatchSource {
  readonly listeners = new Set<(batch: EventBatch) => void>();

  constructor(readonly engine: SimulatedEngine) {}

  onBatch(listener: (batch: EventBatch) => void): () => void {
    this.listeners.add(listener);
    listener(this.engine.firstBatch());
    return () => this.listeners.delete(listener);
  }

  emit(): void {
    const batch = this.engine.nextBatch();
    for (const listener of this.listeners) listener(batch);
  }
}

let directory: string;
let server: WebServer | undefined;
const clients: WebClient[] = [];

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'puerto-web-batches-'));
  await writeFile(join(directory, 'index.html'), '<!doctype html><p>test</p>');
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server?.close();
  server = undefined;
  await rm(directory, { recursive: true, force: true });
});

async function serve(source: BatchSource, bufferedLimit?: number): Promise<WebServer> {
  server = await startWebServer({
    engine: source as unknown as WebEngine,
    rendererDir: directory,
    batches: bufferedLimit === undefined ? {} : { bufferedLimit, retryMs: 20 },
  });
  return server;
}

async function open(web: WebServer): Promise<WebClient> {
  const client = await WebClient.open(
    `ws://127.0.0.1:${web.port}${WEBSOCKET_PATH}?token=${web.token}`,
    { Origin: `http://127.0.0.1:${web.port}` },
  );
  clients.push(client);
  return client;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('browser-mode batches', () => {
  it('gives each tab a first batch with the whole state, and only changes after it', async () => {
    const source = new BatchSource(new SimulatedEngine(seededRandom(5)));
    for (let round = 0; round < 5; round++) source.emit();
    const web = await serve(source);
    const first = await open(web);
    await first.waitForBatches((batches) => batches.length >= 1);
    expect(first.batches[0]?.state?.connections.map((item) => item.id)).toEqual([
      ...source.engine.connections.keys(),
    ]);

    for (let round = 0; round < 10; round++) source.emit();
    await first.waitForBatches((batches) => batches.length >= 11);
    for (const batch of first.batches.slice(1)) {
      expect(batch.state).toBeUndefined();
      expect(batch.changes).toBeDefined();
    }

    const late = await open(web);
    await late.waitForBatches((batches) => batches.length >= 1);
    expect(late.batches[0]?.state?.connections).toEqual([...source.engine.connections.values()]);
    expect(first.batches.filter((batch) => batch.state !== undefined)).toHaveLength(1);

    const tab = new TabView();
    for (const batch of first.batches) tab.apply(batch);
    expect([...tab.connections.values()]).toEqual([...source.engine.connections.values()]);

    late.close();
    await waitUntil(() => source.listeners.size === 1);
  });

  it('tells a tab that stopped reading how many events it missed, and leaves it up to date', async () => {
    const source = new BatchSource(new SimulatedEngine(seededRandom(11), 64 * 1024));
    const web = await serve(source, 256 * 1024);
    const client = await open(web);
    await client.waitForBatches((batches) => batches.length >= 1);

    client.socket.pause();
    for (let round = 0; round < 150; round++) {
      source.emit();
      await nextTurn();
    }
    client.socket.resume();

    const tab = new TabView();
    let applied = 0;
    await waitUntil(() => {
      for (const batch of client.batches.slice(applied)) tab.apply(batch);
      applied = client.batches.length;
      return tab.seqs.length + tab.missedCount === source.engine.produced;
    });
    expect(tab.missedCount).toBeGreaterThan(0);
    expect(tab.seqs.length).toBeGreaterThan(0);
    for (const seq of tab.seqs) expect(tab.missedSeqs.has(seq)).toBe(false);
    expect([...tab.connections.values()]).toEqual([...source.engine.connections.values()]);
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
