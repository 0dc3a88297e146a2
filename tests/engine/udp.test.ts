import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../shared/contract/events';
import { explainError } from '../../shared/i18n';
import { PuertoEngine } from '../../electron/engine';
import type { RawUdpPeer } from './helpers';
import {
  decode,
  eventsOf,
  freePort,
  openClient,
  rawUdpSocket,
  recordEvents,
  rejection,
  startServer,
  text,
  waitFor,
} from './helpers';

describe('UDP', () => {
  let engine: PuertoEngine;
  let events: PuertoEvent[];
  const peers: RawUdpPeer[] = [];

  const createEngine = (options: ConstructorParameters<typeof PuertoEngine>[0] = {}): void => {
    engine = new PuertoEngine(options);
    events = recordEvents(engine);
  };

  beforeEach(() => createEngine());

  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.socket.close();
    await engine.close();
  });

  const peer = async (type: 'udp4' | 'udp6' = 'udp4'): Promise<RawUdpPeer> => {
    const created = await rawUdpSocket(type);
    peers.push(created);
    return created;
  };

  it('echoes to two peers, each its own flow', async () => {
    const server = await startServer(engine, 'udp', { name: 'echo' });
    const [first, second] = [await peer(), await peer()];
    first.socket.send('uno', server.port, '127.0.0.1');
    second.socket.send('dos', server.port, '127.0.0.1');
    second.socket.send('dos otra vez', server.port, '127.0.0.1');
    await waitFor(() => first.messages.length === 1 && second.messages.length === 2, 'echoes');
    expect(first.messages.map((message) => message.data.toString())).toEqual(['uno']);
    expect(second.messages.map((message) => message.data.toString())).toEqual([
      'dos',
      'dos otra vez',
    ]);

    const state = await engine.getState();
    const flows = state.connections.filter((item) => item.serverId === server.id);
    expect(flows.map((flow) => flow.remote.port).sort()).toEqual([first.port, second.port].sort());
    expect(flows.find((flow) => flow.remote.port === second.port)!.counters).toMatchObject({
      messagesIn: 2,
      bytesIn: 15,
    });
    expect(state.servers[0]).toMatchObject({ activeConnections: 2, totalConnections: 2 });
    expect(eventsOf(events, 'accepted')).toHaveLength(0);
  });

  it('opens a client from a chosen local port and hears the answer on its flow', async () => {
    const server = await peer();
    const localPort = await freePort('udp');
    const client = await openClient(engine, 'udp', server.port, '127.0.0.1', { localPort });
    expect(client).toMatchObject({
      status: 'open',
      local: { port: localPort },
      remote: { port: server.port },
    });
    await engine.send({ connectionId: client.connectionId, data: text('¿qué hora es?') });
    const request = await waitFor(() => server.messages[0], 'datagram at the peer');
    expect(request.port).toBe(localPort);
    expect(request.data.toString()).toBe('¿qué hora es?');
    server.socket.send('las doce', request.port, request.address);
    const answer = await waitFor(
      () => eventsOf(events, 'data-in', client.connectionId)[0],
      'answer',
    );
    expect(decode(answer.payload)).toBe('las doce');
  });

  it('refuses a chosen local port that is already taken', async () => {
    const busy = await peer();
    const error = await rejection(
      openClient(engine, 'udp', 9, '127.0.0.1', { localPort: busy.port }),
    );
    expect(error).toMatchObject({ code: 'PORT_IN_USE', details: { proto: 'UDP', port: 9 } });
    expect((await engine.getState()).clients[0]!.status).toBe('error');
  });

  it('talks over IPv6 loopback between an engine client and an engine server', async () => {
    const server = await startServer(
      engine,
      'udp',
      { name: 'echo' },
      { mode: 'loopback', family: 'IPv6' },
    );
    expect(server.local.address).toBe('::1');
    const client = await openClient(engine, 'udp', server.port, '::1');
    await engine.send({ connectionId: client.connectionId, data: text('hola v6') });
    const echoed = await waitFor(() => eventsOf(events, 'data-in', client.connectionId)[0], 'echo');
    expect(decode(echoed.payload)).toBe('hola v6');
    expect(echoed.remote).toEqual({ address: '::1', port: server.port });
  });

  it('hears IPv4 and IPv6 peers on one dual-stack server and answers both', async () => {
    const server = await startServer(engine, 'udp', { name: 'echo' }, { mode: 'all' });
    const [v4, v6] = [await peer('udp4'), await peer('udp6')];
    v4.socket.send('cuatro', server.port, '127.0.0.1');
    v6.socket.send('seis', server.port, '::1');
    await waitFor(() => v4.messages.length === 1 && v6.messages.length === 1, 'both echoes');
    const remotes = (await engine.getState()).connections.map((flow) => flow.remote.address).sort();
    expect(remotes).toEqual(['127.0.0.1', '::1']);
  });

  it('refuses a datagram larger than UDP can carry, and sends the largest one', async () => {
    const server = await peer();
    const client = await openClient(engine, 'udp', server.port);
    const error = await rejection(
      engine.send({ connectionId: client.connectionId, data: new Uint8Array(65_508) }),
    );
    expect(error).toMatchObject({
      code: 'MESSAGE_TOO_LARGE',
      details: { bytes: 65_508, limit: 65_507 },
    });
    expect(explainError('es', error).title).toContain('65508');
    await engine.send({ connectionId: client.connectionId, data: new Uint8Array(65_507) });
    const received = await waitFor(() => server.messages[0], 'largest datagram');
    expect(received.data.byteLength).toBe(65_507);
  });

  it('explains "port unreachable" from a closed UDP port as ICMP, and the client can still send', async () => {
    const port = await freePort('udp');
    const client = await openClient(engine, 'udp', port);
    await engine.send({ connectionId: client.connectionId, data: text('¿hay alguien?') });
    const error = await waitFor(
      () => eventsOf(events, 'error', client.connectionId)[0],
      'ICMP error',
    );
    expect(error.error).toMatchObject({
      code: 'PORT_UNREACHABLE',
      details: { proto: 'UDP', port, address: '127.0.0.1' },
    });
    const english = explainError('en', error.error);
    expect(english.title).toBe(`No UDP server on 127.0.0.1:${port}`);
    expect(english.explain).toContain('ICMP “port unreachable”');
    expect(explainError('es', error.error).explain).toContain('ICMP «puerto inalcanzable»');
    // UDP has no connection to lose: the card keeps the client open and says what came back.
    const state = await engine.getState();
    expect(state.clients[0]!.error?.code).toBe('PORT_UNREACHABLE');
    expect(state.clients[0]!.status).toBe('open');
    await engine.send({ connectionId: client.connectionId, data: text('¿y ahora?') });
  });

  it('forgets an earlier "port unreachable" once a datagram comes back', async () => {
    const server = await startServer(engine, 'udp', { name: 'echo' });
    const client = await openClient(engine, 'udp', server.port);
    await engine.stopServer({ serverId: server.id, closeConnections: true });
    await engine.send({ connectionId: client.connectionId, data: text('uno') });
    await waitFor(() => eventsOf(events, 'error', client.connectionId)[0], 'ICMP error');
    expect((await engine.getState()).clients[0]!.error?.code).toBe('PORT_UNREACHABLE');
    await startServer(engine, 'udp', { name: 'echo' }, { mode: 'loopback' }, server.port);
    await engine.send({ connectionId: client.connectionId, data: text('dos') });
    await waitFor(() => eventsOf(events, 'data-in', client.connectionId).length === 1, 'echo');
    expect((await engine.getState()).clients[0]!.error).toBeUndefined();
  });

  it('records that a UDP client is ready, with its own ephemeral port', async () => {
    const server = await startServer(engine, 'udp');
    const client = await openClient(engine, 'udp', server.port);
    const ready = await waitFor(() => eventsOf(events, 'ready', client.connectionId)[0], 'ready');
    expect(ready).toMatchObject({ proto: 'udp', clientId: client.id });
    expect(ready.local!.port).toBeGreaterThan(0);
    expect(ready.local!.port).toBe(client.local!.port);
    expect(ready.remote).toEqual({ address: '127.0.0.1', port: server.port });
    expect(eventsOf(events, 'connected', client.connectionId)).toEqual([]);
  });

  it('has nothing to half-close or reset', async () => {
    const server = await startServer(engine, 'udp');
    const client = await openClient(engine, 'udp', server.port);
    const refused = await rejection(engine.halfClose({ connectionId: client.connectionId }));
    expect(refused).toMatchObject({
      code: 'INVALID_INPUT',
      details: { reason: 'validation.udpNoConnection' },
    });
    expect(explainError('en', refused).explain).toContain('UDP has no connection');
    expect(
      (await rejection(engine.resetConnection({ connectionId: client.connectionId }))).code,
    ).toBe('INVALID_INPUT');
  });

  it('forgets a closed flow and makes a new one when the peer comes back', async () => {
    const server = await startServer(engine, 'udp', { name: 'echo' });
    const source = await peer();
    source.socket.send('a', server.port, '127.0.0.1');
    const first = await waitFor(() => eventsOf(events, 'data-in')[0], 'first datagram');
    const closed = await engine.closeConnection({ connectionId: first.connectionId! });
    expect(closed.status).toBe('closed');
    expect((await engine.getState()).servers[0]!.activeConnections).toBe(0);
    source.socket.send('b', server.port, '127.0.0.1');
    const second = await waitFor(() => eventsOf(events, 'data-in')[1], 'second datagram');
    expect(second.connectionId).not.toBe(first.connectionId);
    expect((await engine.getState()).servers[0]).toMatchObject({
      activeConnections: 1,
      totalConnections: 2,
    });
  });

  it('forgets the longest-silent peer beyond the flow limit', async () => {
    await engine.close();
    createEngine({ udpFlowLimit: 2 });
    const server = await startServer(engine, 'udp');
    const sources = [await peer(), await peer(), await peer()];
    for (const [index, source] of sources.entries()) {
      source.socket.send(`${index}`, server.port, '127.0.0.1');
      await waitFor(() => eventsOf(events, 'data-in').length === index + 1, `datagram ${index}`);
    }
    const open = (await engine.getState()).connections.filter((flow) => flow.status === 'open');
    expect(open.map((flow) => flow.remote.port).sort()).toEqual(
      [sources[1]!.port, sources[2]!.port].sort(),
    );
  });

  it('closes every flow when the server stops, and a closed client cannot send', async () => {
    const server = await startServer(engine, 'udp', { name: 'echo' });
    const client = await openClient(engine, 'udp', server.port);
    await engine.send({ connectionId: client.connectionId, data: text('hola') });
    await waitFor(() => eventsOf(events, 'data-in', client.connectionId)[0], 'echo');
    await engine.stopServer({ serverId: server.id, closeConnections: false });
    const serverFlows = (await engine.getState()).connections.filter(
      (flow) => flow.serverId === server.id,
    );
    expect(serverFlows.map((flow) => flow.status)).toEqual(['closed']);
    const closedClient = await engine.closeClient({ clientId: client.id });
    expect(closedClient.status).toBe('closed');
    expect(
      (await rejection(engine.send({ connectionId: client.connectionId, data: text('x') }))).code,
    ).toBe('CONNECTION_CLOSED');
  });
});
