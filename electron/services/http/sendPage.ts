/**
 * Writes one of the service's own pages: exact length (so keep-alive works and the inspector
 * can tell where the body ends), the page policy, and no body at all for HEAD (RFC 9110 §9.3.2).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Locale } from '../../../shared/i18n';
import { bilingualPage, PAGE_POLICY, text } from './html';

export function sendHtml(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  html: string,
  headers: OutgoingHttpHeaders = {},
): void {
  const body = Buffer.from(html, 'utf8');
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.byteLength,
    'Content-Security-Policy': PAGE_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** The statuses the service answers with a page of its own. */
export type PageStatus = 400 | 403 | 404 | 405 | 408 | 413 | 431 | 500;

/** A short bilingual page saying what went wrong (`services.http.status.<code>`). */
export function statusPage(
  locales: readonly Locale[],
  status: PageStatus,
  params: Record<string, string | number> = {},
): string {
  const key = `services.http.status.s${status}`;
  return bilingualPage(
    locales,
    (locale) => `${status} ${text(locale, `${key}.title`, params)}`,
    (locale) => `<p>${text(locale, `${key}.explain`, params)}</p>`,
  );
}

export function sendStatus(
  request: IncomingMessage,
  response: ServerResponse,
  locales: readonly Locale[],
  status: PageStatus,
  params: Record<string, string | number> = {},
  headers: OutgoingHttpHeaders = {},
): void {
  sendHtml(request, response, status, statusPage(locales, status, params), headers);
}
