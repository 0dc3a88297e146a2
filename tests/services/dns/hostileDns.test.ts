/**
 * A hostile classmate against the dns service (issue 12), on loopback through the engine as
 * the workspace starts it: 65 KB datagrams of chained compression pointers (which froze the
 * process for about a second each) and of thousands of tiny records (which left 4 MB of notes
 * each). Every datagram must be handled in bounded time, the heap must not keep what the notes
 * once kept, and a pointer chain must be refused visibly and never answered.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { encode } from 'dns-packet';
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
import { explainError, messages } from '../../../shared/i18n';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
setFlagsFromString('--no-expose-gc');

const engines: PuertoEngine[] = [];
const sockets: dgram.Socket[] = [];
const streams: net.Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const stream of streams.splice(0)) stream.destroy();
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

const DATAGRAM_BYTES = 65_000;

function header(answers: number): Buffer {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt16BE(0x4242, 0);
  bytes.writeUInt16BE(1, 4);
  bytes.writeUInt16BE(answers, 6);
  return bytes;
}

/** The question `a.` (type A, class IN), right after the header at offset 12. */
const QUESTION = Buffer.from([1, 0x61, 0, 0, 1, 0, 1]);

/** A record of type NULL with no data whose owner name is the given pointer target. */
function pointerRecord(target: number): Buffer {
  return Buffer.from([0xc0 | (target >> 8), target & 0xff, 0, 10, 0, 1, 0, 0, 0, 0, 0, 0]);
}

/**
 * A NULL record whose data is a chain of pointers, each to the one before it, then records
 * whose owner names all point at the end of the chain: every name follows the whole chain.
 */
function pointerChain(links: number): Buffer {
  const chainStart = 12 + QUESTION.byteLength + 12;
  const chain = Buffer.alloc(links * 2);
  for (let link = 0; link < links; link++) {
    const target = link === 0 ? 12 : chainStart + (link - 1) * 2;
    chain.writeUInt16BE(0xc000 | target, link * 2);
  }
  const holder = Buffer.from([0xc0, 12, 0, 10, 0, 1, 0, 0, 0, 0, 0, 0]);
  holder.writeUInt16BE(chain.byteLength, 10);
  const last = chainStart + (links - 1) * 2;
  const followers = Math.floor((DATAGRAM_BYTES - chainStart - chain.byteLength) / 12);
  const records = Array.from({ length: followers }, () => pointerRecord(last));
  return Buffer.concat([header(1 + followers), QUESTION, holder, chain, ...records]);
}

/** Thousands of A records of 16 bytes each, all owned by the question's name. */
function manyRecords(): Buffer {
  const record = Buffer.from([0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1]);
  const count = Math.floor((DATAGRAM_BYTES - 12 - QUESTION.byteLength) / record.byteLength);
  return Buffer.concat([header(count), QUESTION, ...Array.from({ length: count }, () => record)]);
}

function startRequest(protocol: 'udp' | 'tcp' = 'udp'): Request<'startServer'> {
  const checked = validateRequest('startServer', {
    protocol,
    port: 0,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour: { name: 'dns', origin: 'lab.example' },
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.error));
  return checked.value.request as Request<'startServer'>;
}

interface Lab {
  engine: PuertoEngine;
  port: number;
  /** Events seen while `keeping` (the heap test stops keeping them before it measures). */
  events: PuertoEvent[];
  keeping: boolean;
  client: dgram.Socket;
  replies: Buffer[];
}

async function startLab(): Promise<Lab> {
  // Room for every event of a run (300 × 16 KiB payloads), so the capture evicts only if notes swell.
  const engine = createLabEngine({ captureBudgetBytes: 32 * 1024 * 1024 });
  engines.push(engine);
  const events: PuertoEvent[] = [];
  // As a window does: batches are collected and handed over (then dropped) every 50 ms.
  engine.onBatch(() => {});
  const server = await engine.startServer(startRequest());
  const client = dgram.createSocket('udp4');
  sockets.push(client);
  const replies: Buffer[] = [];
  client.on('message', (message) => replies.push(message));
  await new Promise<void>((resolve) => client.bind(0, '127.0.0.1', resolve));
  const lab = { engine, port: server.port, events, keeping: true, client, replies };
  engine.onEvent((event) => {
    if (lab.keeping) events.push(event);
  });
  return lab;
}

const ask = encode({ type: 'query', id: 7, questions: [{ name: 'www.lab.example', type: 'A' }] });

