/**
 * What the inspector shows for DNS: the decoded header, flags and sections with i18n labels
 * that exist in both languages, request or response, and TCP framing (a message cut across
 * segments, several in one segment). Pure: messages are handed over as bytes.
 */
import { encode } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { DnsAnnotations } from '../../../electron/services/dns/dnsAnnotations';
import { describeDnsMessage } from '../../../electron/services/dns/dnsFields';
import {
  LengthPrefixFramer,
  withLengthPrefix,
} from '../../../electron/services/dns/lengthPrefixFramer';
import { respond } from '../../../electron/services/dns/responder';
import { buildZone } from '../../../electron/services/dns/zone';
import type { BehaviourSession } from '../../../electron/engine';
import { LAB_ZONE_RECORDS } from '../../../shared/catalogue/labZone';
import type { DecodedField } from '../../../shared/contract/events';
import { messages } from '../../../shared/i18n';

const zone = buildZone('lab.example', LAB_ZONE_RECORDS);
const mxQuery = encode({
  type: 'query',
  id: 0x0a0b,
  flags: 0x0100,
  questions: [{ name: 'lab.example', type: 'MX' }],
});
const mxReply = respond(zone, mxQuery, { transport: 'udp', maxUdpPayload: 1232 }).reply ?? [];

function flatten(fields: readonly DecodedField[]): DecodedField[] {
  return fields.flatMap((field) => [field, ...flatten(field.children ?? [])]);
}

function valueOf(fields: readonly DecodedField[], label: string): string | undefined {
  return flatten(fields).find((field) => field.label === `services.dns.fields.${label}`)?.value;
}

function lookupKey(locale: 'en' | 'es', key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages[locale]);
}

function session(protocol: 'udp' | 'tcp', id = 'c1'): BehaviourSession {
  const endpoint = { address: '127.0.0.1', port: 5300 };
  return {
    id,
    protocol,
    local: endpoint,
    remote: endpoint,
    send: () => true,
    end() {},
    close() {},
    pause() {},
    resume() {},
  };
}

describe('decoded DNS fields', () => {
  it('explains a query: ID, flags, the question, as a request', () => {
    const { fields, role } = describeDnsMessage(mxQuery);
    expect(role).toBe('request');
    expect(valueOf(fields, 'id')).toBe('0x0a0b (2571)');
    expect(valueOf(fields, 'qr')).toBe('0');
    expect(valueOf(fields, 'rd')).toBe('1');
    expect(valueOf(fields, 'opcode')).toBe('QUERY (0)');
    expect(valueOf(fields, 'question')).toBe('lab.example. IN MX');
  });

  it('explains a response as dig prints it: flags, rcode, answers and additional records', () => {
    const { fields, role } = describeDnsMessage(Uint8Array.from(mxReply));
    expect(role).toBe('response');
    expect(valueOf(fields, 'qr')).toBe('1');
    expect(valueOf(fields, 'aa')).toBe('1');
    expect(valueOf(fields, 'ra')).toBe('0');
    expect(valueOf(fields, 'rcode')).toBe('NOERROR (0)');
    expect(valueOf(fields, 'answers')).toBe('1');
    const records = flatten(fields).filter((field) => field.label === 'services.dns.fields.record');
    expect(records.map((record) => record.value)).toEqual([
      'lab.example. 300 IN MX 10 mail.lab.example.',
      'mail.lab.example. 300 IN A 127.0.0.1',
      'mail.lab.example. 300 IN AAAA ::1',
    ]);
  });

  it('names the rcode and says why garbage is dropped or refused', () => {
    const nx = respond(
      zone,
      encode({ type: 'query', id: 1, questions: [{ name: 'x.lab.example', type: 'A' }] }),
      {
        transport: 'udp',
        maxUdpPayload: 1232,
      },
    );
    const labels = flatten(describeDnsMessage(nx.reply ?? new Uint8Array()).fields).map(
      (field) => field.label,
    );
    expect(labels).toContain('services.dns.rcodes.NXDOMAIN');
    expect(
      flatten(describeDnsMessage(Uint8Array.from([1, 2, 3])).fields).map((f) => f.label),
    ).toContain('services.dns.verdict.tooShort');
    const cut = mxQuery.subarray(0, 20);
    expect(describeDnsMessage(cut).fields.map((f) => f.label)).toContain(
      'services.dns.verdict.malformed',
    );
  });

  it('uses only labels both catalogues hold', () => {
    const all = [
      mxQuery,
      Uint8Array.from(mxReply),
      Uint8Array.from([1]),
      mxQuery.subarray(0, 20),
    ].flatMap((bytes) => flatten(describeDnsMessage(bytes).fields));
    const annotations = new DnsAnnotations();
    const segments = [
      annotations.describe(session('tcp'), 'in', withLengthPrefix(mxQuery).subarray(0, 5)),
      annotations.describe(session('udp'), 'in', Uint8Array.from(mxReply)),
    ];
    const labels = new Set(
      [...all, ...segments.flatMap((note) => flatten(note.fields ?? []))].map(
        (field) => field.label,
      ),
    );
    for (const label of labels) {
      expect(typeof lookupKey('en', label), label).toBe('string');
      expect(typeof lookupKey('es', label), label).toBe('string');
    }
  });
});

describe('DNS over TCP in the capture', () => {
  it('gathers a message cut across segments and shows its length prefix', () => {
    const annotations = new DnsAnnotations();
    const framed = withLengthPrefix(mxQuery);
    const first = annotations.describe(session('tcp'), 'in', framed.subarray(0, 7));
    expect(first.fields?.[0]).toEqual({
      label: 'services.dns.fields.partial',
      value: String(framed.byteLength - 7),
    });
    const second = annotations.describe(session('tcp'), 'in', framed.subarray(7));
    expect(second.role).toBe('request');
    expect(second.fields?.[0]).toEqual({
      label: 'services.dns.fields.lengthPrefix',
      value: String(mxQuery.byteLength),
    });
    expect(valueOf(second.fields ?? [], 'question')).toBe('lab.example. IN MX');
  });

  it('groups several messages that arrive in one segment, and marks a response sent to it', () => {
    const annotations = new DnsAnnotations();
    const two = Buffer.concat([withLengthPrefix(mxQuery), withLengthPrefix(mxQuery)]);
    const note = annotations.describe(session('tcp', 'c2'), 'in', two);
    expect(note.fields?.map((field) => [field.label, field.value])).toEqual([
      ['services.dns.fields.message', '1'],
      ['services.dns.fields.message', '2'],
    ]);
    const stray = annotations.describe(session('udp'), 'in', Uint8Array.from(mxReply));
    expect(stray.role).toBe('response');
    expect(stray.fields?.at(-1)).toEqual({ label: 'services.dns.verdict.notAQuery' });
  });

  it('frames by the 2-byte length, whatever the segment boundaries', () => {
    const framer = new LengthPrefixFramer();
    const stream = Buffer.concat([
      withLengthPrefix(Buffer.from('abc')),
      withLengthPrefix(Buffer.from('de')),
    ]);
    const found: string[] = [];
    for (const byte of stream)
      found.push(...framer.push(Uint8Array.of(byte)).map((m) => Buffer.from(m).toString()));
    expect(found).toEqual(['abc', 'de']);
    expect(framer.pendingBytes).toBe(0);
    expect(framer.push(Uint8Array.of(0))).toEqual([]);
    expect(framer.missingBytes).toBeUndefined();
    expect(framer.push(Uint8Array.of(4, 1))).toEqual([]);
    expect(framer.missingBytes).toBe(3);
  });
});
