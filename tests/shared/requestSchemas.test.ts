import { describe, expect, it } from 'vitest';
import { MAX_SEND_BYTES, requestSchemas } from '../../shared/contract/commands';
import { explainError, translate } from '../../shared/i18n';

function firstIssue(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  const issue = result.error?.issues[0];
  return { path: issue?.path.join('.'), message: issue?.message };
}

describe('request schemas', () => {
  it('fills defaults for a minimal server request', () => {
    const parsed = requestSchemas.startServer.parse({ protocol: 'tcp', port: 7007 });
    expect(parsed.bind).toEqual({ mode: 'all' });
    expect(parsed.behaviour).toEqual({ name: 'manual' });
  });

  it.each([
    [{ protocol: 'tcp', port: 65536 }, 'port', 'validation.portRange'],
    [{ protocol: 'tcp', port: -1 }, 'port', 'validation.portRange'],
    [{ protocol: 'tcp', port: '80' }, 'port', 'validation.notNumber'],
    [
      { protocol: 'tcp', port: 80, bind: { mode: 'address' } },
      'bind.address',
      'validation.addressRequired',
    ],
    [
      {
        protocol: 'udp',
        port: 80,
        behaviour: { name: 'reply', payload: 'ABC', encoding: 'hex', trigger: 'message' },
      },
      'behaviour.payload',
      'validation.hexPairs',
    ],
  ])('refuses %j naming %s', (request, field, message) => {
    const issue = firstIssue(requestSchemas.startServer.safeParse(request));
    expect(issue).toEqual({ path: field, message });
  });

  it('refuses bad clients and oversize sends', () => {
    expect(
      firstIssue(
        requestSchemas.openClient.safeParse({ protocol: 'tcp', host: 'bad host!', port: 80 }),
      ),
    ).toEqual({
      path: 'host',
      message: 'validation.hostInvalid',
    });
    expect(
      firstIssue(requestSchemas.openClient.safeParse({ protocol: 'tcp', host: '::1', port: 0 }))
        .path,
    ).toBe('port');
    const tooBig = new Uint8Array(MAX_SEND_BYTES + 1);
    expect(firstIssue(requestSchemas.send.safeParse({ connectionId: 'c1', data: tooBig }))).toEqual(
      {
        path: 'data',
        message: 'validation.payloadTooLarge',
      },
    );
  });
});

describe('error explanations', () => {
  const portInUse = {
    code: 'PORT_IN_USE' as const,
    message: 'EADDRINUSE',
    details: { proto: 'TCP', otherProto: 'UDP', port: 80 },
  };

  it('explain PORT_IN_USE in both languages, naming the other protocol as a different port', () => {
    const english = explainError('en', portInUse);
    expect(english.title).toBe('TCP port 80 is already in use');
    expect(english.explain).toContain('UDP port 80 is a different port');
    const spanish = explainError('es', portInUse);
    expect(spanish.title).toBe('El puerto TCP 80 ya está en uso');
    expect(spanish.explain).toContain('El puerto UDP 80 es otro puerto distinto');
  });

  it('translates a validation reason before using it', () => {
    const invalid = {
      code: 'INVALID_INPUT' as const,
      message: 'bad port',
      details: { field: 'port', reason: 'validation.portRange' },
    };
    expect(explainError('es', invalid).explain).toBe(translate('es', 'validation.portRange'));
    expect(explainError('en', invalid).title).toBe('Invalid value for "port"');
  });
});