/** Sends `datagram`, then a real query, and resolves once the query is answered. */
async function sendThenAsk(lab: Lab, datagram: Buffer): Promise<number> {
  const started = performance.now();
  const answered = lab.replies.length;
  lab.client.send(datagram, lab.port, '127.0.0.1');
  lab.client.send(ask, lab.port, '127.0.0.1');
  for (;;) {
    const reply = lab.replies.slice(answered).find((message) => message.readUInt16BE(0) === 7);
    if (reply !== undefined) return performance.now() - started;
    if (performance.now() - started > 5_000) throw new Error('no answer to the real query');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function labels(fields: readonly DecodedField[] = []): string[] {
  return fields.flatMap((field) => [field.label, ...labels(field.children)]);
}

describe('dns service under hostile datagrams', () => {
  it('refuses a pointer chain at once, visibly, without answering it', async () => {
    const lab = await startLab();
    const chain = pointerChain(16_000);
    expect(chain.byteLength).toBeLessThanOrEqual(DATAGRAM_BYTES);
    const elapsed = await sendThenAsk(lab, chain);
    expect(elapsed).toBeLessThan(100);
    const received = lab.events.find(
      (event): event is DataEvent => event.kind === 'data-in' && event.bytes === chain.byteLength,
    );
    expect(labels(received?.annotation?.fields)).toContain(
      'services.dns.verdict.refused.pointerLoop',
    );
    const { refused } = messages.en.services.dns.verdict;
    expect(refused.pointerLoop).toMatch(/^DNS message refused: pointer loop/);
    expect(messages.es.services.dns.verdict.refused.pointerLoop).toMatch(
      /^Mensaje DNS rechazado: bucle de punteros/,
    );
    // Only the real query was answered: the chain got no reply.
    expect(lab.replies.map((reply) => reply.readUInt16BE(0))).toEqual([7]);
  });

  it('handles 300 hostile 65 KB datagrams in bounded time and keeps the heap flat', async () => {
    const lab = await startLab();
    const hostile = [pointerChain(16_000), manyRecords()];
    for (const datagram of hostile) await sendThenAsk(lab, datagram);
    lab.keeping = false;
    lab.events.length = 0;
    lab.replies.length = 0;
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    for (let index = 0; index < 300; index++) {
      const elapsed = await sendThenAsk(lab, hostile[index % 2] as Buffer);
      expect(elapsed, `datagram ${index}`).toBeLessThan(100);
    }
    collectGarbage();
    const retained = process.memoryUsage().heapUsed - heapBefore;
    expect(retained).toBeLessThan(40 * 1024 * 1024);
    // What the capture holds per event: the kept payload (16 KiB at most) and a short note.
    const { capture } = await lab.engine.getCapture({ afterSeq: 0, limit: 1 });
    if (capture === undefined) throw new Error('no capture statistics');
    expect(capture.totalEvicted).toBe(0);
    expect(capture.heldBytes / capture.heldEvents).toBeLessThan(16 * 1024 + 4 * 1024);
  }, 20_000);

  it('notes only the first 32 records of a datagram, and how many more there were', async () => {
    const lab = await startLab();
    const many = manyRecords();
    await sendThenAsk(lab, many);
    const received = lab.events.find(
      (event): event is DataEvent => event.kind === 'data-in' && event.bytes === many.byteLength,
    );
    const fields = received?.annotation?.fields ?? [];
    const all = labels(fields);
    expect(all.filter((label) => label === 'services.dns.fields.record')).toHaveLength(31);
    const more = fields.find((field) => field.label === 'services.dns.fields.moreRecords');
    expect(Number(more?.value)).toBe(many.readUInt16BE(6) + 1 - 32);
    expect(all).toContain('services.dns.verdict.refused.tooManyRecords');
    expect(JSON.stringify(fields).length).toBeLessThan(32 * 1024);
  });
});

/** A question whose name is a pointer to itself: the shortest pointer loop there is. */
function selfPointer(): Buffer {
  return Buffer.concat([header(0), Buffer.from([0xc0, 12, 0, 1, 0, 1])]);
}

/** A question whose name has five labels of 63 bytes: 320 bytes on the wire. */
function longName(): Buffer {
  const label = Buffer.concat([Buffer.from([63]), Buffer.alloc(63, 0x61)]);
  const name = Buffer.concat([...Array.from({ length: 5 }, () => label), Buffer.from([0])]);
  return Buffer.concat([header(0), name, Buffer.from([0, 1, 0, 1])]);
}

/** A query with one question and 40 answers: more records than the server reads. */
function tooManyRecords(): Buffer {
  const record = Buffer.from([0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1]);
  return Buffer.concat([header(40), QUESTION, ...Array.from({ length: 40 }, () => record)]);
}

/** The data event that carried `datagram`, and the error events that followed it. */
function refusalOf(lab: Lab, datagram: Buffer) {
  const received = lab.events.find(
    (event): event is DataEvent =>
      event.kind === 'data-in' && Buffer.from(event.payload).equals(datagram),
  );
  const errors = lab.events.filter(
    (event): event is ErrorEvent =>
      event.kind === 'error' &&
      received !== undefined &&
      event.seq > received.seq &&
      event.connectionId === received.connectionId,
  );
  return { received, errors };
}

describe('dns refusals as error events', () => {
  it.each([
    {
      name: 'a pointer loop',
      datagram: selfPointer(),
      refusal: 'pointerLoop',
      limit: 128,
      english: /^DNS message from 127\.0\.0\.1:\d+ refused: a pointer loop, /,
      spanish: /^Mensaje DNS de 127\.0\.0\.1:\d+ rechazado: un bucle de punteros, /,
    },
    {
      name: 'a 65 KB pointer chain',
      datagram: pointerChain(16_000),
      refusal: 'pointerLoop',
      limit: 128,
      english: /more than 128 compression pointers$/,
      spanish: /más de 128 punteros de compresión$/,
    },
    {
      name: 'a name over 255 bytes',
      datagram: longName(),
      refusal: 'nameTooLong',
      limit: 255,
      english: /refused: a name longer than 255 bytes, the most DNS allows$/,
      spanish: /rechazado: un nombre de más de 255 bytes, el máximo que permite DNS$/,
    },
    {
      name: 'too many records',
      datagram: tooManyRecords(),
      refusal: 'tooManyRecords',
      limit: 32,
      english: /refused: more than 32 records, /,
      spanish: /rechazado: más de 32 registros, /,
    },
  ])('shows $name as a DNS_MESSAGE_REFUSED event after its data event', async (refused) => {
    const lab = await startLab();
    await sendThenAsk(lab, refused.datagram);
    const { received, errors } = refusalOf(lab, refused.datagram.subarray(0, 16 * 1024));
    expect(received).toBeDefined();
    // The note stays on the data event.
    expect(labels(received?.annotation?.fields)).toContain(
      `services.dns.verdict.refused.${refused.refusal}`,
    );
    expectRefusalEvent(errors, lab.client.address().port, {
      code: 'DNS_MESSAGE_REFUSED',
      ...refused,
    });
    // Still unanswered: only the real query got a reply.
    expect(lab.replies.map((reply) => reply.readUInt16BE(0))).toEqual([7]);
  });

  it('reports nothing for a real query, a response or a datagram shorter than a header', async () => {
    const lab = await startLab();
    const response = encode({ type: 'response', id: 9, questions: [{ name: 'a', type: 'A' }] });
    for (const datagram of [response, Buffer.from([1, 2, 3])]) await sendThenAsk(lab, datagram);
    expect(lab.events.filter((event) => event.kind === 'error')).toEqual([]);
  });
});

describe('dns refusals over TCP', () => {
  it('reports a refused message in a segment and still answers the query after it', async () => {
    const engine = createLabEngine();
    engines.push(engine);
    const events: PuertoEvent[] = [];
    engine.onEvent((event) => events.push(event));
    const server = await engine.startServer(startRequest('tcp'));
    const stream = net.connect(server.port, '127.0.0.1');
    streams.push(stream);
    const framed = (message: Buffer) => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(message.byteLength);
      return Buffer.concat([length, message]);
    };
    const answered = new Promise<Buffer>((resolve) => stream.once('data', resolve));
    stream.write(Buffer.concat([framed(selfPointer()), framed(ask)]));
    const answer = await answered;
    expect(answer.readUInt16BE(2)).toBe(7);
    const errors = events.filter((event): event is ErrorEvent => event.kind === 'error');
    expect(errors.map((event) => [event.error.code, event.error.details.refusal])).toEqual([
      ['DNS_MESSAGE_REFUSED', 'pointerLoop'],
    ]);
    expect(errors[0]?.proto).toBe('tcp');
    expect(explainError('es', (errors[0] as ErrorEvent).error).title).toMatch(
      /^Mensaje DNS de 127\.0\.0\.1:\d+ rechazado: un bucle de punteros/,
    );
  });
});
