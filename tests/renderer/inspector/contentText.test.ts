import { encode } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import type { DataEvent } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import { describeDnsMessage } from '../../../electron/services/dns/dnsFields';
import { annotatedContent } from '../../../renderer/src/inspector/contentText';
import { eventMatchesSearch, parseSearch } from '../../../renderer/src/inspector/eventSearch';
import { data, udpFlow } from './eventFactory';

/** A DNS message as the engine captures it: its bytes, and the DNS service's annotation. */
function dnsEvent(seq: number, kind: DataEvent['kind'], packet: Parameters<typeof encode>[0]) {
  const bytes = new Uint8Array(encode(packet));
  const described = describeDnsMessage(bytes);
  const event = data(seq, udpFlow, kind, bytes);
  event.annotation = {
    protocol: 'dns',
    role: described.role ?? 'request',
    fields: described.fields,
  };
  return event;
}

const question = { type: 'A' as const, name: 'example.lab' };
const query = dnsEvent(1, 'data-in', {
  type: 'query',
  id: 7,
  flags: 0x0100,
  questions: [question],
});
const answer = dnsEvent(2, 'data-out', {
  type: 'response',
  id: 7,
  flags: 0x8180,
  questions: [question],
  answers: [{ type: 'A', name: 'example.lab', ttl: 300, data: '192.0.2.1' }],
});
const missing = dnsEvent(3, 'data-out', {
  type: 'response',
  id: 8,
  flags: 0x8183,
  questions: [{ type: 'A', name: 'nope.lab' }],
});

const en = (key: string, params: Record<string, string>) => translate('en', key, params);
const es = (key: string, params: Record<string, string>) => translate('es', key, params);
const search = (text: string) => parseSearch(text)!;

describe('Content column of a DNS message', () => {
  it('shows the query and the answer instead of hex', () => {
    expect(annotatedContent(query, en)).toBe('query A example.lab');
    expect(annotatedContent(answer, en)).toBe('answer A example.lab 192.0.2.1');
    expect(annotatedContent(missing, en)).toBe('answer A nope.lab: NXDOMAIN, no records');
    expect(annotatedContent(query, es)).toBe('consulta A example.lab');
    expect(annotatedContent(answer, es)).toBe('respuesta A example.lab 192.0.2.1');
  });

  it('leaves text messages and unannotated bytes to the usual preview', () => {
    const text = data(4, udpFlow, 'data-in', 'hola');
    text.annotation = { protocol: 'dns', role: 'request', fields: [] };
    expect(annotatedContent(text, en)).toBeUndefined();
    expect(annotatedContent(data(5, udpFlow, 'data-in', new Uint8Array([0, 1, 2])), en)).toBe(
      undefined,
    );
  });

  it('lets the search find a name, a type and an address the row shows', () => {
    expect(eventMatchesSearch(query, search('example.lab'))).toBe(true);
    expect(eventMatchesSearch(answer, search('192.0.2.1'))).toBe(true);
    expect(eventMatchesSearch(missing, search('NXDOMAIN'))).toBe(true);
    expect(eventMatchesSearch(query, search('other.lab'))).toBe(false);
  });
});
