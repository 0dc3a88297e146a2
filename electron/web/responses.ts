/**
 * Headers sent on every browser-mode response, and the short refusals. A refusal is read before
 * any page (and its language choice) exists, so its body carries English and Spanish together.
 */
import { STATUS_CODES } from 'node:http';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { translate } from '../../shared/i18n';

/** The policy of renderer/index.html, used when the built page carries none. */
export const DEFAULT_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const META_POLICY =
  /<meta\s+http-equiv=(["'])Content-Security-Policy\1\s+content=(["'])((?:(?!\2)[\s\S])+)\2/i;

/** The header repeats the page's own meta policy, so both hosts enforce exactly one policy. */
export function policyFromPage(html: string): string {
  return (
    META_POLICY.exec(html)?.[3]?.replace(/\s+/g, ' ').trim() ?? DEFAULT_CONTENT_SECURITY_POLICY
  );
}

/**
 * The page's policy with `connect-src` narrowed to this server alone: the page itself ('self')
 * and its WebSocket on 127.0.0.1 or localhost with this port. The built page allows any `ws:`
 * because it cannot know the port; a browser enforces both the meta policy and the header, so
 * the narrower header wins and the page can reach no other host or port (issue 12).
 */
export function policyForPort(pagePolicy: string, port: number): string {
  const connect = `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`;
  const directives = pagePolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '');
  const at = directives.findIndex((directive) => /^connect-src(\s|$)/i.test(directive));
  if (at === -1) directives.push(connect);
  else directives[at] = connect;
  return directives.join('; ');
}

export function securityHeaders(contentSecurityPolicy: string): OutgoingHttpHeaders {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The page and its cookie belong to one run; a cached copy would outlive the token.
    'Cache-Control': 'no-store',
  };
}

export type RefusalKey =
  | 'unauthorized'
  | 'forbiddenHost'
  | 'forbiddenOrigin'
  | 'notFound'
  | 'badRequest'
  | 'methodNotAllowed';

export function refusalText(key: RefusalKey): string {
  const path = `browserMode.${key}`;
  return `${translate('en', path)}\n${translate('es', path)}\n`;
}

export function refuse(
  response: ServerResponse,
  status: number,
  key: RefusalKey,
  headers: OutgoingHttpHeaders,
): void {
  const body = Buffer.from(refusalText(key), 'utf8');
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.byteLength,
    ...(status === 405 ? { Allow: 'GET, HEAD' } : {}),
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** Refuses a WebSocket upgrade on the raw socket, before any WebSocket exists. */
export function refuseUpgrade(
  socket: Duplex,
  status: number,
  key: RefusalKey,
  headers: OutgoingHttpHeaders,
): void {
  const body = Buffer.from(refusalText(key), 'utf8');
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${String(value)}`),
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${body.byteLength}`,
    'Connection: close',
  ];
  socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]));
}
