/**
 * The DNS server's answers as bytes: header bits, the question copied back, FORMERR, NOTIMP,
 * REFUSED, EDNS and truncation, and silence for garbage (RFC 1035 §4.1, RFC 6891, RFC 9619).
 * Queries are built with dns-packet or by hand; answers are read with dns-packet.
 */
import { decode, encode } from 'dns-packet';
import type { Packet } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { respond } from '../../../electron/services/dns/responder';
import type { ResponderOptions } from '../../../electron/services/dns/responder';
import { buildZone } from '../../../electron/services/dns/zone';
import { LAB_ZONE_RECORDS } from '../../../shared/catalogue/labZone';

const zone = buildZone('lab.example', LAB_ZONE_RECORDS);
const UDP: ResponderOptions = { transport: 'udp', maxUdpPayload: 1232 };
const TCP: ResponderOptions = { transport: 'tcp', maxUdpPayload: 1232 };

function query(packet: Partial<Packet>): Buffer {
  return encode({ type: 'query', id: 0x1234, flags: 0x0100, ...packet });
}

function answerTo(bytes: Uint8Array, options = UDP) {
  const response = respond(zone, bytes, options);
  expect(response.verdict).toBe('answered');
  if (response.reply === undefined) throw new Error('no reply');
  return { bytes: Buffer.from(response.reply), packet: decode(Buffer.from(response.reply)) };
}

const flagsOf = (bytes: Buffer) => bytes.readUInt16BE(2);
const rcodeOf = (bytes: Buffer) => flagsOf(bytes) & 0xf;

describe('a standard query', () => {
  it('gets QR, the same ID, RD copied, AA, no RA and the answer', () => {
    const { bytes, packet } = answerTo(
      query({ questions: [{ name: 'www.lab.example', type: 'A' }] }),
    );
    expect(packet.id).toBe(0x1234);
    expect(packet.flag_qr).toBe(true);
    expect(packet.flag_aa).toBe(true);
    expect(packet.flag_rd).toBe(true);
    expect(packet.flag_ra).toBe(false);
    expect(packet.flag_tc).toBe(false);
    expect(rcodeOf(bytes)).toBe(0);
    expect(packet.answers).toMatchObject([
      { name: 'www.lab.example', type: 'A', data: '127.0.0.1', ttl: 300 },
    ]);

    const noRecursion = answerTo(
      query({ flags: 0, questions: [{ name: 'www.lab.example', type: 'A' }] }),
    );
    expect(noRecursion.packet.flag_rd).toBe(false);
  });

  it('copies the question exactly as it came, letter case included', () => {
    const asked = query({ questions: [{ name: 'WwW.LaB.ExAmPlE', type: 'AAAA' }] });
    const { bytes, packet } = answerTo(asked);
    const questionBytes = asked.subarray(12, asked.byteLength);
    expect(bytes.subarray(12, 12 + questionBytes.byteLength)).toEqual(questionBytes);
    expect(packet.questions?.[0]?.name).toBe('WwW.LaB.ExAmPlE');
    expect(packet.answers?.[0]).toMatchObject({ type: 'AAAA', data: '::1' });
  });

  it('puts NXDOMAIN (3) in the low bits of the flags, with the SOA in authority', () => {
    const { bytes, packet } = answerTo(
      query({ questions: [{ name: 'nadie.lab.example', type: 'A' }] }),
    );
    expect(rcodeOf(bytes)).toBe(3);
    expect(packet.flag_aa).toBe(true);
    expect(packet.authorities?.map((record) => record.type)).toEqual(['SOA']);
  });

  it('refuses names outside the zone (5) and other classes or zone transfers', () => {
    const outside = answerTo(query({ questions: [{ name: 'example.com', type: 'A' }] }));
    expect(rcodeOf(outside.bytes)).toBe(5);
    expect(outside.packet.flag_aa).toBe(false);
    const chaos = answerTo(
      query({ questions: [{ name: 'version.bind', type: 'TXT', class: 'CH' }] }),
    );
    expect(rcodeOf(chaos.bytes)).toBe(5);
    const transfer = answerTo(query({ questions: [{ name: 'lab.example', type: 'AXFR' }] }), TCP);
    expect(rcodeOf(transfer.bytes)).toBe(5);
  });

  it('splits a TXT text longer than 255 bytes into several strings, UTF-8 intact', () => {
    const text = 'ñ'.repeat(200);
    const longZone = buildZone('lab.example', [{ name: 'long', type: 'TXT', value: text }]);
    const reply = respond(
      longZone,
      query({ questions: [{ name: 'long.lab.example', type: 'TXT' }] }),
      TCP,
    ).reply;
    const [record] = decode(Buffer.from(reply ?? [])).answers ?? [];
    const data = record?.type === 'TXT' ? (record.data as Buffer[]) : [];
    expect(data.length).toBeGreaterThan(1);
    expect(data.every((part) => part.byteLength <= 255)).toBe(true);
    expect(Buffer.concat(data).toString('utf8')).toBe(text);
  });
});

