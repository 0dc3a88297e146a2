/**
 * The simple services started the way a lab starts them: the real `puerto serve` command (one
 * port number per service, TCP and UDP alike, as in issue 4), judged by real client programs.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { freePort, startCli } from '../../cli/cliProcess';
import type { CliProcess } from '../../cli/cliProcess';

export type Transport = 'tcp' | 'udp';

export interface Lab {
  cli: CliProcess;
  /** The port number a service listens on (the same for TCP and UDP). */
  port(service: string): number;
}

/** Starts `puerto serve --host 127.0.0.1 --json` with each service on its own free port. */
export async function startLab(services: Record<string, readonly Transport[]>): Promise<Lab> {
  const ports = new Map<string, number>();
  for (const service of Object.keys(services)) {
    let port = await freePort();
    while ([...ports.values()].includes(port)) port = await freePort();
    ports.set(service, port);
  }
  const args = ['serve', '--host', '127.0.0.1', '--json'];
  let expected = 0;
  for (const [service, transports] of Object.entries(services)) {
    for (const transport of transports) {
      args.push(`--${transport}`, `${ports.get(service)}:${service}`);
      expected += 1;
    }
  }
  const cli = startCli(args);
  await cli.waitFor(
    () => eventLines(cli).filter((line) => line.kind === 'listening').length === expected,
    15_000,
  );
  return {
    cli,
    port(service) {
      const port = ports.get(service);
      if (port === undefined) throw new Error(`${service} is not part of this lab`);
      return port;
    },
  };
}

/** Each process's `--json` lines, parsed once (a chargen run prints megabytes of them). */
const parsedLines = new WeakMap<CliProcess, Array<Record<string, unknown>>>();

function eventLines(cli: CliProcess): Array<Record<string, unknown>> {
  const parsed = parsedLines.get(cli) ?? [];
  parsedLines.set(cli, parsed);
  for (let index = parsed.length; index < cli.stdoutLines.length; index++) {
    try {
      parsed.push(JSON.parse(cli.stdoutLines[index] ?? '') as Record<string, unknown>);
    } catch {
      parsed.push({});
    }
  }
  return parsed;
}

/** The `--json` event lines of one server (by transport and port), optionally of one kind. */
export function serverLines(
  cli: CliProcess,
  transport: Transport,
  port: number,
  kind?: string,
): Array<Record<string, unknown>> {
  return eventLines(cli).filter(
    (line) =>
      line.proto === transport &&
      String(line.local).endsWith(`:${port}`) &&
      (kind === undefined || line.kind === kind),
  );
}

const runningTools = new Set<ChildProcess>();

/** For afterEach: stops any client program a failed test left running. */
export function killTools(): void {
  for (const child of runningTools) child.kill('SIGKILL');
  runningTools.clear();
}

export interface ToolRun {
  output: Buffer;
  stderr: string;
  code: number | null;
}

export interface ToolOptions {
  timeoutMs?: number;
  /** Stop the program once this many bytes came back (for endless streams like chargen). */
  maxBytes?: number;
}

/** Runs a client program with `input` on its stdin and collects its output (bounded in time). */
export function runTool(
  command: string,
  args: string[],
  input: string | Uint8Array,
  { timeoutMs = 8_000, maxBytes }: ToolOptions = {},
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    runningTools.add(child);
    const chunks: Buffer[] = [];
    let received = 0;
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.byteLength;
      if (maxBytes !== undefined && received >= maxBytes) child.kill('SIGTERM');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      runningTools.delete(child);
      clearTimeout(timer);
      resolve({ output: Buffer.concat(chunks), stderr, code });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** One datagram to `port` through socat; whatever comes back within `waitSeconds`. */
export function socatUdp(port: number, datagram: string | Uint8Array, waitSeconds = 0.5) {
  return runTool('socat', [`-t${waitSeconds}`, '-', `UDP:127.0.0.1:${port}`], datagram);
}

/** A TCP conversation with netcat: sends `input`, half-closes (-N), reads until the server ends. */
export function netcatTcp(port: number, input: string | Uint8Array, options: ToolOptions = {}) {
  return runTool('nc', ['-N', '127.0.0.1', String(port)], input, options);
}
