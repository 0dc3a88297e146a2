/**
 * PASV and EPSV, answered with the address the client reached (see passiveConnector.ts).
 * PASV can only write an IPv4 address (h1,h2,h3,h4,p1,p2); over IPv6 the client must use EPSV,
 * which names only the port (RFC 2428 §3).
 */
import type { FtpControl } from './ftpControl';
import { LocalPassiveConnector, plainAddress } from './passiveConnector';
import type { PassivePorts } from './passivePorts';

export async function enterPassiveMode(
  connection: FtpControl,
  extended: boolean,
  argument: string,
  ports: PassivePorts,
): Promise<unknown> {
  // "EPSV ALL": the client promises to use only EPSV from now on; nothing else to do here.
  if (extended && argument.trim().toUpperCase() === 'ALL') {
    return connection.reply(200, 'EPSV ALL ok');
  }
  const host = plainAddress(connection.commandSocket.localAddress);
  if (!extended && host.includes(':')) {
    return connection.reply(425, 'PASV can only announce IPv4 addresses: use EPSV');
  }
  connection.connector?.end?.();
  const connector = new LocalPassiveConnector(connection, host, ports);
  connection.connector = connector;
  let port: number;
  try {
    const server = await connector.setupServer();
    port = (server.address() as { port: number }).port;
  } catch {
    return connection.reply(425, 'Cannot open a data port');
  }
  if (extended) return connection.reply(229, `Entering Extended Passive Mode (|||${port}|)`);
  const numbers = [...host.split('.'), Math.floor(port / 256), port % 256].join(',');
  return connection.reply(227, `Entering Passive Mode (${numbers})`);
}
