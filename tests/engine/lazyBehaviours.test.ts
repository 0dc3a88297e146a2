/**
 * Behaviours registered lazily (issue 10): known by name and protocols at once, loaded on the
 * first start, once; a load that fails becomes a PuertoError a student can read, and the
 * engine keeps working. Then every library-backed service, started for real on loopback.
 */
import { createSocket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { validateRequest } from '../../electron/boundary';
import type { Behaviour, LazyBehaviour } from '../../electron/engine';
import { createBehaviourRegistry, EngineError, PuertoEngine } from '../../electron/engine';
import { createLabEngine } from '../../electron/services';
import type { Request } from '../../shared/contract/commands';
import type { Protocol } from '../../shared/contract/model';
import { explainError } from '../../shared/i18n';
import { firstTcpBytes } from './helpers';

const engines: PuertoEngine[] = [];

afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

function track(engine: PuertoEngine): PuertoEngine {
  engines.push(engine);
  return engine;
}

function startRequest(
  protocol: Protocol,
  behaviour: Record<string, unknown>,
): Request<'startServer'> {
  const checked = validateRequest('startServer', {
    protocol,
    port: 0,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour,
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.error));
  return checked.value.request as Request<'startServer'>;
}

/** A name the contract accepts and a bare engine has not registered. */
const silent: Behaviour<{ name: string }> = {
  name: 'daytime',
  protocols: ['tcp'],
  create: () => ({}),
};

function countingLazy(load: () => Promise<Behaviour<{ name: string }>>) {
  const counter = { loads: 0 };
  const entry: LazyBehaviour = {
    name: 'daytime',
    protocols: ['tcp'],
    load: () => {
      counter.loads += 1;
      return load();
    },
  };
  return { entry, counter };
}

async function caught(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (cause) {
    if (cause instanceof EngineError) return cause;
    throw cause;
  }
  throw new Error('expected the promise to reject');
}

describe('a lazily registered behaviour', () => {
  it('is known by name and protocols before anything loads', () => {
    const { entry, counter } = countingLazy(async () => silent);
    const registry = createBehaviourRegistry([entry]);
    expect(registry.names()).toContain('daytime');
    expect(registry.supports('daytime', 'tcp')).toBe(true);
    expect(registry.supports('daytime', 'udp')).toBe(false);
    expect(registry.get('daytime')).toBeUndefined();
    expect(counter.loads).toBe(0);
  });

  it('loads once, however many servers start at the same time', async () => {
    const { entry, counter } = countingLazy(async () => silent);
    const engine = track(new PuertoEngine({ behaviours: createBehaviourRegistry([entry]) }));
    const servers = await Promise.all(
      [1, 2, 3].map(() => engine.startServer(startRequest('tcp', { name: 'daytime' }))),
    );
    expect(servers.map((server) => server.status)).toEqual(['listening', 'listening', 'listening']);
    await engine.startServer(startRequest('tcp', { name: 'daytime' }));
    expect(counter.loads).toBe(1);
  });

  it('refuses a protocol it does not declare without loading anything', async () => {
    const { entry, counter } = countingLazy(async () => silent);
    const engine = track(new PuertoEngine({ behaviours: createBehaviourRegistry([entry]) }));
    const error = await caught(engine.startServer(startRequest('udp', { name: 'daytime' })));
    expect(error.error).toMatchObject({
      code: 'INVALID_INPUT',
      details: { field: 'behaviour.name' },
    });
    expect(counter.loads).toBe(0);
  });

  it('turns a library that fails to load into a clear error, and a later start retries', async () => {
    let fail = true;
    const { entry, counter } = countingLazy(async () => {
      if (fail) throw new Error("Cannot find package 'ftp-srv'");
      return silent;
    });
    const engine = track(new PuertoEngine({ behaviours: createBehaviourRegistry([entry]) }));
    const error = await caught(engine.startServer(startRequest('tcp', { name: 'daytime' })));
    expect(error.error).toMatchObject({
      code: 'INTERNAL',
      details: { reason: 'services.loadFailed', service: 'daytime' },
    });
    for (const locale of ['en', 'es'] as const) {
      const explained = explainError(locale, error.error);
      expect(explained.explain).toContain('daytime');
      expect(explained.explain).toContain("Cannot find package 'ftp-srv'");
      expect(explained.explain).toContain('npm install');
    }
    expect((await engine.getState()).servers).toHaveLength(0);

    fail = false;
    const server = await engine.startServer(startRequest('tcp', { name: 'daytime' }));
    expect(server.status).toBe('listening');
    expect(counter.loads).toBe(2);
  });

  it('must load as what it declared', async () => {
    const { entry } = countingLazy(async () => ({ ...silent, protocols: ['udp'] }));
    const engine = track(new PuertoEngine({ behaviours: createBehaviourRegistry([entry]) }));
    const error = await caught(engine.startServer(startRequest('tcp', { name: 'daytime' })));
    expect(error.error.code).toBe('INTERNAL');
    expect(String(error.error.details.reason)).toContain('udp');
  });
});

/** A standard DNS query for `name` A (RFC 1035 §4.1), written out so no DNS library judges. */
function dnsQuery(name: string): Buffer {
  const labels = name
    .split('.')
    .map((label) => Buffer.concat([Buffer.of(label.length), Buffer.from(label)]));
  const header = Buffer.from([0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
  return Buffer.concat([header, ...labels, Buffer.from([0, 0, 1, 0, 1])]);
}

/** GetRequest sysDescr.0, community "public", SNMPv2c, in BER by hand (RFC 3416). */
function snmpGetSysDescr(): Buffer {
  const oid = [0x06, 0x08, 0x2b, 0x06, 0x01, 0x02, 0x01, 0x01, 0x01, 0x00];
  const varbind = [0x30, 0x0c, ...oid, 0x05, 0x00];
  const pdu = [
    0xa0,
    0x19,
    0x02,
    0x01,
    0x01,
    0x02,
    0x01,
    0x00,
    0x02,
    0x01,
    0x00,
    0x30,
    0x0e,
    ...varbind,
  ];
  const community = [0x04, 0x06, ...Buffer.from('public')];
  return Buffer.from([0x30, 0x26, 0x02, 0x01, 0x01, ...community, ...pdu]);
}

function udpAnswer(port: number, payload: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('no datagram back'));
    }, 5_000);
    socket.once('message', (message) => {
      clearTimeout(timer);
      socket.close();
      resolve(message);
    });
    socket.send(payload, port, '127.0.0.1');
  });
}

