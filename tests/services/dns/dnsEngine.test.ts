/**
 * The dns service inside an engine, as the workspace starts it: a zone from the editor's
 * options (checked at the boundary), dig falling back to TCP when a UDP answer is truncated,
 * every data event explained, and idle TCP connections closed. Real sockets on loopback.
 */
import { connect } from 'node:net';
import { encode } from 'dns-packet';
import { afterEach, describe, expect, it } from 'vitest';
import { createBehaviourRegistry, PuertoEngine } from '../../../electron/engine';
import type { BehaviourSession } from '../../../electron/engine';
import { validateRequest } from '../../../electron/boundary';
import { createLabEngine } from '../../../electron/services';
import { createDnsBehaviour } from '../../../electron/services/dns/dnsBehaviour';
import type { DataEvent } from '../../../shared/contract/events';
import type { Request } from '../../../shared/contract/commands';
import { recordEvents, waitFor } from '../../engine/helpers';
import { requireTool } from '../../support/requireTool';
import { dig } from './dig';

const hasDig = requireTool('dig', 'bind9-dnsutils');
const engines: PuertoEngine[] = [];

afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

function startRequest(protocol: 'udp' | 'tcp', port: number, behaviour: Record<string, unknown>) {
  const checked = validateRequest('startServer', {
    protocol,
    port,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour: { name: 'dns', ...behaviour },
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.error));
  return checked.value.request as Request<'startServer'>;
}

async function startDns(engine: PuertoEngine, behaviour: Record<string, unknown> = {}) {
  engines.push(engine);
  const udp = await engine.startServer(startRequest('udp', 0, behaviour));
  await engine.startServer(startRequest('tcp', udp.port, behaviour));
  return udp.port;
}

const bigZone = {
  origin: 'aula.test',
  records: [
    { name: '@', type: 'NS', value: 'ns' },
    { name: 'ns', type: 'A', value: '192.0.2.53' },
    ...Array.from({ length: 10 }, (_, index) => ({
      name: 'grande',
      type: 'TXT',
      value: `line ${index} ${'-'.repeat(80)}`,
    })),
  ],
};

describe.skipIf(!hasDig)('dns service in the engine, judged by dig', () => {
  it('serves the zone from its options, with the SOA it adds', async () => {
    const port = await startDns(createLabEngine(), bigZone);
    const ns = await dig(port, ['ns.aula.test', 'A']);
    expect(ns.sections.ANSWER).toEqual(['ns.aula.test. 300 IN A 192.0.2.53']);
    const soa = await dig(port, ['+short', 'aula.test', 'SOA']);
    expect(soa.output.trim()).toBe('ns.aula.test. hostmaster.aula.test. 1 3600 600 86400 300');
    const lab = await dig(port, ['www.lab.example', 'A']);
    expect(lab.status).toBe('REFUSED');
  });

  it('truncates a UDP answer over 512 bytes without EDNS, and dig retries over TCP', async () => {
    const port = await startDns(createLabEngine(), bigZone);
    const truncated = await dig(port, ['+noedns', '+ignore', 'grande.aula.test', 'TXT']);
    expect(truncated.flags).toContain('tc');
    expect(truncated.sections.ANSWER).toEqual([]);
    const retried = await dig(port, ['+noedns', 'grande.aula.test', 'TXT']);
    expect(retried.output).toContain('Truncated, retrying in TCP mode');
    expect(retried.transport).toBe('TCP');
    expect(retried.sections.ANSWER).toHaveLength(10);
    const edns = await dig(port, ['+bufsize=1232', 'grande.aula.test', 'TXT']);
    expect(edns.transport).toBe('UDP');
    expect(edns.flags).not.toContain('tc');
    expect(edns.sections.ANSWER).toHaveLength(10);
  });

  it('explains every query and answer in the capture, as request and response', async () => {
    const engine = createLabEngine();
    const events = recordEvents(engine);
    const port = await startDns(engine);
    await dig(port, ['www.lab.example', 'A']);
    await dig(port, ['+tcp', 'nadie.lab.example', 'A']);
    const data = () => events.filter((event): event is DataEvent => event.kind.startsWith('data-'));
    await waitFor(() => data().length >= 4, 'four data events');
    for (const event of data()) {
      expect(event.annotation?.protocol).toBe('dns');
      expect(event.annotation?.role).toBe(event.kind === 'data-in' ? 'request' : 'response');
    }
    const tcpAnswer = data().find((event) => event.proto === 'tcp' && event.kind === 'data-out');
    const labels = JSON.stringify(tcpAnswer?.annotation?.fields);
    expect(labels).toContain('services.dns.fields.lengthPrefix');
    expect(labels).toContain('services.dns.rcodes.NXDOMAIN');
    expect(labels).toContain('NXDOMAIN (3)');
  });
});

describe('dns over TCP limits', () => {
  it('refuses a zone the boundary would refuse, even when started directly', async () => {
    const engine = createLabEngine();
    engines.push(engine);
    const request = startRequest('udp', 0, {});
    const bad = {
      ...request.behaviour,
      records: [{ name: 'x', type: 'A', value: 'nope', ttl: 1 }],
    };
    await expect(
      engine.startServer({ ...request, behaviour: bad } as typeof request),
    ).rejects.toMatchObject({
      error: {
        code: 'INVALID_INPUT',
        details: { field: 'behaviour.records.0.value', reason: 'validation.dnsIpv4' },
      },
    });
  });

  it('stops reading from a client that does not read its answers, until they drain', () => {
    const calls: string[] = [];
    let full = true;
    const endpoint = { address: '127.0.0.1', port: 5300 };
    const session: BehaviourSession = {
      id: 'tcp-1',
      protocol: 'tcp',
      local: endpoint,
      remote: endpoint,
      send: () => !full,
      end: () => calls.push('end'),
      close: () => calls.push('close'),
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
    };
    const instance = createDnsBehaviour().create({ name: 'dns', origin: 'lab.example' });
    const query = encode({
      type: 'query',
      id: 7,
      questions: [{ name: 'lab.example', type: 'TXT' }],
    });
    instance.onOpen?.(session);
    instance.onData?.(session, Buffer.concat([Buffer.from([0, query.byteLength]), query]));
    expect(calls).toEqual(['pause']);
    full = false;
    instance.onDrain?.(session);
    expect(calls).toEqual(['pause', 'resume']);
    instance.onData?.(session, Buffer.concat([Buffer.from([0, query.byteLength]), query]));
    expect(calls).toEqual(['pause', 'resume']);
    expect(instance.stats.answered).toBe(2);
    instance.dispose?.();
  });

  it('closes a connection that stays silent longer than the idle limit', async () => {
    const engine = new PuertoEngine({
      behaviours: createBehaviourRegistry([createDnsBehaviour({ tcpIdleMs: 150 })]),
    });
    engines.push(engine);
    const server = await engine.startServer(startRequest('tcp', 0, {}));
    const closedAfter = await new Promise<number>((resolve, reject) => {
      const started = Date.now();
      const socket = connect(server.port, '127.0.0.1');
      socket.on('error', reject);
      socket.on('close', () => resolve(Date.now() - started));
      socket.resume();
      setTimeout(() => reject(new Error('still open')), 3_000).unref();
    });
    expect(closedAfter).toBeGreaterThanOrEqual(100);
    expect(closedAfter).toBeLessThan(3_000);
  });
});
