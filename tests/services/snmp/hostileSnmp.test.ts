/**
 * A hostile classmate against the snmp service (issue 12), on loopback through the engine as
 * the workspace starts it: 65 KB datagrams of thousands of variable bindings (for the right
 * community and a wrong one), of absurd nesting, of lengths beyond the datagram and of flat
 * runs of tiny values. Each must be handled in bounded time, noted in a bounded note, and the
 * agent must keep answering real requests.
 */
import dgram from 'node:dgram';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { validateRequest } from '../../../electron/boundary';
import type { PuertoEngine } from '../../../electron/engine';
import { createLabEngine } from '../../../electron/services';
import type { Request } from '../../../shared/contract/commands';
import type { DataEvent, DecodedField, PuertoEvent } from '../../../shared/contract/events';
import { message, octets } from './messages';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
setFlagsFromString('--no-expose-gc');

const engines: PuertoEngine[] = [];
const sockets: dgram.Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

const DATAGRAM_BYTES = 65_000;
const SYS_DESCR = '1.3.6.1.2.1.1.1.0';

/** A GetRequest of `count` bindings (sysDescr.0 = NULL); 14 bytes each. */
function manyBindings(community: string, count = Math.floor(DATAGRAM_BYTES / 14)): Uint8Array {
  const bindings = Array.from({ length: count }, (): [string] => [SYS_DESCR]);
  return message({ community, bindings });
}

/** SEQUENCEs inside SEQUENCEs, each with a four-byte length, down to the datagram's end. */
function deepNesting(): Buffer {
  const depth = Math.floor(DATAGRAM_BYTES / 6);
  const bytes = Buffer.alloc(depth * 6);
  for (let level = 0; level < depth; level++) {
    bytes.writeUInt8(0x30, level * 6);
    bytes.writeUInt8(0x84, level * 6 + 1);
    bytes.writeUInt32BE(bytes.byteLength - (level + 1) * 6, level * 6 + 2);
  }
  return bytes;
}

/** A SEQUENCE announcing four gigabytes. */
const hugeLength = Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff, 0x02, 0x01, 0x01]);

/** One SEQUENCE holding thirty thousand NULLs: every one a value to read. */
function flatValues(): Buffer {
  const nulls = Buffer.alloc(DATAGRAM_BYTES - 6);
  for (let index = 0; index < nulls.byteLength; index += 2) nulls.writeUInt8(0x05, index);
  const head = Buffer.from([0x30, 0x84, 0, 0, 0, 0]);
  head.writeUInt32BE(nulls.byteLength, 2);
  return Buffer.concat([head, nulls]);
}

function startRequest(): Request<'startServer'> {
  const checked = validateRequest('startServer', {
    protocol: 'udp',
    port: 0,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour: { name: 'snmp', community: 'public' },
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.error));
  return checked.value.request as Request<'startServer'>;
}

interface Lab {
  engine: PuertoEngine;
  port: number;
  events: PuertoEvent[];
  keeping: boolean;
  client: dgram.Socket;
  replies: Buffer[];
}

async function startLab(): Promise<Lab> {
  const engine = createLabEngine({ captureBudgetBytes: 32 * 1024 * 1024 });
  engines.push(engine);
  engine.onBatch(() => {});
  const server = await engine.startServer(startRequest());
  const client = dgram.createSocket('udp4');
  sockets.push(client);
  const replies: Buffer[] = [];
  client.on('message', (reply) => replies.push(reply));
  await new Promise<void>((resolve) => client.bind(0, '127.0.0.1', resolve));
  const lab: Lab = { engine, port: server.port, events: [], keeping: true, client, replies };
  engine.onEvent((event) => {
    if (lab.keeping) lab.events.push(event);
  });
  return lab;
}

/** A real request; its ID (in BER, the PDU's first INTEGER) is found in the answer's bytes. */
const ask = message({ requestId: 0x515151 });
const isAnswerToAsk = (reply: Buffer) => reply.includes(Buffer.from([0x02, 0x03, 0x51, 0x51]));

