/**
 * Types for the parts of ftp-srv 4.6 the ftp service builds on that its own typings leave out:
 * the connection's command socket and command registry, and the passive connector class.
 */
declare module 'ftp-srv/src/connector/passive.js' {
  import type { Server, Socket } from 'node:net';

  /** ftp-srv's passive data connector: waits for the client on a server of its own. */
  class PassiveConnector {
    constructor(connection: unknown);
    connection: {
      commandSocket: { remoteAddress?: string; destroyed?: boolean };
      server: { emit(...args: unknown[]): boolean };
      connector?: unknown;
    };
    dataServer: Server | null;
    dataSocket: (Socket & { connected?: boolean }) | null;
    type: string | false;
    setupServer(): PromiseLike<Server>;
    closeServer(): void;
    closeSocket(): void;
    end(): void;
  }
  export default PassiveConnector;
}
