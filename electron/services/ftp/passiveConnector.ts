/**
 * Passive mode that announces the address the client actually reached (RFC 959 §4.1.2 PASV,
 * RFC 2428 EPSV). ftp-srv announces one configured address and listens on its own host name;
 * on a lab PC with several interfaces the client must be told the one it used, so here the data
 * port is opened on the control connection's local address and that address is announced.
 */
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import PassiveConnector from 'ftp-srv/src/connector/passive.js';
import type { PassivePorts } from './passivePorts';

/** A client that asked for a data port but never connected gives it back after this. */
const DATA_CONNECT_TIMEOUT_MS = 30_000;

/** `::ffff:192.0.2.1` is the IPv4 peer 192.0.2.1 seen through an IPv6 socket (RFC 4291). */
export function plainAddress(address: string | undefined): string {
  return (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

export class LocalPassiveConnector extends PassiveConnector {
  readonly #host: string;
  readonly #ports: PassivePorts;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  /** `host`: the control connection's local address, where the client already reached us. */
  constructor(connection: unknown, host: string, ports: PassivePorts) {
    super(connection);
    this.#host = plainAddress(host);
    this.#ports = ports;
  }

  override async setupServer(): Promise<Server> {
    this.closeServer();
    this.dataSocket = null;
    const expectedPeer = plainAddress(this.connection.commandSocket.remoteAddress);
    const server = createServer(
      { pauseOnConnect: true },
      (socket: Socket & { connected?: boolean }) => {
        // Only the client of this control connection may take the data port (no port theft).
        if (plainAddress(socket.remoteAddress) !== expectedPeer) {
          socket.destroy();
          return;
        }
        clearTimeout(this.#idleTimer);
        this.dataSocket = socket;
        socket.on('error', (error) =>
          this.connection.server.emit('client-error', {
            connection: this.connection,
            context: 'dataSocket',
            error,
          }),
        );
        socket.once('close', () => this.closeServer());
        socket.connected = true;
      },
    );
    server.maxConnections = 1;
    await this.#ports.listen(server, this.#host);
    if (this.connection.commandSocket.destroyed === true) {
      // The client left while the port was being opened: nobody will come for it.
      server.close();
      throw new Error('Control connection closed');
    }
    server.on('error', () => this.closeServer());
    server.once('close', () => {
      clearTimeout(this.#idleTimer);
      // `end()` also resets the connection's connector; a PASV that came meanwhile set a new
      // one (this server closes asynchronously), and that one must survive.
      if (this.connection.connector === this) this.end();
      else this.closeSocket();
    });
    this.dataServer = server;
    this.#idleTimer = setTimeout(() => this.closeServer(), DATA_CONNECT_TIMEOUT_MS);
    this.#idleTimer.unref();
    return server;
  }
}
