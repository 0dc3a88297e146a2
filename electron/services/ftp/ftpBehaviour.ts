/**
 * The `ftp` service: ftp-srv speaks the protocol on control connections the engine captures
 * (through SessionStreams), inside a jailed folder. Data connections (listings, files) are
 * ftp-srv's own sockets on the passive port: they carry no commands and are not captured.
 */
import type { EventEmitter } from 'node:events';
import FtpSrv from 'ftp-srv';
import type { FileSystem } from 'ftp-srv';
import type { BehaviourSession } from '../../engine';
import { streamBehaviour } from '../../engine';
import { closeWhenIdle } from '../files/closeWhenIdle';
import type { ServiceContext } from '../context';
import type { FtpControl } from './ftpControl';
import { takeOverControl } from './ftpControl';
import { FtpConversationNotes } from './ftpNotes';
import type { FtpConfig, FtpOptions } from './ftpOptions';
import { FTP_DEFAULTS, ftpOptionsFrom } from './ftpOptions';
import { JailedFileSystem } from './jailedFileSystem';
import { listLine } from './listFormat';
import { PassivePorts } from './passivePorts';

const GREETING = 'Puerto: servidor FTP del laboratorio / the lab FTP server';
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGQUIT'] as const;

/** ftp-srv logs through bunyan; the engine's events already show everything that happens. */
const quietLog = {
  child: () => quietLog,
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  fatal: () => {},
};

/** Who may log in, and what they may do: anonymous users only ever read (RFC 1635). */
function login(options: FtpOptions, username: string, password: string): JailedFileSystem {
  const anonymous =
    options.anonymous && FTP_DEFAULTS.anonymousUsers.includes(username.toLowerCase());
  const account = options.accounts.find(
    (candidate) => candidate.user === username && candidate.password === password,
  );
  if (!anonymous && account === undefined) throw new Error('Login incorrect');
  return new JailedFileSystem(options.folder, account !== undefined && !options.readOnly);
}

/**
 * ftp-srv's constructor makes SIGINT/SIGTERM/SIGQUIT exit the process; the host (CLI, app)
 * decides how Puerto stops, so those handlers are removed again at once.
 */
function withoutSignalHandlers<Value>(create: () => Value): Value {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const value = create();
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.off(signal, listener);
    }
  }
  return value;
}

function createFtpServer(options: FtpOptions, controls: WeakMap<object, FtpControl>) {
  const ports = new PassivePorts(options.passivePorts);
  const ftp = withoutSignalHandlers(
    () =>
      new FtpSrv({
        url: 'ftp://127.0.0.1:0',
        anonymous: false,
        greeting: GREETING,
        log: quietLog,
        file_format: (stats) => listLine(stats as Parameters<typeof listLine>[0]),
      }),
  );
  const internals = ftp as unknown as {
    server: EventEmitter;
    connections: Record<string, { close(code: number): unknown }>;
    disconnectClient(id: string): Promise<void>;
  };
  // The original also starts a one-second timer per client, which would hold the process open.
  internals.disconnectClient = async (id) => {
    const connection = internals.connections[id];
    delete internals.connections[id];
    connection?.close(0);
  };
  ftp.on('login', ({ username, password }, resolve, reject) => {
    try {
      resolve({ fs: login(options, username, password) as unknown as FileSystem });
    } catch (cause) {
      reject(cause as Error);
    }
  });
  ftp.on('client-error', () => {});
  (ftp as unknown as EventEmitter).on('connect', ({ connection }: { connection: FtpControl }) => {
    controls.set(connection.commandSocket, connection);
    takeOverControl(connection, { maxLineBytes: options.maxLineBytes, ports });
  });
  return internals.server;
}

export function ftpBehaviour(context: ServiceContext) {
  return streamBehaviour<FtpConfig>({
    name: 'ftp',
    protocols: ['tcp'],
    create(config) {
      const options = ftpOptionsFrom(config, context);
      const controls = new WeakMap<object, FtpControl>();
      const server = createFtpServer(options, controls);
      const notes = new WeakMap<BehaviourSession, FtpConversationNotes>();
      return {
        accept(stream) {
          server.emit('connection', stream);
          const control = controls.get(stream);
          closeWhenIdle(
            stream,
            options.idleMs,
            () => Boolean(control?.connector?.dataSocket),
            () => void control?.close(421, 'Idle for too long: closing the control connection'),
          );
        },
        describe(session, direction, data) {
          if (data.byteLength === 0) return undefined;
          let conversation = notes.get(session);
          if (conversation === undefined) {
            conversation = new FtpConversationNotes();
            notes.set(session, conversation);
          }
          return conversation.describe(direction, data);
        },
        dispose() {
          options.release();
        },
      };
    },
  });
}