describe('the lab engine’s library-backed services, loaded on first start', () => {
  const greetings: Array<[string, RegExp, string?]> = [
    ['ftp', /^220[ -]/],
    ['smtp', /^220[ -]/],
    ['pop3', /^\+OK/],
    ['http', /^HTTP\/1\.1 200/, 'GET / HTTP/1.1\r\nHost: lab\r\n\r\n'],
  ];

  it.each(greetings)('%s answers on TCP', async (name, expected, request) => {
    const engine = track(createLabEngine());
    const server = await engine.startServer(startRequest('tcp', { name }));
    expect(await firstTcpBytes(server.port, request)).toMatch(expected);
  });

  it('dns answers a query over UDP', async () => {
    const engine = track(createLabEngine());
    const server = await engine.startServer(startRequest('udp', { name: 'dns' }));
    const answer = await udpAnswer(server.port, dnsQuery('www.lab.example'));
    expect(answer.readUInt16BE(0)).toBe(0x1234);
    expect(answer[2]! & 0x80).toBe(0x80);
  });

  it('snmp answers a v2c GetRequest over UDP', async () => {
    const engine = track(createLabEngine());
    const server = await engine.startServer(startRequest('udp', { name: 'snmp' }));
    const answer = await udpAnswer(server.port, snmpGetSysDescr());
    expect(answer[0]).toBe(0x30);
    expect(answer.includes(0xa2), 'a GetResponse PDU').toBe(true);
  });
});
