/**
 * Issue 12: a reset asked right after a half-close used to hit libuv's "reset EINVAL": the
 * command was never answered, the descriptor leaked and a later close hung. Real loopback only.
 */
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../shared/contract/events';
import { PuertoEngine } from '../../electron/engine';
import type { RawTcpPeer } from './helpers';
import { eventsOf, rawTcpConnect, recordEvents, startServer, waitFor } from './helpers';

const openDescriptors = (): number => readdirSync('/proc/self/fd').length;

/** Fails the test instead of hanging it when the engine never answers. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('reset after half-close', () => {
  let engine: PuertoEngine;
  let events: PuertoEvent[];
  const peers: RawTcpPeer[] = [];

  beforeEach(() => {
    engine = new PuertoEngine({ closeGraceMs: 300 });
    events = recordEvents(engine);
  });

  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.socket.destroy();
    await engine.close();
  });

  async function acceptedConnection(): Promise<{ id: string; peer: RawTcpPeer }> {
    const server = await startServer(engine, 'tcp');
    const peer = await rawTcpConnect(server.port);
    peers.push(peer);
    const accepted = await waitFor(() => eventsOf(events, 'accepted')[0], 'accepted');
    return { id: accepted.connectionId!, peer };
  }

  it('answers halfClose then resetConnection, ends closed, and a later close does not hang', async () => {
    const { id, peer } = await acceptedConnection();
    const halfClosed = engine.halfClose({ connectionId: id });
    const reset = engine.resetConnection({ connectionId: id });
    await halfClosed;
    const after = await within(reset, 2_000, 'resetConnection');
    expect(after.status).toBe('closed');
    const closed = await within(engine.closeConnection({ connectionId: id }), 1_000, 'close');
    expect(closed.status).toBe('closed');
    expect(eventsOf(events, 'closed', id).map((event) => event.by)).toEqual(['reset']);
    // The peer already read our FIN; writing now meets the RST.
    peer.socket.on('error', () => undefined);
    peer.socket.write('still there?');
    await waitFor(() => peer.closed(), 'the peer sees the connection go');
  });

  it('lets the engine shut down after a half-close + reset (what SIGTERM waits for)', async () => {
    const { id } = await acceptedConnection();
    void engine.halfClose({ connectionId: id });
    void engine.resetConnection({ connectionId: id });
    await within(engine.close(), 2_000, 'engine.close');
  });

  it('leaks no descriptor over 20 half-close + reset pairs', async () => {
    const server = await startServer(engine, 'tcp');
    const before = openDescriptors();
    for (let round = 0; round < 20; round += 1) {
      const peer = await rawTcpConnect(server.port);
      const accepted = await waitFor(() => eventsOf(events, 'accepted')[round], 'accepted');
      const id = accepted.connectionId!;
      void engine.halfClose({ connectionId: id });
      await within(engine.resetConnection({ connectionId: id }), 2_000, `reset ${round}`);
      peer.socket.destroy();
      await waitFor(() => peer.closed(), 'peer closed');
    }
    expect(openDescriptors() - before).toBeLessThanOrEqual(1);
  });

  it('closes and reports a connection whose FIN cannot leave in time', async () => {
    const { id, peer } = await acceptedConnection();
    peer.socket.pause();
    const chunk = new Uint8Array(1024 * 1024);
    for (let sent = 0; sent < 16; sent += 1) await engine.send({ connectionId: id, data: chunk });
    await engine.halfClose({ connectionId: id });
    const started = Date.now();
    const after = await within(engine.resetConnection({ connectionId: id }), 2_000, 'reset');
    expect(after.status).toBe('closed');
    expect(Date.now() - started).toBeLessThan(1_500);
    const refused = eventsOf(events, 'error', id).map((event) => event.error.code);
    expect(refused).toContain('RESET_NOT_SENT');
  });
});
