/**
 * The control connection, read line by line. ftp-srv splits each TCP chunk on CRLF, so a
 * command split across two chunks (a slow link, netcat) becomes two wrong commands, and a
 * line has no length limit. Here its reader is replaced: lines are framed whatever the
 * chunking (CRLF or a bare LF), an overlong line is answered 500 and dropped, commands run one
 * at a time, writes are refused (550) for users who may only read, PASV/EPSV announce the
 * address the client reached, and a malformed PORT/EPRT is answered 501 (activeCommands.ts).
 */
import type { Duplex } from 'node:stream';
import { LineFramer } from '../../engine';
import { FolderError } from '../files/jailedFolder';
import { activeModeRefusal } from './activeCommands';
import { JailedFileSystem } from './jailedFileSystem';
import { enterPassiveMode } from './passiveCommands';
import type { PassivePorts } from './passivePorts';

/** The parts of ftp-srv's connection object this module uses. */
export interface FtpControl {
  commandSocket: Duplex & { localAddress?: string; remoteAddress?: string; destroyed: boolean };
  connector?: { end?(): void; dataSocket?: unknown };
  authenticated?: boolean;
  fs?: unknown;
  server: { emit(...args: unknown[]): boolean };
  commands: { handle(line: string): PromiseLike<unknown> };
  reply(code: number, ...messages: string[]): PromiseLike<unknown>;
  close(code?: number, message?: string): PromiseLike<unknown>;
}

/** Commands that change the folder (RFC 959 §4.1.3), refused to read-only users. */
const WRITE_COMMANDS = new Set([
  'STOR',
  'STOU',
  'APPE',
  'DELE',
  'RMD',
  'XRMD',
  'MKD',
  'XMKD',
  'RNFR',
  'RNTO',
  'SITE',
]);
/** Commands queued beyond this pause reading, so a flood of pipelined commands stays bounded. */
const MAX_QUEUED_COMMANDS = 32;
const LINE_FEED = 0x0a;

export interface ControlOptions {
  maxLineBytes: number;
  ports: PassivePorts;
}

function mayWrite(connection: FtpControl): boolean {
  return connection.fs instanceof JailedFileSystem && connection.fs.writable;
}

function runCommand(connection: FtpControl, line: string, options: ControlOptions) {
  const [verb = '', ...rest] = line.trim().split(' ');
  const directive = verb.toUpperCase();
  if (connection.authenticated === true) {
    if (WRITE_COMMANDS.has(directive) && !mayWrite(connection)) {
      return connection.reply(550, new FolderError('readOnly').message);
    }
    if (directive === 'PASV' || directive === 'EPSV') {
      return enterPassiveMode(connection, directive === 'EPSV', rest.join(' '), options.ports);
    }
    const refusal = activeModeRefusal(directive, rest.join(' '));
    if (refusal !== undefined) return connection.reply(refusal.code, refusal.text);
  }
  return connection.commands.handle(line);
}

export function takeOverControl(connection: FtpControl, options: ControlOptions): void {
  const socket = connection.commandSocket;
  socket.removeAllListeners('data');
  const framer = new LineFramer(options.maxLineBytes);
  let queue: Promise<unknown> = Promise.resolve();
  let queued = 0;
  let skippingRest = false;
  const enqueue = (task: () => PromiseLike<unknown>) => {
    queued += 1;
    if (queued > MAX_QUEUED_COMMANDS) socket.pause();
    queue = queue
      .then(task)
      .catch(() => {})
      .finally(() => {
        queued -= 1;
        if (queued === 0 && !socket.destroyed) socket.resume();
      });
  };
  // A client that sends FIN (netcat at the end of its input) is done once its commands are.
  socket.once('end', () => enqueue(async () => void socket.end()));
  socket.on('data', (chunk: Buffer) => {
    for (const line of framer.push(chunk)) {
      const complete = line[line.byteLength - 1] === LINE_FEED;
      if (!complete) {
        if (!skippingRest) enqueue(() => connection.reply(500, 'Line too long'));
        skippingRest = true;
        continue;
      }
      if (skippingRest) {
        // The end of the overlong line: dropped with the rest of it.
        skippingRest = false;
        continue;
      }
      const text = Buffer.from(line)
        .toString('utf8')
        .replace(/\r?\n$/, '');
      if (text.trim() !== '') enqueue(() => runCommand(connection, text, options));
    }
  });
}
