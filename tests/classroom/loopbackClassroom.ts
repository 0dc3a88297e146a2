/**
 * Classrooms for tests that never announce beyond this machine: every beacon goes to the
 * loopback broadcast 127.255.255.255, which reaches each socket bound to the port (a unicast
 * datagram would reach only one of them), and nothing else.
 */
import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import type { SystemInfo } from '../../shared/contract/model';
import { createClassroom } from '../../electron/classroom';
import type { Classroom, ClassroomOptions } from '../../electron/classroom';

export const LOOPBACK_BROADCAST = '127.255.255.255';

const opened = new Set<Classroom>();
const sockets = new Set<Socket>();

export function fakeSystem(hostname: string, lanAddress: string): SystemInfo {
  return {
    hostname,
    platform: 'linux',
    addresses: [
      {
        interface: 'lo',
        address: '127.0.0.1',
        family: 'IPv4',
        internal: true,
        netmask: '255.0.0.0',
      },
      {
        interface: 'eth0',
        address: 'fe80::1',
        family: 'IPv6',
        internal: false,
        netmask: 'ffff:ffff:ffff:ffff::',
        scopeId: 2,
      },
      {
        interface: 'eth0',
        address: lanAddress,
        family: 'IPv4',
        internal: false,
        netmask: '255.255.255.0',
      },
    ],
  };
}

export function loopbackClassroom(options: ClassroomOptions & { port: number }): Classroom {
  const classroom = createClassroom({ targets: [LOOPBACK_BROADCAST], ...options });
  opened.add(classroom);
  return classroom;
}

/** A plain socket on the classroom's port that only listens, as a classmate's would. */
export async function eavesdropper(port: number): Promise<{ socket: Socket; heard: Buffer[] }> {
  const socket = createSocket({ type: 'udp4', reuseAddr: true });
  sockets.add(socket);
  const heard: Buffer[] = [];
  socket.on('message', (message) => heard.push(message));
  await new Promise<void>((resolve) => socket.bind(port, '0.0.0.0', resolve));
  return { socket, heard };
}

/** Sends raw bytes to the classroom port on 127.0.0.1, as any program on the LAN could. */
export async function sendRaw(port: number, bytes: Uint8Array): Promise<void> {
  const socket = createSocket('udp4');
  sockets.add(socket);
  await new Promise<void>((resolve, reject) =>
    socket.send(bytes, port, '127.0.0.1', (error) => (error ? reject(error) : resolve())),
  );
}

export async function waitUntil(check: () => boolean, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function closeAll(): Promise<void> {
  await Promise.all([...opened].map((classroom) => classroom.close()));
  opened.clear();
  for (const socket of sockets) {
    try {
      socket.close();
    } catch {
      // Already closed.
    }
  }
  sockets.clear();
}
