import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../renderer/src/format/clock';
import { formatEndpoint, formatTypedHost } from '../../../renderer/src/format/endpoint';
import { textToBytes } from '../../../renderer/src/format/textBytes';
import {
  hostProblem,
  portProblem,
  remotePortProblem,
} from '../../../renderer/src/forms/fieldRules';

describe('formatting', () => {
  it('puts IPv6 addresses in brackets', () => {
    expect(formatEndpoint({ address: '::1', port: 7007 })).toBe('[::1]:7007');
    expect(formatEndpoint({ address: '192.168.1.20', port: 80 })).toBe('192.168.1.20:80');
    expect(formatTypedHost('localhost', { address: '127.0.0.1', port: 7 })).toBe(
      'localhost:7 (127.0.0.1)',
    );
  });

  it('shows time with milliseconds', () => {
    const time = new Date(2024, 0, 2, 3, 4, 5, 67).getTime() + 0.4;
    expect(formatClock(time)).toBe('03:04:05.067');
  });

  it('encodes typed text as UTF-8', () => {
    expect([...textToBytes('ñ', true)]).toEqual([0xc3, 0xb1, 0x0a]);
    expect(textToBytes('', false)).toHaveLength(0);
  });
});

describe('field rules', () => {
  it('accepts 0 to 65535 for a server port, decimal digits only', () => {
    expect(portProblem('0')).toBeUndefined();
    expect(portProblem(' 65535 ')).toBeUndefined();
    expect(portProblem('65536')).toBe('validation.portRange');
    expect(portProblem('0x50')).toBe('validation.notNumber');
    // An empty field asks for a number rather than calling nothing "not a number" (issue 11).
    expect(portProblem('')).toBe('validation.portEmpty');
    expect(remotePortProblem(' ')).toBe('validation.portEmpty');
    expect(portProblem('-1')).toBe('validation.notNumber');
  });

  it('needs 1 to 65535 for a client and a real host', () => {
    expect(remotePortProblem('0')).toBe('validation.remotePortRange');
    expect(remotePortProblem('7')).toBeUndefined();
    expect(hostProblem(' ')).toBe('validation.hostEmpty');
    expect(hostProblem('lab pc')).toBe('validation.hostInvalid');
    expect(hostProblem('fe80::1')).toBeUndefined();
    expect(hostProblem('lab-pc-07')).toBeUndefined();
  });
});
