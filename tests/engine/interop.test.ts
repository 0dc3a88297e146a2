/**
 * Independent programs judge the engine: netcat talks to its servers, and a Python listener
 * whose accept queue is full makes a connect hang the way a silent firewall does.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../shared/contract/events';
import { explainError } from '../../shared/i18n';
import { PuertoEngine } from '../../electron/engine';
import { eventsOf, openClient, recordEvents, rejection, startServer, waitFor } from './helpers';

const hasTool = (name: string): boolean => spawnSync('which', [name]).status === 0;

/** Runs a command with the given stdin and resolves with its stdout. */
function run(command: string, args: string[], input: string, timeoutMs = 5_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { timeout: timeoutMs });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => resolve(output));
    child.stdin.end(input);
  });
}

/** A listener with a backlog of 0 that never accepts: after one queued connection, SYNs go unanswered. */
const SILENT_LISTENER = `
import socket, time
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 0))
s.listen(0)
print(s.getsockname()[1], flush=True)
time.sleep(30)
`;

describe.runIf(hasTool('nc'))('netcat against the engine', () => {
  let engine: PuertoEngine;
  let events: PuertoEvent[];

  beforeEach(() => {
    engine = new PuertoEngine();
    events = recordEvents(engine);
  });

  afterEach(() => engine.close());

  it('gets its lines back from a TCP echo server, which closes after nc sends FIN', async () => {
    const server = await startServer(engine, 'tcp', { name: 'echo' });
    const output = await run('nc', ['-N', '127.0.0.1', String(server.port)], 'hola\nmundo\n');
    expect(output).toBe('hola\nmundo\n');
    const [connection] = (await engine.getState()).connections;
    expect(connection).toMatchObject({ status: 'closed', remoteEnded: true, localEnded: true });
    expect(eventsOf(events, 'half-closed').map((event) => event.by)).toEqual(['remote', 'local']);
  });

  it('gets a datagram back from a UDP echo server', async () => {
    const server = await startServer(engine, 'udp', { name: 'echo' });
    const output = await run(
      'nc',
      ['-u', '-w', '1', '127.0.0.1', String(server.port)],
      'hola udp\n',
    );
    expect(output).toBe('hola udp\n');
  });

  it('gets the fixed answer per line from a reply server', async () => {
    const server = await startServer(engine, 'tcp', {
      name: 'reply',
      payload: 'vale\n',
      encoding: 'text',
      trigger: 'line',
    });
    const output = await run('nc', ['-N', '127.0.0.1', String(server.port)], 'uno\ndos\ntres');
    expect(output).toBe('vale\nvale\n');
  });
});

describe.runIf(hasTool('python3'))('a connect nobody answers', () => {
  let engine: PuertoEngine;
  let listener: ChildProcess | undefined;
  let filler: net.Socket | undefined;

  beforeEach(() => {
    engine = new PuertoEngine();
  });

  afterEach(async () => {
    filler?.destroy();
    listener?.kill();
    await engine.close();
  });

  async function silentPort(): Promise<number> {
    const child = spawn('python3', ['-c', SILENT_LISTENER]);
    listener = child;
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      child.once('error', reject);
    });
    await new Promise<void>((resolve, reject) => {
      filler = net.connect({ port, host: '127.0.0.1' }, resolve);
      filler.once('error', reject);
    });
    return port;
  }

  it('fails with TIMED_OUT after the requested time, and says how long it waited', async () => {
    const port = await silentPort();
    const started = performance.now();
    const error = await rejection(openClient(engine, 'tcp', port, '127.0.0.1', { timeoutMs: 400 }));
    const waited = performance.now() - started;
    expect(error).toMatchObject({
      code: 'TIMED_OUT',
      details: { address: '127.0.0.1', port, seconds: 0.4 },
    });
    expect(waited).toBeGreaterThanOrEqual(380);
    expect(waited).toBeLessThan(2_000);
    expect(explainError('es', error).title).toContain('0.4');
    expect((await engine.getState()).clients[0]).toMatchObject({
      status: 'error',
      error: { code: 'TIMED_OUT' },
    });
  });

  it('abandons a connect when the client is closed while connecting', async () => {
    const port = await silentPort();
    const events = recordEvents(engine);
    const opening = rejection(openClient(engine, 'tcp', port, '127.0.0.1', { timeoutMs: 10_000 }));
    const connecting = await waitFor(() => eventsOf(events, 'connecting')[0], 'connecting');
    expect((await engine.getState()).clients[0]!.status).toBe('connecting');
    const closed = await engine.closeClient({ clientId: connecting.clientId! });
    expect(closed.status).toBe('closed');
    expect((await opening).code).toBe('CONNECTION_CLOSED');
  });
});
