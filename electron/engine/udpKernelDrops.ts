/**
 * How many datagrams the operating system dropped for one UDP socket because its receive
 * buffer was full (nobody read them in time). Linux tells, per socket, in the `drops` column
 * of /proc/net/udp and /proc/net/udp6; other systems do not, and then nothing is reported.
 *
 * The socket is found by its inode (its descriptor's `/proc/self/fd` link reads
 * `socket:[inode]`), which names exactly one socket; without it, by local port, only when one
 * line has that port.
 */
import { readFile, readlink } from 'node:fs/promises';
import type { Socket } from 'node:dgram';

const TABLES = ['/proc/net/udp', '/proc/net/udp6'];

export interface SocketKey {
  inode?: number;
  port: number;
}

/** The `drops` of the socket in one /proc/net/udp* table, or undefined when it is not there. */
export function dropsInTable(table: string, key: SocketKey): number | undefined {
  const portHex = key.port.toString(16).toUpperCase().padStart(4, '0');
  const byPort: number[] = [];
  for (const line of table.split('\n').slice(1)) {
    const columns = line.trim().split(/\s+/);
    // sl local rem st tx:rx tr:when retrnsmt uid timeout inode ref pointer drops
    if (columns.length < 13) continue;
    const drops = Number(columns[12]);
    if (!Number.isSafeInteger(drops)) continue;
    if (key.inode !== undefined) {
      if (Number(columns[9]) === key.inode) return drops;
      continue;
    }
    if (columns[1]?.endsWith(`:${portHex}`)) byPort.push(drops);
  }
  return byPort.length === 1 ? byPort[0] : undefined;
}

/**
 * The descriptor of a bound dgram socket. Node keeps it on an internal handle it does not
 * document, so any change there only means the port is used instead.
 */
function descriptorOf(socket: Socket): number | undefined {
  for (const symbol of Object.getOwnPropertySymbols(socket)) {
    const state = (socket as unknown as Record<symbol, { handle?: { fd?: unknown } } | undefined>)[
      symbol
    ];
    const fd = state?.handle?.fd;
    if (typeof fd === 'number' && fd >= 0) return fd;
  }
  return undefined;
}

export async function socketKey(socket: Socket, port: number): Promise<SocketKey> {
  const fd = descriptorOf(socket);
  if (fd === undefined) return { port };
  try {
    const match = /^socket:\[(\d+)\]$/.exec(await readlink(`/proc/self/fd/${fd}`));
    return match?.[1] === undefined ? { port } : { inode: Number(match[1]), port };
  } catch {
    return { port };
  }
}

/** Reads the drops for a socket; undefined where the system does not tell (not Linux). */
export async function readKernelDrops(key: SocketKey): Promise<number | undefined> {
  if (process.platform !== 'linux') return undefined;
  for (const path of TABLES) {
    let table: string;
    try {
      table = await readFile(path, 'utf8');
    } catch {
      continue;
    }
    const drops = dropsInTable(table, key);
    if (drops !== undefined) return drops;
  }
  return undefined;
}
