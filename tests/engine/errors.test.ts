import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../shared/contract/errors';
import { explainError, LOCALES } from '../../shared/i18n';
import type { ErrorContext } from '../../electron/engine';
import { EngineError, toPuertoError } from '../../electron/engine';
import { errorCodeFor } from '../../electron/engine/errors';

const systemError = (code: string, fields: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(`syscall ${code}`), { code, ...fields });

describe('errno mapping', () => {
  it.each([
    ['EADDRINUSE', 'PORT_IN_USE'],
    ['EACCES', 'PERMISSION_DENIED'],
    ['EPERM', 'PERMISSION_DENIED'],
    ['EADDRNOTAVAIL', 'ADDRESS_NOT_AVAILABLE'],
    ['ECONNREFUSED', 'CONNECTION_REFUSED'],
    ['EHOSTUNREACH', 'HOST_UNREACHABLE'],
    ['ENETUNREACH', 'NETWORK_UNREACHABLE'],
    ['ENOTFOUND', 'HOST_NOT_FOUND'],
    ['EAI_AGAIN', 'DNS_UNAVAILABLE'],
    ['ESERVFAIL', 'DNS_UNAVAILABLE'],
    ['ETIMEOUT', 'DNS_UNAVAILABLE'],
    ['ETIMEDOUT', 'TIMED_OUT'],
    ['ECONNRESET', 'CONNECTION_RESET'],
    ['EPIPE', 'CONNECTION_CLOSED'],
    ['ERR_STREAM_WRITE_AFTER_END', 'CONNECTION_CLOSED'],
    ['EMSGSIZE', 'MESSAGE_TOO_LARGE'],
    ['EWHATEVER', 'INTERNAL'],
    ['constructor', 'INTERNAL'],
  ])('%s becomes %s', (errno, code) => {
    expect(errorCodeFor(errno)).toBe(code);
    expect(toPuertoError(systemError(errno)).code).toBe(code);
  });

  it('reads the errno of a failed happy-eyeballs connect from its AggregateError', () => {
    const aggregate = new AggregateError(
      [systemError('ECONNREFUSED'), systemError('ECONNREFUSED')],
      'all failed',
    );
    expect(toPuertoError(aggregate).code).toBe('CONNECTION_REFUSED');
  });

  it('passes an EngineError through unchanged', () => {
    const error = new EngineError('NOT_FOUND', 'nothing with the id server-9', { id: 'server-9' });
    expect(toPuertoError(error)).toBe(error.error);
  });

  it('explains anything unknown as INTERNAL with its message as the reason', () => {
    expect(toPuertoError('boom')).toEqual({
      code: 'INTERNAL',
      message: 'boom',
      details: { reason: 'boom' },
    });
  });

  it('fills the port-in-use details the explanation needs', () => {
    const error = toPuertoError(systemError('EADDRINUSE', { address: '::', port: 7007 }), {
      proto: 'tcp',
      port: 7007,
    });
    expect(error.details).toMatchObject({
      proto: 'TCP',
      otherProto: 'UDP',
      port: 7007,
      address: '::',
    });
  });

  it('suggests a lab port when a privileged port is refused', () => {
    const error = toPuertoError(systemError('EACCES'), { proto: 'udp', port: 53 });
    expect(error.details).toMatchObject({ proto: 'UDP', port: 53, suggestion: 5300 });
  });

  const scenarios: [ErrorCode, Error, ErrorContext][] = [
    [
      'PORT_IN_USE',
      systemError('EADDRINUSE', { address: '0.0.0.0', port: 80 }),
      { proto: 'tcp', port: 80 },
    ],
    [
      'PERMISSION_DENIED',
      systemError('EACCES', { address: '::', port: 25 }),
      { proto: 'tcp', port: 25 },
    ],
    [
      'ADDRESS_NOT_AVAILABLE',
      systemError('EADDRNOTAVAIL', { address: '10.9.9.9', port: 7007 }),
      { proto: 'udp', port: 7007 },
    ],
    [
      'CONNECTION_REFUSED',
      systemError('ECONNREFUSED', { address: '127.0.0.1', port: 7 }),
      { proto: 'tcp', port: 7, host: 'localhost' },
    ],
    [
      'PORT_UNREACHABLE',
      systemError('ECONNREFUSED', { syscall: 'recvmsg' }),
      { proto: 'udp', address: '127.0.0.1', port: 7008 },
    ],
    [
      'DNS_UNAVAILABLE',
      systemError('EAI_AGAIN', { syscall: 'getaddrinfo', hostname: 'lab-pc-07' }),
      { proto: 'tcp', port: 80 },
    ],
    [
      'HOST_UNREACHABLE',
      systemError('EHOSTUNREACH', { address: '10.0.0.9', port: 80 }),
      { proto: 'tcp', port: 80 },
    ],
    [
      'NETWORK_UNREACHABLE',
      systemError('ENETUNREACH', { address: '10.0.0.9', port: 80 }),
      { proto: 'tcp' },
    ],
    [
      'HOST_NOT_FOUND',
      systemError('ENOTFOUND', { hostname: 'lab-pc-07' }),
      { proto: 'tcp', port: 80 },
    ],
    [
      'TIMED_OUT',
      systemError('ETIMEDOUT', { address: '10.0.0.9', port: 80 }),
      { proto: 'tcp', port: 80, timeoutMs: 2500 },
    ],
    ['CONNECTION_RESET', systemError('ECONNRESET'), { proto: 'tcp' }],
    ['CONNECTION_CLOSED', systemError('EPIPE'), { proto: 'tcp' }],
    ['MESSAGE_TOO_LARGE', systemError('EMSGSIZE'), { proto: 'udp', bytes: 70_000, limit: 65_507 }],
    ['INTERNAL', new Error('something odd'), {}],
  ];

  it.each(scenarios)(
    '%s fills every placeholder of its explanation in both languages',
    (code, cause, context) => {
      const error = toPuertoError(cause, context);
      expect(error.code).toBe(code);
      for (const locale of LOCALES) {
        const explanation = explainError(locale, error);
        for (const sentence of Object.values(explanation)) expect(sentence).not.toMatch(/\{\w+\}/);
      }
    },
  );

  it('tells a refused UDP datagram (ICMP port unreachable) from a refused TCP connection', () => {
    const cause = systemError('ECONNREFUSED', { syscall: 'recvmsg' });
    expect(toPuertoError(cause, { proto: 'tcp', address: '127.0.0.1', port: 7 }).code).toBe(
      'CONNECTION_REFUSED',
    );
    const udp = toPuertoError(cause, { proto: 'udp', address: '127.0.0.1', port: 7008 });
    expect(explainError('en', udp).title).toBe('No UDP server on 127.0.0.1:7008');
    expect(explainError('es', udp).title).toBe('No hay ningún servidor UDP en 127.0.0.1:7008');
  });

  it('says how many seconds a timeout waited', () => {
    const error = toPuertoError(systemError('ETIMEDOUT'), { proto: 'tcp', timeoutMs: 2500 });
    expect(explainError('en', error).title).toContain('2.5 s');
  });
});
