/**
 * A TCP server: a listening socket that accepts connections, each handed to the engine as a
 * TcpConnection. Stopping releases the port at once; accepted connections may outlive it,
 * exactly as with a real server process that stops listening (slide 4: the listener and the
 * conversations are separate things).
 *
 * Concurrent (the default) serves every connection at once. Iterative serves one: the others
 * wait in its listen queue (`waitingQueue.ts`) and the oldest is served when the current one
 * closes. Stopping resets the clients still waiting, as the system resets the connections in
 * the queue of a listening socket that closes; the one being served stays, like any accepted
 * connection, unless the connections are closed too.
 */
import net from 'node:net';
import type { Server, Socket } from 'node:net';
import type { PuertoError } from '../../shared/contract/errors';
import type { ServerInfo } from '../../shared/contract/model';
import type { ListenAddress } from './bindAddress';
import { bindFirst, listenCandidates } from './bindAddress';
import { toEndpoint } from './endpoint';
import { toPuertoError } from './errors';
import type { EventLabels } from './eventRecorder';
import type { ServerContext, ServerHandle } from './server';
import { copyServerInfo, countRefused, markListening, markStopped, serverLabels } from './server';
import { TcpConnection } from './tcpConnection';
import type { WaitingClient } from './waitingQueue';
import { WaitingQueue } from './waitingQueue';

