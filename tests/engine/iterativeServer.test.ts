/**
 * The iterative server (one client at a time) against real TCP clients on 127.0.0.1: the
 * second client waits in the listen queue, unserved, until the first closes; a client that
 * gives up leaves the queue; the queue is bounded; stopping resets the clients still waiting.
 */
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../shared/contract/events';
import { behaviourSchema } from '../../shared/contract/behaviours';
import type { BehaviourConfig } from '../../shared/contract/model';
import { PuertoEngine } from '../../electron/engine';
import { createLabEngine } from '../../electron/services';
import { requireTool } from '../support/requireTool';
import { netcat } from '../cli/netcat';
import type { RawTcpPeer } from './helpers';
import {
  decode,
  eventsOf,
  freePort,
  rawTcpConnect,
  recordEvents,
  rejection,
  waitFor,
} from './helpers';

const hasNetcat = requireTool('nc', 'netcat-openbsd');

interface Client extends RawTcpPeer {
  port: number;
}

/**
 * Connects a client the server resets at once. The reset may arrive before Node reports the
 * connection open, when the socket no longer tells its port, so the port is chosen beforehand.
 */
async function resetOnConnect(port: number): Promise<{ port: number; code: string | undefined }> {
  const localPort = await freePort();
  return new Promise((resolve) => {
    let code: string | undefined;
    const socket = net.connect({ port, host: '127.0.0.1', localPort });
    socket.on('error', (error: NodeJS.ErrnoException) => (code = error.code));
    socket.on('close', () => resolve({ port: localPort, code }));
  });
}

