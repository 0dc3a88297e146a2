/**
 * Who may talk to browser mode. The server only listens on 127.0.0.1, but any web page the
 * student visits can still aim requests at it, so every request must also prove it comes from
 * the page Puerto printed: a secret token (query on the first load, then a cookie; the same
 * across restarts of one data folder, see browserAddress.ts), a Host header naming this server
 * (DNS-rebinding defence) and, for the WebSocket, an Origin of this server (cross-site
 * WebSocket hijacking defence).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_QUERY } from '../../shared/contract/browserSessions';

export { TOKEN_QUERY };

export function createToken(): string {
  return randomBytes(32).toString('hex');
}

/**
 * Cookies are shared by every port of 127.0.0.1 (RFC 6265 §8.5), so the name carries the port:
 * two Puerto instances side by side must not overwrite each other's cookie.
 */
export function cookieName(port: number): string {
  return `puerto_token_${port}`;
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** Hashing first gives both sides the same length, so the comparison time reveals nothing. */
export function tokensMatch(expected: string, candidate: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(candidate));
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator !== -1 && part.slice(0, separator).trim() === name) {
      return part.slice(separator + 1).trim();
    }
  }
  return undefined;
}

export type TokenCheck = 'query' | 'cookie' | 'missing' | 'wrong';

/** Which proof of the token a request carries; a valid query token is preferred. */
export function checkToken(
  request: IncomingMessage,
  url: URL,
  port: number,
  token: string,
): TokenCheck {
  const fromQuery = url.searchParams.get(TOKEN_QUERY);
  const fromCookie = readCookie(request.headers.cookie, cookieName(port));
  if (fromQuery !== null && tokensMatch(token, fromQuery)) return 'query';
  if (fromCookie !== undefined && tokensMatch(token, fromCookie)) return 'cookie';
  return fromQuery === null && fromCookie === undefined ? 'missing' : 'wrong';
}

function allowedAuthorities(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedAuthorities(port).includes(host.toLowerCase());
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return false;
  return allowedAuthorities(port).some(
    (authority) => origin.toLowerCase() === `http://${authority}`,
  );
}