function listen(candidate: ListenAddress, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer({ allowHalfOpen: true });
    server.once('error', reject);
    // ipv6Only false: the `::` wildcard then hears IPv4 clients too (dual stack).
    server.listen({ host: candidate.address, port, ipv6Only: false }, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

export class TcpServer implements ServerHandle {
  readonly #info: ServerInfo;
  readonly #context: ServerContext;
  readonly #connections = new Set<TcpConnection>();
  readonly #waiting: WaitingQueue;
  /** Iterative: the one connection being served now. */
  #serving: TcpConnection | undefined;
  #server: Server | undefined;

  constructor(info: ServerInfo, context: ServerContext) {
    this.#info = info;
    this.#context = context;
    this.#waiting = new WaitingQueue({
      limit: context.waitingLimit,
      bufferBytes: context.waitingBufferBytes,
      onChange: () => {
        this.#info.waiting = this.#waiting.endpoints();
        context.recorder.stateChanged('server', info.id);
      },
    });
  }

  get id(): string {
    return this.#info.id;
  }

  get finished(): boolean {
    return this.#info.status === 'stopped' || this.#info.status === 'failed';
  }

  snapshot(): ServerInfo {
    return copyServerInfo(this.#info);
  }

  async start(): Promise<void> {
    const { value: server } = await bindFirst(listenCandidates(this.#info.bind), (candidate) =>
      listen(candidate, this.#info.requestedPort),
    );
    this.#server = server;
    const bound = server.address();
    if (bound !== null && typeof bound === 'object') {
      this.#info.local = toEndpoint(bound.address, bound.port);
      this.#info.port = bound.port;
    }
    server.on('connection', (socket) => this.#accept(socket));
    server.on('error', (cause) => {
      const error = toPuertoError(cause, { proto: 'tcp', port: this.#info.port });
      this.#context.recorder.recordError(serverLabels(this.#info), error);
    });
    markListening(this.#info, this.#context.recorder);
  }

  async stop(closeConnections: boolean): Promise<void> {
    const closed = this.#closeListener();
    this.#waiting.resetAll();
    if (!closeConnections) return;
    await Promise.all([...this.#connections].map((connection) => connection.close()));
    await closed;
  }

  async destroy(): Promise<void> {
    const closed = this.#closeListener();
    this.#waiting.resetAll();
    await Promise.all([...this.#connections].map((connection) => connection.destroy()));
    await closed;
  }

  /**
   * The port is free as soon as this returns (the descriptor closes synchronously); the promise
   * settles only once the accepted connections are gone too, as net.Server.close reports it.
   */
  #closeListener(): Promise<void> {
    const server = this.#server;
    if (server === undefined) return Promise.resolve();
    this.#server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    markStopped(this.#info, this.#context.recorder);
    return closed;
  }

  #accept(socket: Socket): void {
    // A socket reset before we saw it has no address left to show: it is only counted
    // (issue 12: thousands of such resets used to leave no trace at all).
    if (socket.remoteAddress === undefined) {
      socket.destroy();
      this.#info.resetBeforeAccepted = (this.#info.resetBeforeAccepted ?? 0) + 1;
      this.#context.recorder.stateChanged('server', this.#info.id);
      return;
    }
    if (this.#atConnectionLimit()) {
      this.#turnAway(socket);
      return;
    }
    const busy = this.#serving !== undefined || this.#waiting.length > 0;
    if (this.#info.concurrency === 'iterative' && busy) this.#queue(socket);
    else this.#serve(socket);
  }

  #queue(socket: Socket): void {
    const { recorder } = this.#context;
    if (this.#waiting.full) {
      const remote = toEndpoint(socket.remoteAddress, socket.remotePort);
      const labels: EventLabels = {
        ...serverLabels(this.#info),
        local: toEndpoint(socket.localAddress, socket.localPort),
        remote,
      };
      socket.on('error', () => {});
      socket.resetAndDestroy();
      recorder.recordError(labels, this.#queueFull(remote.address));
      return;
    }
    const waiting = this.#waiting.add(socket);
    recorder.record({
      ...serverLabels(this.#info),
      local: waiting.local,
      remote: waiting.remote,
      kind: 'waiting',
    });
  }

  #atConnectionLimit(): boolean {
    const limit = this.#info.maxConnections;
    return limit !== undefined && this.#connections.size + this.#waiting.length >= limit;
  }

  /**
   * Reset, not FIN: the client learns at once that it was not served ("connection reset")
   * instead of seeing an orderly close it may mistake for an answer, and the server keeps no
   * TIME_WAIT entry per refused connection, which matters when a loop of connects floods it.
   */
  #turnAway(socket: Socket): void {
    const limit = this.#info.maxConnections ?? 0;
    const remote = toEndpoint(socket.remoteAddress, socket.remotePort);
    const labels: EventLabels = {
      ...serverLabels(this.#info),
      local: toEndpoint(socket.localAddress, socket.localPort),
      remote,
    };
    socket.on('error', () => {});
    socket.resetAndDestroy();
    this.#context.recorder.recordError(labels, {
      code: 'CONNECTION_LIMIT',
      message: `${remote.address}:${remote.port} was turned away: tcp port ${this.#info.port} already has ${limit} connections`,
      details: {
        proto: 'TCP',
        address: remote.address,
        port: remote.port,
        limit,
        serverPort: this.#info.port,
      },
    });
    countRefused(this.#info, this.#context.recorder, 'connections');
  }

  #queueFull(address: string): PuertoError {
    const limit = this.#context.waitingLimit;
    return {
      code: 'QUEUE_FULL',
      message: `${limit} clients already wait for tcp port ${this.#info.port}; ${address} was reset`,
      details: { proto: 'TCP', port: this.#info.port, limit, address },
    };
  }

  #serve(socket: Socket, waited?: WaitingClient): void {
    const { recorder } = this.#context;
    const connection = new TcpConnection(socket, {
      id: this.#context.nextConnectionId(),
      role: 'server',
      serverId: this.#info.id,
      recorder,
      serverCounters: this.#info.counters,
      closeGraceMs: this.#context.closeGraceMs,
    });
    this.#connections.add(connection);
    this.#info.activeConnections += 1;
    this.#info.totalConnections += 1;
    if (this.#info.concurrency === 'iterative') this.#serving = connection;
    connection.on('close', () => {
      this.#connections.delete(connection);
      this.#info.activeConnections -= 1;
      recorder.stateChanged('server', this.#info.id);
      if (this.#serving !== connection) return;
      this.#serving = undefined;
      const next = this.#waiting.shift();
      if (next !== undefined) this.#serve(next.socket, next);
    });
    recorder.record({ ...connection.labels(), kind: 'accepted' });
    recorder.stateChanged('server', this.#info.id);
    this.#context.adopt(connection);
    if (waited === undefined) return;
    // Resuming takes effect on the next tick, after the held bytes, so their order is kept.
    if (waited.paused) connection.resume();
    connection.deliverWaiting(waited.held, waited.remoteEnded);
  }
}