async function sendThenAsk(lab: Lab, datagram: Uint8Array): Promise<number> {
  const started = performance.now();
  const answered = lab.replies.length;
  lab.client.send(datagram, lab.port, '127.0.0.1');
  lab.client.send(ask, lab.port, '127.0.0.1');
  for (;;) {
    if (lab.replies.slice(answered).some(isAnswerToAsk)) return performance.now() - started;
    if (performance.now() - started > 5_000) throw new Error('no answer to the real request');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function flatten(fields: readonly DecodedField[] = []): DecodedField[] {
  return fields.flatMap((field) => [field, ...flatten(field.children)]);
}

function labels(fields: readonly DecodedField[] = []): string[] {
  return flatten(fields).map((field) => field.label);
}

function noteOf(lab: Lab, datagram: Uint8Array): DecodedField[] {
  const received = lab.events.find(
    (event): event is DataEvent => event.kind === 'data-in' && event.bytes === datagram.byteLength,
  );
  return received?.annotation?.fields ?? [];
}

describe('snmp service under hostile datagrams', () => {
  it('handles 210 hostile datagrams of up to 65 KB in bounded time, with bounded notes and heap', async () => {
    const lab = await startLab();
    const hostile = [
      manyBindings('public'),
      manyBindings('secret'),
      manyBindings('public', 1_000),
      message({ tag: 0xa3, bindings: [['1.3.6.1.2.1.1.6.0', octets('x'.repeat(60_000))]] }),
      deepNesting(),
      hugeLength,
      flatValues(),
    ];
    for (const datagram of hostile) await sendThenAsk(lab, datagram);
    for (const datagram of hostile) {
      expect(JSON.stringify(noteOf(lab, datagram)).length).toBeLessThan(32 * 1024);
    }
    lab.keeping = false;
    lab.events.length = 0;
    lab.replies.length = 0;
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    for (let index = 0; index < 210; index++) {
      const elapsed = await sendThenAsk(lab, hostile[index % hostile.length] as Uint8Array);
      expect(elapsed, `datagram ${index}`).toBeLessThan(100);
    }
    collectGarbage();
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(40 * 1024 * 1024);
    const { capture } = await lab.engine.getCapture({ afterSeq: 0, limit: 1 });
    if (capture === undefined) throw new Error('no capture statistics');
    expect(capture.totalEvicted).toBe(0);
    expect(capture.heldBytes / capture.heldEvents).toBeLessThan(16 * 1024 + 4 * 1024);
  }, 20_000);

  it('refuses a request with too many bindings visibly, and notes only the first 32', async () => {
    const lab = await startLab();
    const many = manyBindings('public', 200);
    await sendThenAsk(lab, many);
    const fields = noteOf(lab, many);
    const all = labels(fields);
    expect(all.filter((label) => label === 'services.snmp.fields.varbind')).toHaveLength(32);
    const more = flatten(fields).find(
      (field) => field.label === 'services.snmp.fields.moreVarbinds',
    );
    expect(more?.value).toBe(String(200 - 32));
    expect(all).toContain('services.snmp.verdict.tooManyVarbinds');
    // Only the real request was answered.
    expect(lab.replies.filter((reply) => !isAnswerToAsk(reply))).toEqual([]);
  });

  it('notes too deep nesting and too many values as refusals', async () => {
    const lab = await startLab();
    const deep = deepNesting();
    const flat = flatValues();
    const huge = manyBindings('public');
    for (const datagram of [deep, flat, huge]) await sendThenAsk(lab, datagram);
    expect(labels(noteOf(lab, deep))).toContain('services.snmp.verdict.tooDeep');
    expect(labels(noteOf(lab, flat))).toContain('services.snmp.verdict.tooManyValues');
    expect(labels(noteOf(lab, huge))).toContain('services.snmp.verdict.tooManyValues');
  });
});
