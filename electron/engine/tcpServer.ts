/**
 * A TCP server: a listening socket that accepts connections, each handed to the engine as a
 * TcpConnection. Stopping releases the port at once; accepted connections may outlive it,
 * exactly as with a real server process that stops listening (slide 4: the listener and the
 * conversations are separate things).
 */
import net from 'node:net';
import type { Server, Socket } from 'node:net';
import type { ServerInfo } from '../../shared/contract/model';
import type { ListenAddress } from './bindAddress';
import { bindFirst, listenCandidates } from './bindAddress';
import { toEndpoint } from './endpoint';
import { toPuertoError } from './errors';
import type { ServerContext, ServerHandle } from './server';
import { copyServerInfo, markListening, markStopped, serverLabels } from './server';
import { TcpConnection } from './tcpConnection';

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
  #server: Server | undefined;

  constructor(info: ServerInfo, context: ServerContext) {
    this.#info = info;
    this.#context = context;
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
    if (!closeConnections) return;
    await Promise.all([...this.#connections].map((connection) => connection.close()));
    await closed;
  }

  async destroy(): Promise<void> {
    const closed = this.#closeListener();
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
    // A socket reset before we saw it has no address left to show; let it go.
    if (socket.remoteAddress === undefined) {
      socket.destroy();
      return;
    }
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
    connection.on('close', () => {
      this.#connections.delete(connection);
      this.#info.activeConnections -= 1;
      recorder.stateChanged();
    });
    recorder.record({ ...connection.labels(), kind: 'accepted' });
    recorder.stateChanged();
    this.#context.adopt(connection);
  }
}
