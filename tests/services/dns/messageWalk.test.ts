/**
 * The bounded walk that runs before any DNS decoding (issue 12), fed bytes: ordinary messages
 * pass, pointer chains beyond the budget and pointers that do not go backwards are refused,
 * in owner names and inside record data, names over 255 bytes are refused, and the walk stops
 * after its record limit or where the bytes end.
 */
import { encode } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { walkDnsMessage } from '../../../electron/services/dns/messageWalk';
import { optRecord } from '../../../electron/services/dns/wireRecords';

const LIMITS = { maxPointerHops: 128, maxRecords: 32 };

function header(questions: number, answers: number): Buffer {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt16BE(questions, 4);
  bytes.writeUInt16BE(answers, 6);
  return bytes;
}

/** The question `a.` at offset 12, then a NULL record holding `links` chained pointers. */
function chainHolder(links: number): { bytes: Buffer; last: number } {
  const chainStart = 12 + 7 + 12;
  const chain = Buffer.alloc(links * 2);
  for (let link = 0; link < links; link++) {
    chain.writeUInt16BE(0xc000 | (link === 0 ? 12 : chainStart + (link - 1) * 2), link * 2);
  }
  const record = Buffer.from([0xc0, 12, 0, 10, 0, 1, 0, 0, 0, 0, 0, 0]);
  record.writeUInt16BE(chain.byteLength, 10);
  const question = Buffer.from([1, 0x61, 0, 0, 1, 0, 1]);
  return { bytes: Buffer.concat([question, record, chain]), last: chainStart + (links - 1) * 2 };
}

function pointer(target: number): Buffer {
  return Buffer.from([0xc0 | (target >> 8), target & 0xff]);
}

describe('bounded DNS walk', () => {
  it('walks an ordinary query with EDNS, and a response with compressed names', () => {
    const query = encode({
      type: 'query',
      id: 1,
      questions: [{ name: 'www.lab.example', type: 'A' }],
      additionals: [optRecord(1232)],
    });
    const walk = walkDnsMessage(query, LIMITS);
    expect(walk.refusal).toBeUndefined();
    expect(walk.stoppedBy).toBeUndefined();
    expect(walk.records.map((record) => [record.section, record.type, record.rootOwner])).toEqual([
      ['questions', 1, false],
      ['additionals', 41, true],
    ]);
    expect(walk.end).toBe(query.byteLength);
    const response = encode({
      type: 'response',
      questions: [{ name: 'lab.example', type: 'MX' }],
      answers: [
        { name: 'lab.example', type: 'MX', data: { preference: 10, exchange: 'mail.lab.example' } },
      ],
    });
    expect(walkDnsMessage(response, LIMITS)).toMatchObject({ notWalked: 0, records: [{}, {}] });
  });

  it('refuses a chain longer than the budget, and accepts one within it', () => {
    for (const [links, refused] of [
      [100, false],
      [200, true],
    ] as const) {
      const { bytes, last } = chainHolder(links);
      const message = Buffer.concat([header(1, 2), bytes, pointer(last), Buffer.alloc(10)]);
      message.writeUInt16BE(10, message.byteLength - 10);
      const walk = walkDnsMessage(message, LIMITS);
      expect(walk.refusal, `${links} links`).toBe(refused ? 'pointerLoop' : undefined);
    }
  });

  it('refuses a pointer to itself or forwards, and a chain hidden in MX data', () => {
    const self = Buffer.concat([header(1, 0), pointer(12), Buffer.from([0, 1, 0, 1])]);
    expect(walkDnsMessage(self, LIMITS).refusal).toBe('pointerLoop');
    const forwards = Buffer.concat([header(1, 0), pointer(20), Buffer.from([0, 1, 0, 1, 0])]);
    expect(walkDnsMessage(forwards, LIMITS).refusal).toBe('pointerLoop');
    const { bytes, last } = chainHolder(200);
    const mx = Buffer.from([0xc0, 12, 0, 15, 0, 1, 0, 0, 0, 0, 0, 4, 0, 10]);
    const message = Buffer.concat([header(1, 2), bytes, mx, pointer(last)]);
    expect(walkDnsMessage(message, LIMITS).refusal).toBe('pointerLoop');
  });

  it('refuses a name longer than 255 bytes', () => {
    const label = Buffer.concat([Buffer.from([63]), Buffer.alloc(63, 0x61)]);
    const name = Buffer.concat([label, label, label, label, Buffer.from([0])]);
    const message = Buffer.concat([header(1, 0), name, Buffer.from([0, 1, 0, 1])]);
    expect(walkDnsMessage(message, LIMITS).refusal).toBe('nameTooLong');
  });

  it('stops after the record limit, or where the bytes end', () => {
    const record = Buffer.from([0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1]);
    const question = Buffer.from([1, 0x61, 0, 0, 1, 0, 1]);
    const many = Buffer.concat([header(1, 40), question, ...Array(40).fill(record)]);
    expect(walkDnsMessage(many, LIMITS)).toMatchObject({ stoppedBy: 'recordLimit', notWalked: 9 });
    const cut = many.subarray(0, 12 + 7 + 16 * 3 + 5);
    expect(walkDnsMessage(cut, LIMITS)).toMatchObject({ stoppedBy: 'cut', notWalked: 37 });
  });
});