describe('EDNS and truncation', () => {
  const bigZone = buildZone(
    'lab.example',
    Array.from({ length: 12 }, (_, index) => ({
      name: 'big',
      type: 'TXT' as const,
      value: `${index} ${'x'.repeat(60)}`,
    })),
  );
  const bigQuestion = { questions: [{ name: 'big.lab.example', type: 'TXT' as const }] };

  it('sets TC and keeps only the question when a plain UDP answer passes 512 bytes', () => {
    const reply = respond(bigZone, query(bigQuestion), UDP).reply ?? new Uint8Array();
    const packet = decode(Buffer.from(reply));
    expect(reply.byteLength).toBeLessThanOrEqual(512);
    expect(packet.flag_tc).toBe(true);
    expect(packet.answers).toEqual([]);
    expect(packet.questions).toHaveLength(1);
  });

  it('sends the whole answer over TCP, and over UDP when EDNS offers room', () => {
    const overTcp = decode(Buffer.from(respond(bigZone, query(bigQuestion), TCP).reply ?? []));
    expect(overTcp.flag_tc).toBe(false);
    expect(overTcp.answers).toHaveLength(12);
    const edns = {
      ...bigQuestion,
      additionals: [{ type: 'OPT' as const, name: '.', udpPayloadSize: 4096, flags: 0 }],
    };
    const reply = respond(bigZone, query(edns as Packet), UDP).reply ?? new Uint8Array();
    const packet = decode(Buffer.from(reply));
    expect(packet.flag_tc).toBe(false);
    expect(packet.answers).toHaveLength(12);
    const opt = packet.additionals?.find((record) => record.type === 'OPT');
    expect(opt).toMatchObject({ udpPayloadSize: 1232, ednsVersion: 0 });
  });

  it('answers an EDNS version it does not speak with BADVERS (16) in the OPT record', () => {
    const asked = query({
      questions: [{ name: 'www.lab.example', type: 'A' }],
      additionals: [
        { type: 'OPT', name: '.', udpPayloadSize: 1232, ednsVersion: 1, flags: 0 } as never,
      ],
    });
    const { bytes, packet } = answerTo(asked);
    const opt = packet.additionals?.find((record) => record.type === 'OPT');
    expect(opt).toMatchObject({ extendedRcode: 1 });
    expect(rcodeOf(bytes)).toBe(0);
    expect(packet.answers).toEqual([]);
  });
});

describe('bad input', () => {
  it('drops a message shorter than a header, and any response sent to the server', () => {
    expect(respond(zone, Uint8Array.from([1, 2, 3]), UDP)).toEqual({ verdict: 'tooShort' });
    expect(respond(zone, new Uint8Array(), UDP)).toEqual({ verdict: 'tooShort' });
    const response = encode({
      type: 'response',
      id: 9,
      questions: [{ name: 'www.lab.example', type: 'A' }],
    });
    expect(respond(zone, response, UDP)).toEqual({ verdict: 'notAQuery' });
  });

  it('answers FORMERR (1) to a header announcing a question that is not there', () => {
    const header = Buffer.from([0xbe, 0xef, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    const { bytes, packet } = answerTo(header);
    expect(packet.id).toBe(0xbeef);
    expect(packet.flag_qr).toBe(true);
    expect(packet.flag_rd).toBe(true);
    expect(rcodeOf(bytes)).toBe(1);
    expect(bytes.readUInt16BE(4)).toBe(0);
  });

  it('answers FORMERR to a cut question, a bad label, no or two questions', () => {
    const ask = query({ questions: [{ name: 'www.lab.example', type: 'A' }] });
    const cut = ask.subarray(0, ask.byteLength - 3);
    const badLabel = Buffer.concat([
      ask.subarray(0, 12),
      Buffer.from([0x50, 0x41, 0x42, 0x00, 0, 1, 0, 1]),
    ]);
    const pointer = Buffer.concat([ask.subarray(0, 12), Buffer.from([0xc0, 0x0c, 0, 1, 0, 1])]);
    const none = query({ questions: [] });
    const two = query({
      questions: [
        { name: 'a.lab.example', type: 'A' },
        { name: 'b.lab.example', type: 'A' },
      ],
    });
    const brokenAdditional = Buffer.from(ask);
    brokenAdditional.writeUInt16BE(1, 10);
    for (const bad of [cut, badLabel, none, two, brokenAdditional]) {
      const { bytes } = answerTo(bad);
      expect(rcodeOf(bytes), bad.toString('hex')).toBe(1);
      expect(bytes.readUInt16BE(0)).toBe(0x1234);
    }
    // A name pointing at itself is a loop: refused without an answer (issue 12).
    expect(respond(zone, pointer, UDP)).toEqual({ verdict: 'refused', refusal: 'pointerLoop' });
  });

  it('answers NOTIMP (4) to another opcode, copying it', () => {
    const status = query({ questions: [{ name: 'www.lab.example', type: 'A' }] });
    status.writeUInt16BE(2 << 11, 2);
    const { bytes } = answerTo(status);
    expect(rcodeOf(bytes)).toBe(4);
    expect((flagsOf(bytes) >> 11) & 0xf).toBe(2);
  });

  it('never answers a name with odd bytes as if it were a zone name', () => {
    const dotted = Buffer.concat([
      Buffer.from([0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]),
      Buffer.from([7, ...Buffer.from('www.lab'), 7, ...Buffer.from('example'), 0, 0, 1, 0, 1]),
    ]);
    expect(rcodeOf(answerTo(dotted).bytes)).toBe(5);
  });
});