describe('iterative TCP server', () => {
  let engine: PuertoEngine;
  let events: PuertoEvent[];
  const peers: RawTcpPeer[] = [];

  const useEngine = (created: PuertoEngine): void => {
    engine = created;
    events = recordEvents(engine);
  };

  beforeEach(() => useEngine(new PuertoEngine()));

  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.socket.destroy();
    await engine.close();
  });

  const startIterative = (behaviour: BehaviourConfig = { name: 'echo' }) =>
    engine.startServer({
      protocol: 'tcp',
      port: 0,
      bind: { mode: 'loopback', family: 'IPv4' },
      behaviour,
      concurrency: 'iterative',
    });

  /** A raw client, with its ephemeral port kept (a closed socket no longer reports it). */
  const connect = async (port: number): Promise<Client> => {
    const peer = await rawTcpConnect(port);
    peers.push(peer);
    // A socket that errors (a reset) must not fail the test: the test asserts on `closed`.
    peer.socket.on('error', () => {});
    return { ...peer, port: peer.socket.localPort! };
  };

  const serverState = async (id: string) => {
    const server = (await engine.getState()).servers.find((item) => item.id === id);
    if (server === undefined) throw new Error(`no server ${id}`);
    return server;
  };

  /** Polls the engine's state until the server's queue has `length` clients. */
  const queueLength = async (id: string, length: number, what: string): Promise<void> => {
    const deadline = Date.now() + 4_000;
    while ((await serverState(id)).waiting.length !== length) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  const fromPeer = (peer: Client) => (event: PuertoEvent) => event.remote?.port === peer.port;

  const waitingOf = (peer: Client) =>
    waitFor(() => eventsOf(events, 'waiting').find(fromPeer(peer)), 'the waiting event');

  const acceptedOf = (peer: Client) =>
    waitFor(() => eventsOf(events, 'accepted').find(fromPeer(peer)), 'the accepted event');

  /** A round trip on the served client: its bytes went through the server and back. */
  const roundTrip = async (peer: Client, message: string): Promise<void> => {
    const before = peer.received();
    peer.socket.write(message);
    await waitFor(() => peer.received() === before + message, `the echo of ${message}`);
  };

  it('keeps the second client waiting, unserved, until the first closes', async () => {
    const server = await startIterative();
    expect(server.concurrency).toBe('iterative');
    expect(server.waiting).toEqual([]);
    const first = await connect(server.port);
    await acceptedOf(first);
    const second = await connect(server.port);
    const waiting = await waitingOf(second);
    expect(waiting).toMatchObject({
      proto: 'tcp',
      serverId: server.id,
      local: { address: '127.0.0.1', port: server.port },
      remote: { address: '127.0.0.1', port: second.port },
    });
    expect(waiting.connectionId).toBeUndefined();
    const queued = await serverState(server.id);
    expect(queued.waiting).toEqual([{ address: '127.0.0.1', port: second.port }]);
    expect(queued.activeConnections).toBe(1);

    second.socket.write('second\n');
    // The first client is served meanwhile, and its round trip lets the second's bytes arrive.
    await roundTrip(first, 'first\n');
    await roundTrip(first, 'again\n');
    expect(second.received()).toBe('');
    expect(eventsOf(events, 'data-in').filter(fromPeer(second))).toEqual([]);
    expect(eventsOf(events, 'accepted').filter(fromPeer(second))).toEqual([]);

    first.socket.end();
    const accepted = await acceptedOf(second);
    await waitFor(() => second.received() === 'second\n', 'the echo of the waiting bytes');
    const firstClosed = eventsOf(events, 'closed').find(fromPeer(first));
    expect(firstClosed).toBeDefined();
    expect(accepted.seq).toBeGreaterThan(waiting.seq);
    expect(accepted.seq).toBeGreaterThan(firstClosed!.seq);
    const received = eventsOf(events, 'data-in', accepted.connectionId);
    expect(received.map((event) => decode(event.payload)).join('')).toBe('second\n');
    const served = await serverState(server.id);
    expect(served.waiting).toEqual([]);
    expect(served.totalConnections).toBe(2);
  });

  it('serves the waiting clients oldest first', async () => {
    const server = await startIterative();
    const first = await connect(server.port);
    await acceptedOf(first);
    const second = await connect(server.port);
    await waitingOf(second);
    const third = await connect(server.port);
    await waitingOf(third);
    expect((await serverState(server.id)).waiting.map((endpoint) => endpoint.port)).toEqual([
      second.port,
      third.port,
    ]);
    third.socket.write('third\n');
    second.socket.write('second\n');
    first.socket.end();
    await waitFor(() => second.received() === 'second\n', 'the second served');
    expect(third.received()).toBe('');
    expect((await serverState(server.id)).waiting).toEqual([
      { address: '127.0.0.1', port: third.port },
    ]);
    second.socket.end();
    await waitFor(() => third.received() === 'third\n', 'the third served');
  });

  it('lets a waiting client that closes or resets leave the queue, and never serves it', async () => {
    const server = await startIterative({ name: 'manual' });
    const first = await connect(server.port);
    const firstAccepted = await acceptedOf(first);
    const closing = await connect(server.port);
    await waitingOf(closing);
    const resetting = await connect(server.port);
    await waitingOf(resetting);
    expect((await serverState(server.id)).waiting).toHaveLength(2);

    closing.socket.end();
    await queueLength(server.id, 1, 'the closed client to leave');
    await waitFor(() => closing.closed() || closing.ended(), 'the server side closed too');
    resetting.socket.resetAndDestroy();
    await queueLength(server.id, 0, 'the reset client to leave');

    await engine.closeConnection({ connectionId: firstAccepted.connectionId! });
    await waitFor(() => first.ended(), 'the first client told of the close');
    const latest = await serverState(server.id);
    expect(latest.totalConnections).toBe(1);
    expect(eventsOf(events, 'accepted')).toHaveLength(1);
  });

  it('keeps a client that half-closed after its request, and answers it in turn (nc -N)', async () => {
    if (!hasNetcat) return;
    const server = await startIterative();
    const first = await connect(server.port);
    await acceptedOf(first);
    const reply = netcat(['-N', '127.0.0.1', String(server.port)], 'hola desde nc\n');
    const waiting = await waitFor(() => eventsOf(events, 'waiting')[0], 'nc waiting');
    // nc sent its line and its FIN: still queued, since it waits for the answer.
    await roundTrip(first, 'first\n');
    expect((await serverState(server.id)).waiting).toEqual([waiting.remote]);
    first.socket.end();
    const answered = await reply;
    expect(answered.output).toBe('hola desde nc\n');
    const accepted = eventsOf(events, 'accepted').find(
      (event) => event.remote?.port === waiting.remote?.port,
    );
    expect(accepted).toBeDefined();
    const halfClosed = eventsOf(events, 'half-closed', accepted!.connectionId);
    expect(halfClosed.map((event) => event.by)).toContain('remote');
  });

  it('resets the newest client beyond the waiting limit and explains why', async () => {
    await engine.close();
    useEngine(new PuertoEngine({ waitingLimit: 1 }));
    const server = await startIterative();
    const first = await connect(server.port);
    await acceptedOf(first);
    const second = await connect(server.port);
    await waitingOf(second);
    const third = await resetOnConnect(server.port);
    const error = await waitFor(
      () => eventsOf(events, 'error').find((event) => event.remote?.port === third.port),
      'the queue-full error',
    );
    expect(third.code).toBe('ECONNRESET');
    expect(error.serverId).toBe(server.id);
    expect(error.error.code).toBe('QUEUE_FULL');
    expect(error.error.details).toMatchObject({ port: server.port, limit: 1, proto: 'TCP' });
    expect((await serverState(server.id)).waiting).toEqual([
      { address: '127.0.0.1', port: second.port },
    ]);
    expect(
      eventsOf(events, 'waiting').filter((event) => event.remote?.port === third.port),
    ).toEqual([]);
  });

  it('resets the waiting clients when it stops, and leaves the served one open', async () => {
    const server = await startIterative();
    const first = await connect(server.port);
    await acceptedOf(first);
    const second = await connect(server.port);
    await waitingOf(second);
    second.socket.write('never served\n');
    const stopped = await engine.stopServer({ serverId: server.id, closeConnections: false });
    expect(stopped.waiting).toEqual([]);
    await waitFor(() => second.closed(), 'the waiting client reset');
    expect(second.received()).toBe('');
    await roundTrip(first, 'still here\n');
    first.socket.end();
    await waitFor(() => first.closed(), 'the first client closed');
    expect(eventsOf(events, 'accepted').filter(fromPeer(second))).toEqual([]);
  });

  it('serves a greeting service one client at a time (SMTP greets only the served client)', async () => {
    await engine.close();
    useEngine(createLabEngine());
    const server = await startIterative(behaviourSchema.parse({ name: 'smtp' }));
    const first = await connect(server.port);
    await waitFor(() => first.received().startsWith('220 '), 'the first greeting');
    const second = await connect(server.port);
    await waitingOf(second);
    first.socket.write('NOOP\r\n');
    await waitFor(() => first.received().includes('250'), 'the answer to NOOP');
    expect(second.received()).toBe('');
    first.socket.write('QUIT\r\n');
    await waitFor(() => first.ended(), 'the server ending the first session');
    expect(second.received()).toBe('');
    first.socket.end();
    await waitFor(() => second.received().startsWith('220 '), 'the second greeting');
  });

  it('is refused for UDP, and concurrent stays the default with an empty queue', async () => {
    const refused = await rejection(
      engine.startServer({
        protocol: 'udp',
        port: 0,
        bind: { mode: 'loopback' },
        behaviour: { name: 'echo' },
        concurrency: 'iterative',
      }),
    );
    expect(refused).toMatchObject({
      code: 'INVALID_INPUT',
      details: { field: 'concurrency', reason: 'validation.iterativeNeedsTcp' },
    });
    const concurrent = await engine.startServer({
      protocol: 'tcp',
      port: 0,
      bind: { mode: 'loopback', family: 'IPv4' },
      behaviour: { name: 'echo' },
    });
    expect(concurrent).toMatchObject({ concurrency: 'concurrent', waiting: [] });
    const first = await connect(concurrent.port);
    const second = await connect(concurrent.port);
    await roundTrip(second, 'at once\n');
    await roundTrip(first, 'both\n');
    expect(eventsOf(events, 'waiting')).toEqual([]);
    const udp = await engine.startServer({
      protocol: 'udp',
      port: 0,
      bind: { mode: 'loopback' },
      behaviour: { name: 'echo' },
    });
    expect(udp).toMatchObject({ concurrency: 'concurrent', waiting: [] });
  });
});
