import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import { connect, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassroomChange } from '../../electron/classroom';
import { createLabEngine } from '../../electron/services';
import { MAX_BEACON_BYTES } from '../../shared/contract/classroom';
import {
  closeAll,
  eavesdropper,
  fakeSystem,
  loopbackClassroom,
  sendRaw,
  waitUntil,
} from './loopbackClassroom';

const engines: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  await closeAll();
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

const encoder = new TextEncoder();

describe('classroom discovery on loopback', () => {
  it('two classrooms hear each other, with their servers, and not themselves', async () => {
    const ana = loopbackClassroom({
      port: 0,
      hostname: 'pc-ana',
      readSystemInfo: () => fakeSystem('pc-ana', '192.168.50.10'),
      listServers: () => [{ protocol: 'tcp', port: 7007, behaviour: 'echo' }],
    });
    const first = await ana.enable('Ana');
    expect(first.enabled).toBe(true);
    expect(first.port).toBeGreaterThan(0);
    const bea = loopbackClassroom({
      port: first.port,
      hostname: 'pc-bea',
      readSystemInfo: () => fakeSystem('pc-bea', '192.168.50.11'),
      listServers: async () => [{ protocol: 'udp', port: 7007, behaviour: 'echo' }],
    });
    await bea.enable();

    await waitUntil(() => ana.state().peers.length === 1 && bea.state().peers.length === 1);
    const [heardByAna] = ana.state().peers;
    const [heardByBea] = bea.state().peers;
    expect(heardByAna).toMatchObject({
      nickname: 'pc-bea',
      hostname: 'pc-bea',
      platform: process.platform,
      addresses: ['192.168.50.11', 'fe80::1'],
      servers: [{ protocol: 'udp', port: 7007, behaviour: 'echo' }],
      source: { address: '127.0.0.1', port: first.port },
      instance: bea.state().instance,
    });
    expect(heardByBea).toMatchObject({
      nickname: 'Ana',
      servers: [{ protocol: 'tcp', port: 7007, behaviour: 'echo' }],
      instance: ana.state().instance,
    });
    expect(ana.state().beaconsSent).toBeGreaterThan(0);
    expect(bea.state().beaconsHeard).toBeGreaterThan(0);
    expect(ana.state().instance).not.toBe(bea.state().instance);
  });

  it('ignores and counts malformed and oversized datagrams, and lists nothing for them', async () => {
    const classroom = loopbackClassroom({ port: 0, listenOnly: true });
    const { port } = await classroom.enable('Ana');
    await sendRaw(port, encoder.encode('{"puerto":1,"instance":"zz"}'));
    await sendRaw(port, encoder.encode('not json at all'));
    await sendRaw(port, new Uint8Array(MAX_BEACON_BYTES + 100).fill(0x20));
    await waitUntil(() => {
      const { ignored } = classroom.state();
      return ignored.malformed === 2 && ignored.oversized === 1;
    });
    expect(classroom.state()).toMatchObject({ peers: [], beaconsHeard: 0 });
  });

  it('treats a beacon as information only: a server it names is not started', async () => {
    const engine = createLabEngine();
    engines.push(engine);
    const classroom = loopbackClassroom({
      port: 0,
      listServers: async () => [],
    });
    const { port } = await classroom.enable('Bea');
    const free = await freeTcpPort();
    const beacon = {
      puerto: 1,
      instance: 'feedfacefeedface',
      nickname: 'Mallory',
      hostname: 'pc-x',
      addresses: ['127.0.0.1'],
      servers: [{ protocol: 'tcp', port: free, behaviour: 'echo' }],
      startServer: { protocol: 'tcp', port: free },
    };
    await sendRaw(port, encoder.encode(JSON.stringify(beacon)));
    await waitUntil(() => classroom.state().peers.length === 1);
    expect(classroom.state().peers[0]?.servers).toEqual([
      { protocol: 'tcp', port: free, behaviour: 'echo' },
    ]);
    expect((await engine.getState()).servers).toEqual([]);
    expect(await connectOutcome(free)).toBe('ECONNREFUSED');
  });

  it('says a classmate left once it has been silent for the expiry', async () => {
    const ana = loopbackClassroom({ port: 0, listServers: () => [] });
    const { port } = await ana.enable('Ana');
    const bea = loopbackClassroom({ port, expiryMs: 1_200, listServers: () => [] });
    const changes: ClassroomChange[] = [];
    bea.onChange((change) => changes.push(change));
    await bea.enable('Bea');
    await waitUntil(() => changes.some((change) => change.kind === 'appeared'));
    const turnedOff = Date.now();
    await ana.disable();
    await waitUntil(() => changes.some((change) => change.kind === 'left'), 5_000);
    expect(Date.now() - turnedOff).toBeGreaterThanOrEqual(900);
    const left = changes.find((change) => change.kind === 'left');
    expect(left && 'peer' in left ? left.peer.nickname : undefined).toBe('Ana');
    expect(bea.state().peers).toEqual([]);
  });

  it('sends at most one beacon a second, and nothing once disabled', async () => {
    const classroom = loopbackClassroom({ port: 0, intervalMs: 10, listServers: () => [] });
    const { port } = await classroom.enable('Ana');
    const { heard } = await eavesdropper(port);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    // Asked for 10 ms, but raised to 1 s: two or three beacons, not two hundred.
    expect(heard.length).toBeGreaterThanOrEqual(1);
    expect(heard.length).toBeLessThanOrEqual(3);
    const state = await classroom.disable();
    expect(state.enabled).toBe(false);
    const before = heard.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(heard.length).toBe(before);
  });

  it('listens only, without a beacon of its own, when asked to', async () => {
    const classroom = loopbackClassroom({ port: 0, listenOnly: true });
    const { port } = await classroom.enable('Quiet');
    const { heard } = await eavesdropper(port);
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(heard).toEqual([]);
    expect(classroom.state().beaconsSent).toBe(0);
  });

  it('reports a port taken by another program in its state, without throwing', async () => {
    const blocker = await exclusiveUdpSocket();
    const port = blocker.address().port;
    const classroom = loopbackClassroom({ port });
    const state = await classroom.enable('Ana');
    blocker.close();
    expect(state.enabled).toBe(false);
    expect(state.error?.code).toBe('PORT_IN_USE');
    expect(state.error?.details).toMatchObject({ proto: 'UDP', port });
  });

  it('refuses to start with the error a host gave it', async () => {
    const unavailable = {
      code: 'INVALID_INPUT' as const,
      message: 'bad PUERTO_DISCOVERY_TARGETS',
      details: { field: 'PUERTO_DISCOVERY_TARGETS' },
    };
    const classroom = loopbackClassroom({ port: 0, unavailable });
    const state = await classroom.enable();
    expect(state).toMatchObject({ enabled: false, error: unavailable });
  });
});

function freeTcpPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function connectOutcome(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

/** A UDP socket without SO_REUSEADDR on 0.0.0.0: no one else may share its port. */
function exclusiveUdpSocket(): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.bind(0, '0.0.0.0', () => resolve(socket));
  });
}
