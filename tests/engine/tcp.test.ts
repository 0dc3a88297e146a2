import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../shared/contract/events';
import { PuertoEngine } from '../../electron/engine';
import type { RawTcpPeer } from './helpers';
import {
  decode,
  eventsOf,
  freePort,
  openClient,
  rawTcpConnect,
  recordEvents,
  rejection,
  startServer,
  text,
  waitFor,
} from './helpers';

describe('TCP', () => {
  let engine: PuertoEngine;
  let events: PuertoEvent[];
  const peers: RawTcpPeer[] = [];

  beforeEach(() => {
    engine = new PuertoEngine();
    events = recordEvents(engine);
  });

  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.socket.destroy();
    await engine.close();
  });

  const connectionOf = async (id: string) =>
    (await engine.getState()).connections.find((item) => item.id === id);

  it('echoes both ways between an engine client and an engine server, with the real endpoints', async () => {
    const server = await startServer(engine, 'tcp', { name: 'echo' });
    const client = await openClient(engine, 'tcp', server.port);
    expect(client.status).toBe('open');
    const accepted = await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    expect(accepted.serverId).toBe(server.id);
    expect(accepted.remote).toEqual(client.local);
    expect(accepted.local).toEqual({ address: '127.0.0.1', port: server.port });
    expect(client.remote).toEqual({ address: '127.0.0.1', port: server.port });

    const sent = await engine.send({
      connectionId: client.connectionId,
      data: text('hola servidor\n'),
    });
    expect(sent).toEqual({ bytes: 14, flushed: true });
    const echoed = await waitFor(() => eventsOf(events, 'data-in', client.connectionId)[0], 'echo');
    expect(decode(echoed.payload)).toBe('hola servidor\n');
    const serverSide = eventsOf(events, 'data-out', accepted.connectionId);
    expect(serverSide.map((event) => decode(event.payload))).toEqual(['hola servidor\n']);

    const state = await engine.getState();
    expect(state.servers[0]!.counters).toEqual({
      bytesIn: 14,
      bytesOut: 14,
      messagesIn: 1,
      messagesOut: 1,
    });
    expect(state.clients[0]!.counters).toMatchObject({ bytesIn: 14, bytesOut: 14 });
    expect(state.connections.map((item) => item.role).sort()).toEqual(['client', 'server']);
  });

  it('lets a manual server answer its client by hand', async () => {
    const server = await startServer(engine, 'tcp');
    const peer = await rawTcpConnect(server.port);
    peers.push(peer);
    const accepted = await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    expect(accepted.remote!.port).toBe(peer.socket.localPort);
    peer.socket.write('¿hora?\n');
    await waitFor(() => eventsOf(events, 'data-in', accepted.connectionId)[0], 'request');
    await engine.send({ connectionId: accepted.connectionId!, data: text('las doce\n') });
    await waitFor(() => peer.received() === 'las doce\n', 'answer at the peer');
  });

  it('serves many concurrent clients, each on its own connection', async () => {
    const server = await startServer(engine, 'tcp', { name: 'echo' });
    const clients = await Promise.all(
      Array.from({ length: 20 }, () => openClient(engine, 'tcp', server.port)),
    );
    expect(new Set(clients.map((client) => client.local!.port)).size).toBe(20);
    await Promise.all(
      clients.map((client, index) =>
        engine.send({ connectionId: client.connectionId, data: text(`cliente ${index}`) }),
      ),
    );
    await waitFor(
      () => clients.every((client) => eventsOf(events, 'data-in', client.connectionId).length > 0),
      'all echoes',
    );
    for (const [index, client] of clients.entries()) {
      const received = eventsOf(events, 'data-in', client.connectionId).map((event) =>
        decode(event.payload),
      );
      expect(received.join('')).toBe(`cliente ${index}`);
    }
    const state = await engine.getState();
    expect(state.servers[0]).toMatchObject({ activeConnections: 20, totalConnections: 20 });
  });

  it('half-closes from the client: the server sees FIN, can still answer, then closes', async () => {
    const server = await startServer(engine, 'tcp');
    const client = await openClient(engine, 'tcp', server.port);
    const accepted = await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    const info = await engine.halfClose({ connectionId: client.connectionId });
    expect(info).toMatchObject({ status: 'half-closed', localEnded: true, remoteEnded: false });
    await waitFor(() => eventsOf(events, 'half-closed', accepted.connectionId)[0], 'remote FIN');
    expect(eventsOf(events, 'half-closed', accepted.connectionId)[0]!.by).toBe('remote');
    expect(
      await rejection(engine.send({ connectionId: client.connectionId, data: text('más') })),
    ).toMatchObject({
      code: 'CONNECTION_CLOSED',
    });

    await engine.send({ connectionId: accepted.connectionId!, data: text('todavía te oigo') });
    await waitFor(
      () => eventsOf(events, 'data-in', client.connectionId)[0],
      'data after half-close',
    );
    await engine.halfClose({ connectionId: accepted.connectionId! });
    await waitFor(() => eventsOf(events, 'closed').length === 2, 'both sides closed');
    expect(eventsOf(events, 'closed', client.connectionId)[0]!.by).toBe('remote');
    expect(eventsOf(events, 'closed', accepted.connectionId)[0]!.by).toBe('local');
    expect((await engine.getState()).clients[0]!.status).toBe('closed');
  });

  it('half-closes from the server towards an independent client', async () => {
    const server = await startServer(engine, 'tcp');
    const peer = await rawTcpConnect(server.port);
    peers.push(peer);
    const accepted = await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    await engine.send({ connectionId: accepted.connectionId!, data: text('adiós') });
    await engine.halfClose({ connectionId: accepted.connectionId! });
    await waitFor(() => peer.ended(), 'FIN at the peer');
    expect(peer.received()).toBe('adiós');
    peer.socket.write('aún puedo hablar');
    await waitFor(
      () => eventsOf(events, 'data-in', accepted.connectionId)[0],
      'data after our FIN',
    );
    peer.socket.end();
    await waitFor(() => eventsOf(events, 'closed', accepted.connectionId)[0], 'closed');
    expect(eventsOf(events, 'closed', accepted.connectionId)[0]!.by).toBe('remote');
  });

  it('resets a connection: our side closes by reset and the peer sees a reset error', async () => {
    const server = await startServer(engine, 'tcp');
    const client = await openClient(engine, 'tcp', server.port);
    const accepted = await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    const info = await engine.resetConnection({ connectionId: client.connectionId });
    expect(info.status).toBe('closed');
    expect(eventsOf(events, 'closed', client.connectionId)[0]!.by).toBe('reset');
    const closed = await waitFor(
      () => eventsOf(events, 'closed', accepted.connectionId)[0],
      'peer closed',
    );
    expect(closed.by).toBe('reset');
    expect(eventsOf(events, 'error', accepted.connectionId)[0]!.error.code).toBe(
      'CONNECTION_RESET',
    );
  });

  it('stops a server but keeps its connections open unless asked to close them', async () => {
    const server = await startServer(engine, 'tcp', { name: 'echo' });
    const client = await openClient(engine, 'tcp', server.port);
    await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    const stopped = await engine.stopServer({ serverId: server.id, closeConnections: false });
    expect(stopped.status).toBe('stopped');
    expect(eventsOf(events, 'stopped')).toHaveLength(1);

    await engine.send({ connectionId: client.connectionId, data: text('¿sigues ahí?') });
    await waitFor(() => eventsOf(events, 'data-in', client.connectionId)[0], 'echo after stop');
    const refused = await rejection(openClient(engine, 'tcp', server.port));
    expect(refused).toMatchObject({ code: 'CONNECTION_REFUSED', details: { port: server.port } });
    expect((await engine.getState()).servers.find((item) => item.id === server.id)!.status).toBe(
      'stopped',
    );
  });

  it('stops a server and closes its connections when asked', async () => {
    const server = await startServer(engine, 'tcp');
    const client = await openClient(engine, 'tcp', server.port);
    const accepted = await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    await engine.stopServer({ serverId: server.id, closeConnections: true });
    expect(eventsOf(events, 'closed', accepted.connectionId)[0]!.by).toBe('local');
    await waitFor(
      () => eventsOf(events, 'half-closed', client.connectionId)[0],
      'FIN at the client',
    );
    expect((await connectionOf(accepted.connectionId!))!.status).toBe('closed');
    expect((await engine.getState()).servers[0]).toMatchObject({
      status: 'stopped',
      activeConnections: 0,
    });
  });

  it('refuses a second TCP server on a busy port, while UDP on the same number works', async () => {
    const first = await startServer(engine, 'tcp', { name: 'manual' }, { mode: 'all' });
    const error = await rejection(
      startServer(engine, 'tcp', { name: 'manual' }, { mode: 'all' }, first.port),
    );
    expect(error.code).toBe('PORT_IN_USE');
    expect(error.details).toMatchObject({ proto: 'TCP', otherProto: 'UDP', port: first.port });
    expect(typeof error.details.address).toBe('string');
    const udp = await startServer(engine, 'udp', { name: 'manual' }, { mode: 'all' }, first.port);
    expect(udp).toMatchObject({ status: 'listening', port: first.port });
    const servers = (await engine.getState()).servers;
    expect(servers.map((item) => item.status)).toEqual(['listening', 'failed', 'listening']);
    expect(servers[1]!.error!.code).toBe('PORT_IN_USE');
    expect(eventsOf(events, 'error')[0]!.serverId).toBe(servers[1]!.id);
  });

  it('reports a refused connection to a closed port and keeps the client listed with its error', async () => {
    const port = await freePort();
    const error = await rejection(openClient(engine, 'tcp', port));
    expect(error).toMatchObject({
      code: 'CONNECTION_REFUSED',
      details: { address: '127.0.0.1', port, proto: 'TCP' },
    });
    const [client] = (await engine.getState()).clients;
    expect(client).toMatchObject({ status: 'error', error: { code: 'CONNECTION_REFUSED' } });
    expect(eventsOf(events, 'connecting')).toHaveLength(1);
    expect(eventsOf(events, 'error')[0]!.clientId).toBe(client!.id);
  });

  it('connects from a chosen local port', async () => {
    const server = await startServer(engine, 'tcp');
    const localPort = await freePort();
    const client = await openClient(engine, 'tcp', server.port, '127.0.0.1', { localPort });
    expect(client.local!.port).toBe(localPort);
    const accepted = await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    expect(accepted.remote!.port).toBe(localPort);
  });

  it('replies once per message', async () => {
    const server = await startServer(engine, 'tcp', {
      name: 'reply',
      payload: 'OK\n',
      encoding: 'text',
      trigger: 'message',
    });
    const peer = await rawTcpConnect(server.port);
    peers.push(peer);
    peer.socket.write('primero');
    await waitFor(() => peer.received() === 'OK\n', 'first reply');
    peer.socket.write('segundo');
    await waitFor(() => peer.received() === 'OK\nOK\n', 'second reply');
  });

  it('replies once per complete line, even when lines arrive split across chunks', async () => {
    const server = await startServer(engine, 'tcp', {
      name: 'reply',
      payload: '2B 0A',
      encoding: 'hex',
      trigger: 'line',
    });
    const peer = await rawTcpConnect(server.port);
    peers.push(peer);
    const accepted = await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    const chunksSeen = (): number => eventsOf(events, 'data-in', accepted.connectionId).length;
    peer.socket.write('hel');
    await waitFor(() => chunksSeen() === 1, 'first chunk');
    expect(peer.received()).toBe('');
    peer.socket.write('lo\nwor');
    await waitFor(() => peer.received() === '+\n', 'reply to the first line');
    peer.socket.write('ld\n\n');
    await waitFor(() => peer.received() === '+\n+\n+\n', 'replies to the next two lines');
  });

  it('talks over IPv6 loopback', async () => {
    const server = await startServer(
      engine,
      'tcp',
      { name: 'echo' },
      { mode: 'loopback', family: 'IPv6' },
    );
    expect(server.local).toEqual({ address: '::1', port: server.port });
    const client = await openClient(engine, 'tcp', server.port, '::1');
    expect(client.local!.address).toBe('::1');
    await engine.send({ connectionId: client.connectionId, data: text('hola v6') });
    const echoed = await waitFor(() => eventsOf(events, 'data-in', client.connectionId)[0], 'echo');
    expect(decode(echoed.payload)).toBe('hola v6');
  });

  it('hears IPv4 and IPv6 clients on one dual-stack server, showing IPv4 peers as IPv4', async () => {
    const server = await startServer(engine, 'tcp', { name: 'manual' }, { mode: 'all' });
    await openClient(engine, 'tcp', server.port, '127.0.0.1');
    await openClient(engine, 'tcp', server.port, '::1');
    await waitFor(() => eventsOf(events, 'accepted').length === 2, 'two accepted');
    expect(
      eventsOf(events, 'accepted')
        .map((event) => event.remote!.address)
        .sort(),
    ).toEqual(['127.0.0.1', '::1']);
  });

  it('answers unknown ids with NOT_FOUND', async () => {
    expect(
      await rejection(engine.send({ connectionId: 'connection-99', data: text('x') })),
    ).toEqual({
      code: 'NOT_FOUND',
      message: expect.any(String),
      details: { id: 'connection-99' },
    });
    expect(
      (await rejection(engine.stopServer({ serverId: 'server-9', closeConnections: true }))).code,
    ).toBe('NOT_FOUND');
    expect((await rejection(engine.closeClient({ clientId: 'client-9' }))).code).toBe('NOT_FOUND');
  });
});
