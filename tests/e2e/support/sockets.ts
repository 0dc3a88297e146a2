/** Real sockets the tests use from outside Puerto, and a port number free on both protocols. */
import { createSocket } from 'node:dgram';
import type { Socket as UdpSocket } from 'node:dgram';
import { connect, createServer } from 'node:net';
import type { Socket } from 'node:net';

function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function udpPortIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => {
      socket.close();
      resolve(false);
    });
    socket.bind(port, () => socket.close(() => resolve(true)));
  });
}

/** A port number that both a TCP and a UDP server can take right now. */
export async function freePortOnBothProtocols(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freeTcpPort();
    if (await udpPortIsFree(port)) return port;
  }
  throw new Error('found no port free on both TCP and UDP');
}

/** A UDP client: sends one datagram and resolves with the first answer. */
export function exchangeDatagram(
  port: number,
  message: string,
  timeoutMs = 10_000,
): Promise<{ answer: string; localPort: number; socket: UdpSocket }> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`no answer to the datagram sent to port ${port}`));
    }, timeoutMs);
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
    socket.once('message', (answer) => {
      clearTimeout(timer);
      resolve({ answer: answer.toString('utf8'), localPort: socket.address().port, socket });
    });
    socket.bind(0, '127.0.0.1', () => socket.send(message, port, '127.0.0.1'));
  });
}

/** A raw TCP client from outside Puerto, keeping every byte it received as text. */
export interface RawTcpClient {
  socket: Socket;
  localPort: number;
  received(): string;
}

export function connectRawTcp(port: number, host = '127.0.0.1'): Promise<RawTcpClient> {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect({ port, host });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.off('error', reject);
      // A reset after the test is done with it must not become an uncaught error.
      socket.on('error', () => undefined);
      resolve({ socket, localPort: socket.localPort ?? 0, received: () => text });
    });
  });
}

/**
 * One datagram to the loopback broadcast address, as a stranger on the segment would send it:
 * every Puerto of this machine listening on `port` hears it, and it never leaves the machine.
 */
export function sendLoopbackBroadcast(port: number, payload: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', (error) => {
      socket.close();
      reject(error);
    });
    socket.bind(0, '127.0.0.1', () => {
      socket.setBroadcast(true);
      socket.send(payload, port, '127.255.255.255', (error) => {
        socket.close();
        if (error) reject(error);
        else resolve();
      });
    });
  });
}
