/**
 * The BER reader and writer the agent relies on for screening and for its explanations:
 * exact round trips, integers of every sign and size, OIDs, and strict refusal of garbage.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BerError,
  integerNode,
  readBer,
  readInteger,
  readOid,
  readUnsigned,
  writeBer,
} from '../../../electron/services/snmp/ber';
import { message, oidNode } from './messages';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('BER', () => {
  it('encodes integers in the fewest bytes that keep the sign (X.690 §8.3)', () => {
    const cases: Array<[number | bigint, string]> = [
      [0, '020100'],
      [127, '02017f'],
      [128, '02020080'],
      [-1, '0201ff'],
      [-128, '020180'],
      [-129, '0202ff7f'],
      [2147483647, '02047fffffff'],
    ];
    for (const [value, expected] of cases) {
      const encoded = writeBer(integerNode(value));
      expect(hex(encoded), String(value)).toBe(expected);
      expect(readInteger(readBer(encoded))).toBe(BigInt(value));
    }
    expect(readUnsigned(readBer(Buffer.from('4305ffffffffff', 'hex')))).toBe(0xffffffffffn);
  });

  it('reads OIDs, the first two arcs folded into one byte and large arcs in base 128', () => {
    expect(readOid(readBer(Buffer.from('06082b06010201010300', 'hex')))).toBe('1.3.6.1.2.1.1.3.0');
    expect(readOid(readBer(writeBer(oidNode('1.3.6.1.4.1.32473.1'))))).toBe('1.3.6.1.4.1.32473.1');
    expect(readOid(readBer(writeBer(oidNode('2.999.4294967295'))))).toBe('2.999.4294967295');
    expect(() => readOid(readBer(Buffer.from('06022b86', 'hex')))).toThrow(BerError);
  });

  it('round-trips a whole message exactly, long lengths included', () => {
    const request = message({ bindings: [['1.3.6.1.2.1.1.1.0'], ['1.3.6.1.2.1.1.5.0']] });
    expect(hex(writeBer(readBer(request)))).toBe(hex(request));
    const long = writeBer({ tag: 0x04, contents: new Uint8Array(300) });
    expect(hex(long.subarray(0, 4))).toBe('0482012c');
    expect(readBer(long).contents.byteLength).toBe(300);
  });

  it('refuses truncation, indefinite lengths, trailing bytes, long tags and deep nesting', () => {
    const request = message();
    const bad = [
      request.subarray(0, request.byteLength - 1),
      Buffer.from('3080020100', 'hex'),
      Buffer.concat([request, Buffer.from([0])]),
      Buffer.from('1f0100', 'hex'),
      Buffer.from('3085ffffffffff', 'hex'),
      Buffer.from(`${'3002'.repeat(1)}${'30'.repeat(0)}`, 'hex').subarray(0, 1),
      new Uint8Array(),
      Buffer.from(Array.from({ length: 40 }, (_, index) => [0x30, 2 * (39 - index)]).flat()),
    ];
    for (const bytes of bad) expect(() => readBer(bytes), hex(bytes)).toThrow(BerError);
  });

  it('never throws anything but BerError on random bytes', () => {
    for (let round = 0; round < 300; round++) {
      const bytes = randomBytes(1 + (round % 64));
      try {
        readBer(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(BerError);
      }
    }
  });
});
