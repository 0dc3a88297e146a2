import net from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../shared/contract/events';
import { PuertoEngine } from '../../electron/engine';
import { eventsOf, openClient, rawTcpConnect, recordEvents, startServer, waitFor } from './helpers';

const CHUNK = 1024 * 1024;
const PAYLOAD_CAP = 1024;

describe('backpressure', () => {
  let engine: PuertoEngine;
  let events: PuertoEvent[];
  let server: Server | undefined;
  const sockets: Socket[] = [];

  beforeEach(() => {
    engine = new PuertoEngine({ payloadCapPerEvent: PAYLOAD_CAP });
    events = recordEvents(engine);
  });

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await engine.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  /** A peer that accepts and does not read, until the test resumes it. */
  function stalledPeer(): Promise<{ port: number; accepted: Promise<Socket> }> {
    let onAccept: (socket: Socket) => void = () => {};
    const accepted = new Promise<Socket>((resolve) => (onAccept = resolve));
    server = net.createServer((socket) => {
      socket.pause();
      sockets.push(socket);
      onAccept(socket);
    });
    return new Promise((resolve) =>
      server!.listen(0, '127.0.0.1', () =>
        resolve({ port: (server!.address() as net.AddressInfo).port, accepted }),
      ),
    );
  }

  it('pauses when the peer stops reading and flows again once it reads, counting every byte', async () => {
    const peer = await stalledPeer();
    const client = await openClient(engine, 'tcp', peer.port);
    const receiver = await peer.accepted;
    let sentBytes = 0;
    let flushed = true;
    for (let round = 0; round < 256 && flushed; round++) {
      const result = await engine.send({
        connectionId: client.connectionId,
        data: new Uint8Array(CHUNK).fill(round),
      });
      sentBytes += result.bytes;
      flushed = result.flushed;
    }
    expect(flushed).toBe(false);
    const paused = eventsOf(events, 'flow', client.connectionId);
    expect(paused).toHaveLength(1);
    expect(paused[0]).toMatchObject({ state: 'paused' });
    expect(paused[0]!.buffered).toBeGreaterThan(0);
    expect((await engine.getState()).connections[0]!.flow).toBe('paused');

    let receivedBytes = 0;
    receiver.on('data', (chunk: Buffer) => (receivedBytes += chunk.byteLength));
    receiver.resume();
    const flowing = await waitFor(
      () => eventsOf(events, 'flow', client.connectionId)[1],
      'flowing again',
    );
    expect(flowing.state).toBe('flowing');
    await waitFor(() => receivedBytes === sentBytes, 'every byte at the peer');

    const dataOut = eventsOf(events, 'data-out', client.connectionId);
    expect(dataOut.reduce((sum, event) => sum + event.bytes, 0)).toBe(sentBytes);
    expect(
      dataOut.every((event) => event.truncated && event.payload.byteLength === PAYLOAD_CAP),
    ).toBe(true);
    const [connection] = (await engine.getState()).connections;
    expect(connection).toMatchObject({
      flow: 'flowing',
      counters: { bytesOut: sentBytes, messagesOut: dataOut.length },
    });
  });

  it('slows an echo server down instead of buffering without bound when its client does not read', async () => {
    const echo = await startServer(engine, 'tcp', { name: 'echo' });
    const peer = await rawTcpConnect(echo.port);
    sockets.push(peer.socket);
    peer.socket.pause();
    const accepted = await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    const block = Buffer.alloc(256 * 1024, 0x61);
    let written = 0;
    const writeUntilPaused = (): void => {
      while (
        eventsOf(events, 'flow', accepted.connectionId).length === 0 &&
        written < 512 * 1024 * 1024
      ) {
        if (!peer.socket.write(block)) break;
        written += block.byteLength;
      }
    };
    const pump = setInterval(writeUntilPaused, 5);
    try {
      const paused = await waitFor(
        () => eventsOf(events, 'flow', accepted.connectionId)[0],
        'echo paused',
        8_000,
      );
      expect(paused.state).toBe('paused');
    } finally {
      clearInterval(pump);
    }
    let echoed = 0;
    peer.socket.on('data', (chunk: Buffer) => (echoed += chunk.byteLength));
    peer.socket.resume();
    const flowing = await waitFor(
      () => eventsOf(events, 'flow', accepted.connectionId)[1],
      'echo flowing again',
      8_000,
    );
    expect(flowing.state).toBe('flowing');
    await waitFor(() => echoed > 0, 'echoed data');
  });
});
