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
import { expectRefusalEvent } from '../support/refusalEvent';
import { validateRequest } from '../../../electron/boundary';
import type { PuertoEngine } from '../../../electron/engine';
import { createLabEngine } from '../../../electron/services';
import type { Request } from '../../../shared/contract/commands';
import type {
  DataEvent,
  DecodedField,
  ErrorEvent,
  PuertoEvent,
} from '../../../shared/contract/events';
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

async function startLab(captureBudgetBytes = 32 * 1024 * 1024): Promise<Lab> {
  const engine = createLabEngine({ captureBudgetBytes });
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

/** The error events that followed the data event carrying `datagram`, on its conversation. */
function errorsAfter(lab: Lab, datagram: Uint8Array): ErrorEvent[] {
  const received = lab.events.find(
    (event): event is DataEvent => event.kind === 'data-in' && event.bytes === datagram.byteLength,
  );
  if (received === undefined) throw new Error('datagram not captured');
  return lab.events.filter(
    (event): event is ErrorEvent =>
      event.kind === 'error' &&
      event.seq > received.seq &&
      event.connectionId === received.connectionId,
  );
}

describe('snmp refusals as error events', () => {
  it.each([
    {
      name: 'too deep nesting',
      datagram: deepNesting(),
      refusal: 'tooDeep',
      limit: 12,
      english: /^SNMP message from 127\.0\.0\.1:\d+ refused: values nested more than 12 deep, /,
      spanish:
        /^Mensaje SNMP de 127\.0\.0\.1:\d+ rechazado: valores anidados a más de 12 niveles, /,
    },
    {
      name: 'too many values',
      datagram: flatValues(),
      refusal: 'tooManyValues',
      limit: 4096,
      english: /refused: more than 4096 BER values in one message$/,
      spanish: /rechazado: más de 4096 valores BER en un solo mensaje$/,
    },
    {
      name: 'too many bindings',
      datagram: manyBindings('public', 200),
      refusal: 'tooManyVarbinds',
      limit: 128,
      english: /refused: more than 128 variable bindings in one request$/,
      spanish: /rechazado: más de 128 variables \(varbinds\) en una sola petición$/,
    },
  ])('shows $name as an SNMP_MESSAGE_REFUSED event after its data event', async (refused) => {
    const lab = await startLab();
    await sendThenAsk(lab, refused.datagram);
    // The note stays on the data event.
    expect(labels(noteOf(lab, refused.datagram))).toContain(
      `services.snmp.verdict.${refused.refusal}`,
    );
    const errors = errorsAfter(lab, refused.datagram);
    expectRefusalEvent(errors, lab.client.address().port, {
      code: 'SNMP_MESSAGE_REFUSED',
      ...refused,
    });
    expect(lab.replies.filter((reply) => !isAnswerToAsk(reply))).toEqual([]);
  });

  it('reports nothing for a real request, a wrong community or garbage', async () => {
    const lab = await startLab();
    for (const datagram of [message(), manyBindings('secret', 3), hugeLength]) {
      await sendThenAsk(lab, datagram);
    }
    expect(lab.events.filter((event) => event.kind === 'error')).toEqual([]);
  });
});

/** The heap and the ArrayBuffers outside it, where a copied datagram's bytes live. */
function heldBytes(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Past the engine's next batch (every 50 ms), which holds copies of recent payloads. */
const settled = async (): Promise<void> => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  // ArrayBuffers are swept after a collection, concurrently: a second one finds them gone.
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('snmp agent memory per peer', () => {
  it('keeps nothing of an answered request, however large, while its peers stay', async () => {
    // A small capture, so what it holds does not hide what the agent keeps.
    const lab = await startLab(1024 * 1024);
    const large = message({
      requestId: 0x616161,
      bindings: [[SYS_DESCR, octets('v'.repeat(60_000))]],
    });
    const peers = 150;
    const answered = { count: 0 };
    const send = async (): Promise<void> => {
      const peer = dgram.createSocket('udp4');
      sockets.push(peer);
      const reply = new Promise<void>((resolve) =>
        peer.once('message', () => {
          answered.count += 1;
          resolve();
        }),
      );
      await new Promise<void>((resolve) => peer.bind(0, '127.0.0.1', resolve));
      peer.send(large, lab.port, '127.0.0.1');
      await reply;
    };
    await send();
    lab.keeping = false;
    lab.events.length = 0;
    await settled();
    collectGarbage();
    const heapBefore = heldBytes();
    const started = performance.now();
    for (let index = 0; index < peers; index++) await send();
    const elapsed = performance.now() - started;
    await settled();
    collectGarbage();
    const retained = heldBytes() - heapBefore;
    console.info(
      `snmp: ${peers} peers × ${large.byteLength} B requests, ${(retained / 1024 / 1024).toFixed(1)} MB retained, ${(elapsed / peers).toFixed(2)} ms each`,
    );
    expect(answered.count).toBe(peers + 1);
    // Each peer's request was 60 KB: keeping any of it for every peer would be 9 MB.
    expect(retained).toBeLessThan(4 * 1024 * 1024);
  }, 20_000);
});
