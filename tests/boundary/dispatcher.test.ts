import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/boundary';
import { EngineError } from '../../electron/engine';
import type { CommandHandlers } from '../../shared/contract/api';
import { COMMAND_NAMES, MAX_SEND_BYTES } from '../../shared/contract/commands';
import type { CommandName } from '../../shared/contract/commands';
import { isPuertoError } from '../../shared/contract/errors';
import { translate } from '../../shared/i18n';

type Calls = Array<{ command: CommandName; request: unknown }>;

/** Every handler records its call and answers with what it was given. */
function recordingHandlers(): { handlers: CommandHandlers; calls: Calls } {
  const calls: Calls = [];
  const handlers = Object.fromEntries(
    COMMAND_NAMES.map((command) => [
      command,
      async (request: unknown) => {
        calls.push({ command, request });
        return { echoed: request };
      },
    ]),
  ) as unknown as CommandHandlers;
  return { handlers, calls };
}

function handlersThatThrow(cause: () => unknown): CommandHandlers {
  return Object.fromEntries(
    COMMAND_NAMES.map((command) => [
      command,
      () => {
        throw cause();
      },
    ]),
  ) as unknown as CommandHandlers;
}

const validServer = { protocol: 'tcp', port: 7007 };

const refused: Array<[string, unknown, unknown, string, string]> = [
  ['negative port', 'startServer', { ...validServer, port: -1 }, 'port', 'validation.portRange'],
  [
    'port above 16 bits',
    'startServer',
    { ...validServer, port: 65536 },
    'port',
    'validation.portRange',
  ],
  ['fractional port', 'startServer', { ...validServer, port: 1.5 }, 'port', 'validation.portRange'],
  ['port as text', 'startServer', { ...validServer, port: '80' }, 'port', 'validation.notNumber'],
  [
    'unknown protocol',
    'startServer',
    { ...validServer, protocol: 'sctp' },
    'protocol',
    'validation.wrongValue',
  ],
  [
    'bind address missing',
    'startServer',
    { ...validServer, bind: { mode: 'address' } },
    'bind.address',
    'validation.addressRequired',
  ],
  [
    'bind address not an IP',
    'startServer',
    { ...validServer, bind: { mode: 'address', address: 'lab-pc' } },
    'bind.address',
    'validation.addressInvalid',
  ],
  [
    'odd hex in a reply',
    'startServer',
    {
      ...validServer,
      behaviour: { name: 'reply', payload: '48 6', encoding: 'hex', trigger: 'line' },
    },
    'behaviour.payload',
    'validation.hexPairs',
  ],
  [
    'unknown behaviour',
    'startServer',
    { ...validServer, behaviour: { name: 'nonsense' } },
    'behaviour.name',
    'validation.wrongValue',
  ],
  ['empty server id', 'stopServer', { serverId: '' }, 'serverId', 'validation.wrongValue'],
  [
    'bad host',
    'openClient',
    { protocol: 'tcp', host: 'bad host!', port: 7007 },
    'host',
    'validation.hostInvalid',
  ],
  [
    'client to port 0',
    'openClient',
    { protocol: 'udp', host: '127.0.0.1', port: 0 },
    'port',
    'validation.remotePortRange',
  ],
  [
    'client local port out of range',
    'openClient',
    { protocol: 'tcp', host: 'localhost', port: 7007, localPort: 70000 },
    'localPort',
    'validation.portRange',
  ],
  ['client id missing', 'closeClient', {}, 'clientId', 'validation.wrongValue'],
  [
    'oversize data',
    'send',
    { connectionId: 'c1', data: new Uint8Array(MAX_SEND_BYTES + 1) },
    'data',
    'validation.payloadTooLarge',
  ],
  ['data as text', 'send', { connectionId: 'c1', data: 'hello' }, 'data', 'validation.notBytes'],
  [
    'connection id a number',
    'halfClose',
    { connectionId: 7 },
    'connectionId',
    'validation.wrongValue',
  ],
  ['connection id missing', 'closeConnection', {}, 'connectionId', 'validation.wrongValue'],
  [
    'connection id too long',
    'resetConnection',
    { connectionId: 'x'.repeat(65) },
    'connectionId',
    'validation.wrongValue',
  ],
  ['null request', 'getState', null, 'request', 'validation.wrongValue'],
  ['negative afterSeq', 'getCapture', { afterSeq: -1 }, 'afterSeq', 'validation.wrongValue'],
  ['request is a string', 'clearCapture', 'please', 'request', 'validation.wrongValue'],
  ['missing request', 'getSystemInfo', undefined, 'request', 'validation.wrongValue'],
  ['unknown command', 'formatDisk', {}, 'command', 'validation.unknownCommand'],
  ['loadWorkspace with a text request', 'loadWorkspace', 'now', 'request', 'validation.wrongValue'],
  ['getMailbox with a text request', 'getMailbox', 'all', 'request', 'validation.wrongValue'],
  [
    'saved server plan with a port above 16 bits',
    'saveWorkspace',
    {
      workspace: {
        version: 1,
        servers: [
          {
            key: 'k1',
            protocol: 'tcp',
            port: 70000,
            bind: { mode: 'all' },
            behaviour: { name: 'echo' },
          },
        ],
      },
    },
    'workspace.servers.0.port',
    'validation.portRange',
  ],
  [
    'iterative UDP server',
    'startServer',
    { protocol: 'udp', port: 7007, concurrency: 'iterative' },
    'concurrency',
    'validation.iterativeNeedsTcp',
  ],
  [
    'probe with no host',
    'probeServer',
    { protocol: 'tcp', host: '', port: 7007 },
    'host',
    'validation.hostEmpty',
  ],
  ['classroom with a text request', 'getClassroom', 'peers', 'request', 'validation.wrongValue'],
  [
    'classroom with an empty nickname',
    'setClassroom',
    { enabled: true, nickname: '   ' },
    'nickname',
    'validation.nicknameEmpty',
  ],
  ['command not a string', 42, {}, 'command', 'validation.unknownCommand'],
  ['inherited property as command', 'toString', {}, 'command', 'validation.unknownCommand'],
];

