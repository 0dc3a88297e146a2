import { describe, expect, it } from 'vitest';
import {
  containsBytes,
  eventMatchesSearch,
  parseHexQuery,
  parseSearch,
} from '../../../renderer/src/inspector/eventSearch';
import type { SearchQuery } from '../../../renderer/src/inspector/eventSearch';
import { clientConversation, data, lifecycle, serverConversation, udpFlow } from './eventFactory';

const query = (text: string): SearchQuery => {
  const parsed = parseSearch(text);
  if (parsed === null) throw new Error(`"${text}" is no query`);
  return parsed;
};

describe('inspector search', () => {
  it('reads the usual ways of writing bytes in hex', () => {
    const crlf = [0x0d, 0x0a];
    expect(Array.from(parseHexQuery('0d 0a') ?? [])).toEqual(crlf);
    expect(Array.from(parseHexQuery('0D0A') ?? [])).toEqual(crlf);
    expect(Array.from(parseHexQuery('0x0d,0x0a') ?? [])).toEqual(crlf);
    expect(Array.from(parseHexQuery('0d:0a') ?? [])).toEqual(crlf);
    expect(parseHexQuery('0d 0')).toBeNull();
    expect(parseHexQuery('hola')).toBeNull();
    expect(parseSearch('   ')).toBeNull();
  });

  it('finds text in the payload whatever the case of ASCII letters', () => {
    const event = data(1, serverConversation, 'data-in', 'EHLO Lab.Example\r\n');
    expect(eventMatchesSearch(event, query('ehlo'))).toBe(true);
    expect(eventMatchesSearch(event, query('LAB.example'))).toBe(true);
    expect(eventMatchesSearch(event, query('helo'))).toBe(false);
    const spanish = data(2, serverConversation, 'data-in', 'año nuevo');
    expect(eventMatchesSearch(spanish, query('año'))).toBe(true);
    expect(eventMatchesSearch(spanish, query('AÑO'))).toBe(false);
    const shouted = data(3, serverConversation, 'data-in', '¡FELIZ AÑO!');
    expect(eventMatchesSearch(shouted, query('feliz AÑO'))).toBe(true);
  });

  it('finds bytes written in hex, including ones that are not text', () => {
    const binary = data(1, udpFlow, 'data-in', new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0x00]));
    expect(eventMatchesSearch(binary, query('be ef 00'))).toBe(true);
    expect(eventMatchesSearch(binary, query('ef be'))).toBe(false);
    const line = data(2, clientConversation, 'data-out', 'hola\r\n');
    expect(eventMatchesSearch(line, query('0d0a'))).toBe(true);
    expect(eventMatchesSearch(line, query('0a0d'))).toBe(false);
  });

  it('finds events by address and port, lifecycle events too', () => {
    expect(eventMatchesSearch(lifecycle(1, serverConversation, 'accepted'), query(':51000'))).toBe(
      true,
    );
    expect(eventMatchesSearch(data(2, udpFlow, 'data-in', 'x'), query('[::1]:40000'))).toBe(true);
    expect(eventMatchesSearch(data(3, udpFlow, 'data-in', 'x'), query('51000'))).toBe(false);
  });

  it('finds an error by its code', () => {
    const failure: Parameters<typeof eventMatchesSearch>[0] = {
      seq: 1,
      time: 0,
      proto: 'tcp',
      kind: 'error',
      error: { code: 'CONNECTION_REFUSED', message: 'refused', details: {} },
    };
    expect(eventMatchesSearch(failure, query('refused'))).toBe(true);
  });

  it('does not look for words in addresses', () => {
    expect(parseSearch('hola')?.mayBeEndpoint).toBe(false);
    expect(parseSearch('127.0.0.1:7007')?.mayBeEndpoint).toBe(true);
    expect(parseSearch('[::1]:40000')?.mayBeEndpoint).toBe(true);
  });

  it('matches byte sequences at every position, folding case only when asked', () => {
    const haystack = new TextEncoder().encode('xxABCx');
    expect(containsBytes(haystack, new TextEncoder().encode('abc'), true)).toBe(true);
    expect(containsBytes(haystack, new TextEncoder().encode('abc'), false)).toBe(false);
    expect(containsBytes(haystack, new TextEncoder().encode('Cx'), false)).toBe(true);
    expect(containsBytes(haystack, new TextEncoder().encode('xxABCxx'), false)).toBe(false);
    // A first letter that occurs in both cases, the match only after the second one.
    const mixed = new TextEncoder().encode('aXbAbc');
    expect(containsBytes(mixed, new TextEncoder().encode('abc'), true)).toBe(true);
    expect(containsBytes(mixed, new TextEncoder().encode('abd'), true)).toBe(false);
  });
});
