/**
 * The servers under test, each started as its own process on 127.0.0.1 and ready once it
 * answers: Puerto through its CLI exactly as a user types it, and the baselines a user would
 * compare it with (raw Node in a `node -e` one-liner, socat where installed).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scope, StartedChild } from './children';
import { waitForTcpAccept, waitForUdpEcho } from './readiness';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PUERTO_BIN = join(REPO_ROOT, 'electron', 'cli', 'bin.mjs');
const READY_TIMEOUT_MS = 30_000;

/** Anything that might announce itself stays on this machine (see COMMON rules). */
export const LOOPBACK_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  PUERTO_DISCOVERY_TARGETS: '127.0.0.1',
};

export interface RunningServer {
  label: string;
  process: StartedChild;
  port: number;
}

export interface PuertoServices {
  tcp?: 'echo' | 'chargen';
  udp?: 'echo';
  json?: boolean;
}

/** The arguments of `puerto serve` for `services` on `port`, bound to loopback. */
export function serveArguments(port: number, services: PuertoServices): string[] {
  const args = ['serve', '--host', '127.0.0.1'];
  if (services.tcp) args.push('--tcp', `${port}:${services.tcp}`);
  if (services.udp) args.push('--udp', `${port}:${services.udp}`);
  if (services.json) args.push('--json');
  return args;
}

async function ready(server: RunningServer, tcp: boolean, udp: boolean): Promise<RunningServer> {
  if (tcp) await waitForTcpAccept(server.port, server.process, READY_TIMEOUT_MS, 20);
  if (udp) await waitForUdpEcho(server.port, server.process, READY_TIMEOUT_MS);
  return server;
}

/** `node electron/cli/bin.mjs serve ...`, stdout piped to the runner, which drains it. */
export function startPuerto(
  scope: Scope,
  port: number,
  services: PuertoServices,
): Promise<RunningServer> {
  const args = [PUERTO_BIN, ...serveArguments(port, services)];
  const child = scope.spawn('puerto serve', process.execPath, args, {
    cwd: REPO_ROOT,
    env: LOOPBACK_ENV,
  });
  const server = { label: 'puerto', process: child, port };
  return ready(server, services.tcp !== undefined, services.udp !== undefined);
}

/** One-liners, as short as a user would type them; the port is appended as argv[1]. */
const RAW_NODE = {
  tcpEcho:
    "require('net').createServer(s=>{s.on('error',()=>{});s.pipe(s)})" +
    ".listen(+process.argv[1],'127.0.0.1')",
  udpEcho:
    "const s=require('dgram').createSocket('udp4');" +
    "s.on('message',(m,r)=>s.send(m,r.port,r.address));s.bind(+process.argv[1],'127.0.0.1')",
  // RFC 864: 72-character lines of the 95 printable characters, rotating by one each line.
  tcpChargen:
    "let t='';for(let i=0;i<95;i++){let l='';for(let j=0;j<72;j++)" +
    "l+=String.fromCharCode(32+(i+j)%95);t+=l+'\\r\\n'}const b=Buffer.from(t.repeat(8));" +
    "require('net').createServer(s=>{s.on('error',()=>{});const p=()=>{while(!s.destroyed&&s.write(b));};" +
    "s.on('drain',p);p()}).listen(+process.argv[1],'127.0.0.1')",
} as const;

export type RawNodeServer = keyof typeof RAW_NODE;

export function rawNodeCommand(kind: RawNodeServer, port: number): string[] {
  return ['-e', RAW_NODE[kind], String(port)];
}

export function startRawNode(
  scope: Scope,
  port: number,
  kind: RawNodeServer,
): Promise<RunningServer> {
  const child = scope.spawn(`node ${kind}`, process.execPath, rawNodeCommand(kind, port));
  const server = { label: 'node', process: child, port };
  return ready(server, kind !== 'udpEcho', kind === 'udpEcho');
}

export function isInstalled(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((directory) => {
    try {
      accessSync(join(directory, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * socat as an echo server: each connection forks a `cat` (EXEC:cat). socat's PIPE address
 * deadlocks once its own pipe fills (one process writes to and reads from it), so it cannot
 * echo 16 MiB.
 */
export function startSocatEcho(scope: Scope, port: number): Promise<RunningServer> {
  const args = ['-b65536', `TCP-LISTEN:${port},bind=127.0.0.1,fork,reuseaddr`, 'EXEC:cat'];
  const child = scope.spawn('socat echo', 'socat', args);
  return ready({ label: 'socat', process: child, port }, true, false);
}