describe('createDispatcher: refused requests', () => {
  it.each(refused)(
    '%s → INVALID_INPUT naming the field',
    async (_name, command, request, field, reason) => {
      const { handlers, calls } = recordingHandlers();
      const result = await createDispatcher(handlers)(command, request);

      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.details).toEqual({ field, reason });
      expect(translate('en', reason)).not.toBe(reason);
      expect(calls).toEqual([]);
    },
  );

  it('covers every command of the contract', () => {
    const covered = new Set(refused.map(([, command]) => command));
    for (const command of COMMAND_NAMES) expect(covered).toContain(command);
  });

  it('refuses a request whose getter throws, without throwing itself', async () => {
    const { handlers, calls } = recordingHandlers();
    const hostile = {
      protocol: 'tcp',
      get port(): number {
        throw new Error('gotcha');
      },
    };
    const result = await createDispatcher(handlers)('startServer', hostile);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(calls).toEqual([]);
  });
});

describe('createDispatcher: accepted requests', () => {
  it('passes the validated request, with defaults filled in, to the handler', async () => {
    const { handlers, calls } = recordingHandlers();
    const result = await createDispatcher(handlers)('startServer', { protocol: 'udp', port: 0 });

    const expected = {
      protocol: 'udp',
      port: 0,
      bind: { mode: 'all' },
      behaviour: { name: 'manual' },
      concurrency: 'concurrent',
    };
    expect(calls).toEqual([{ command: 'startServer', request: expected }]);
    expect(result).toEqual({ ok: true, value: { echoed: expected } });
  });

  it('drops keys the schema does not know', async () => {
    const { handlers, calls } = recordingHandlers();
    await createDispatcher(handlers)('closeClient', { clientId: 'k1', unknownKey: true });
    expect(calls).toEqual([{ command: 'closeClient', request: { clientId: 'k1' } }]);
  });

  it('calls a class instance as a method, keeping its `this`', async () => {
    class Counter {
      private count = 41;
      async getState() {
        this.count += 1;
        return { servers: [], clients: [], connections: [], count: this.count };
      }
    }
    const handlers = new Counter() as unknown as CommandHandlers;
    const result = await createDispatcher(handlers)('getState', {});
    expect(result).toMatchObject({ ok: true, value: { count: 42 } });
  });
});

describe('createDispatcher: failures become PuertoErrors', () => {
  it('returns the PuertoError an EngineError carries', async () => {
    const dispatch = createDispatcher(
      handlersThatThrow(() => new EngineError('NOT_FOUND', 'No server s9', { id: 's9' })),
    );
    const result = await dispatch('stopServer', { serverId: 's9' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No server s9', details: { id: 's9' } },
    });
  });

  it('maps a raw Node error by its errno and never lets it out', async () => {
    const dispatch = createDispatcher(
      handlersThatThrow(() =>
        Object.assign(new Error('listen EADDRINUSE: address already in use :::7007'), {
          code: 'EADDRINUSE',
          errno: -98,
          syscall: 'listen',
          port: 7007,
        }),
      ),
    );
    const result = await dispatch('startServer', validServer);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('PORT_IN_USE');
    expect(result.error).not.toBeInstanceOf(Error);
    expect(Object.keys(result.error).sort()).toEqual(['code', 'details', 'message']);
    expect(isPuertoError(result.error)).toBe(true);
  });

  it('turns anything else thrown (even synchronously, even a string) into INTERNAL', async () => {
    const dispatch = createDispatcher(handlersThatThrow(() => 'boom'));
    const result = await dispatch('getState', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('turns a rejected promise into INTERNAL', async () => {
    const { handlers } = recordingHandlers();
    handlers.clearCapture = () => Promise.reject(new TypeError('cannot read x of undefined'));
    const result = await createDispatcher(handlers)('clearCapture', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
