/**
 * What the agent accepts, drops, rewrites and trims around the library (RFC 3416 §4.2,
 * RFC 3584 §4.4), fed exact datagrams: no sockets.
 */
import { describe, expect, it } from 'vitest';
import { readBer, writeBer, integerNode } from '../../../electron/services/snmp/ber';
import {
  capRepetitions,
  requestShape,
  screenRequest,
  shapeResponse,
} from '../../../electron/services/snmp/screening';
import { readSnmpMessage } from '../../../electron/services/snmp/snmpMessage';
import { message, octets, sequence } from './messages';

const GET = 0xa0;
const GET_BULK = 0xa5;
const RESPONSE = 0xa2;
const SET = 0xa3;

describe('screening a datagram', () => {
  it('accepts v1 and v2c requests for the community, and reads their fields', () => {
    const screening = screenRequest(message({ version: 0, requestId: 77 }), 'public');
    expect(screening.verdict).toBe('accepted');
    expect(screening.message?.pdu).toMatchObject({ tag: GET, requestId: 77n });
    expect(screening.message?.pdu?.varbinds[0]?.oid).toBe('1.3.6.1.2.1.1.1.0');
    expect(screenRequest(message({ tag: GET_BULK }), 'public').verdict).toBe('accepted');
    expect(screenRequest(message({ tag: SET }), 'public').verdict).toBe('accepted');
  });

  it('drops the wrong community, other versions, answers, GetBulk in v1 and garbage', () => {
    expect(screenRequest(message({ community: 'private' }), 'public').verdict).toBe(
      'wrongCommunity',
    );
    expect(screenRequest(message({ community: 'Public' }), 'public').verdict).toBe(
      'wrongCommunity',
    );
    const v3 = writeBer(sequence([integerNode(3), sequence([]), octets(''), sequence([])]));
    expect(screenRequest(v3, 'public').verdict).toBe('unsupportedVersion');
    expect(screenRequest(message({ tag: RESPONSE }), 'public').verdict).toBe('unexpectedPdu');
    expect(screenRequest(message({ version: 0, tag: GET_BULK }), 'public').verdict).toBe(
      'unexpectedPdu',
    );
    for (const garbage of [new Uint8Array(), Buffer.from('hola\n'), message().subarray(0, 20)]) {
      expect(screenRequest(garbage, 'public').verdict).toBe('malformed');
    }
    const extraField = writeBer(
      sequence([integerNode(1), octets('public'), sequence([], GET), integerNode(0)]),
    );
    expect(screenRequest(extraField, 'public').verdict).toBe('malformed');
  });
});

describe('GetBulk limits', () => {
  it('lowers max-repetitions to the limit and leaves smaller requests untouched', () => {
    const greedy = message({ tag: GET_BULK, errorStatus: 0, errorIndex: 2_000_000_000 });
    const capped = capRepetitions(greedy, readSnmpMessage(greedy), 50);
    expect(readSnmpMessage(capped).pdu).toMatchObject({
      tag: GET_BULK,
      errorIndex: 50n,
      requestId: 4242n,
    });
    const modest = message({ tag: GET_BULK, errorIndex: 10 });
    expect(capRepetitions(modest, readSnmpMessage(modest), 50)).toBe(modest);
  });
});

describe('shaping the answer', () => {
  const endOfMib = { tag: 0x82, contents: new Uint8Array() };
  const text = (value: string) => octets(value);

  it('keeps one endOfMibView per repeated binding at the end of a GetBulk answer', () => {
    const request = readSnmpMessage(
      message({ tag: GET_BULK, bindings: [['1.3.6.1.2.1.2.2.1.8.2']] }),
    );
    const answer = message({
      tag: RESPONSE,
      bindings: [
        ['1.3.6.1.2.1.1.1.0', text('x')],
        ['1.3.6.1.2.1.2.2.1.8.2', endOfMib],
        ['1.3.6.1.2.1.2.2.1.8.2', endOfMib],
        ['1.3.6.1.2.1.2.2.1.8.2', endOfMib],
      ],
    });
    const shaped = readSnmpMessage(shapeResponse(answer, requestShape(request), 65_507));
    expect(shaped.pdu?.varbinds.map((binding) => binding.value.tag)).toEqual([0x04, 0x82]);
  });

  it('drops GetBulk bindings from the end until the answer fits', () => {
    const request = readSnmpMessage(message({ tag: GET_BULK }));
    const bindings = Array.from({ length: 40 }, (_, index): [string, ReturnType<typeof text>] => [
      `1.3.6.1.2.1.1.${index}.0`,
      text('y'.repeat(20)),
    ]);
    const answer = message({ tag: RESPONSE, bindings });
    const shaped = shapeResponse(answer, requestShape(request), 400);
    expect(shaped.byteLength).toBeLessThanOrEqual(400);
    const varbinds = readSnmpMessage(shaped).pdu?.varbinds ?? [];
    expect(varbinds.length).toBeGreaterThan(5);
    expect(varbinds.length).toBeLessThan(40);
    expect(varbinds[0]?.oid).toBe('1.3.6.1.2.1.1.0.0');
    expect(readSnmpMessage(shaped).pdu?.errorStatus).toBe(0n);
  });

  it('answers tooBig with no bindings in v2c, and with the request bindings in v1', () => {
    const big = message({
      tag: RESPONSE,
      bindings: [['1.3.6.1.2.1.1.1.0', text('z'.repeat(600))]],
    });
    const v2c = readSnmpMessage(shapeResponse(big, requestShape(readSnmpMessage(message())), 300));
    expect(v2c.pdu).toMatchObject({ errorStatus: 1n, errorIndex: 0n, varbinds: [] });
    const v1Request = readSnmpMessage(message({ version: 0 }));
    const v1 = readSnmpMessage(
      shapeResponse(
        message({
          version: 0,
          tag: RESPONSE,
          bindings: [['1.3.6.1.2.1.1.1.0', text('z'.repeat(600))]],
        }),
        requestShape(v1Request),
        300,
      ),
    );
    expect(v1.pdu?.errorStatus).toBe(1n);
    expect(v1.pdu?.varbinds.map((binding) => [binding.oid, binding.value.tag])).toEqual([
      ['1.3.6.1.2.1.1.1.0', 0x05],
    ]);
  });

  it('turns v2c exceptions into noSuchName for a v1 manager (RFC 3584 §4.4)', () => {
    const request = readSnmpMessage(
      message({ version: 0, bindings: [['1.3.6.1.2.1.1.1.0'], ['1.3.6.1.2.1.99.0']] }),
    );
    const answer = message({
      version: 0,
      tag: RESPONSE,
      bindings: [
        ['1.3.6.1.2.1.1.1.0', text('lab')],
        ['1.3.6.1.2.1.99.0', { tag: 0x80, contents: new Uint8Array() }],
      ],
    });
    const shaped = readSnmpMessage(shapeResponse(answer, requestShape(request), 65_507));
    expect(shaped.pdu).toMatchObject({ errorStatus: 2n, errorIndex: 2n });
    expect(shaped.pdu?.varbinds.map((binding) => binding.value.tag)).toEqual([0x05, 0x05]);
    const fine = message({
      version: 0,
      tag: RESPONSE,
      bindings: [['1.3.6.1.2.1.1.1.0', text('lab')]],
    });
    expect(Buffer.from(shapeResponse(fine, requestShape(request), 65_507))).toEqual(
      Buffer.from(writeBer(readBer(fine))),
    );
  });
});
