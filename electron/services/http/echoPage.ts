/**
 * The answer to a POST: the service shows what it received, so a student sees that a POST
 * carries its data in the body, after the headers, and how a form encodes it.
 */
import type { IncomingMessage } from 'node:http';
import type { Locale } from '../../../shared/i18n';
import { bilingualPage, escapeHtml, text } from './html';
import { requestHead } from './welcomePage';

const KEY = 'services.http.echo';
/** The page shows the beginning of a body; the byte count is always the real one. */
const SHOWN_BODY_BYTES = 4 * 1024;
const SHOWN_HEX_BYTES = 256;
const SHOWN_FIELDS = 50;

function asText(body: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return undefined;
  }
}

function formFields(request: IncomingMessage, body: string, locale: Locale): string {
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return '';
  const rows = [...new URLSearchParams(body)]
    .slice(0, SHOWN_FIELDS)
    .map(
      ([name, value]) =>
        `<tr><td><code>${escapeHtml(name)}</code></td><td>${escapeHtml(value)}</td></tr>`,
    );
  if (rows.length === 0) return '';
  return `<h2>${text(locale, `${KEY}.fieldsTitle`)}</h2><p>${text(locale, `${KEY}.fields`)}</p><table>${rows.join('')}</table>`;
}

function bodySection(request: IncomingMessage, body: Buffer, locale: Locale): string {
  if (body.byteLength === 0) return `<p>${text(locale, `${KEY}.bodyEmpty`)}</p>`;
  const shown = body.subarray(0, SHOWN_BODY_BYTES);
  const cut =
    body.byteLength > shown.byteLength
      ? `<p>${text(locale, `${KEY}.truncated`, { shown: shown.byteLength })}</p>`
      : '';
  const decoded = asText(body) ?? (body.byteLength > SHOWN_BODY_BYTES ? asText(shown) : undefined);
  if (decoded !== undefined) {
    const visible = decoded.slice(0, SHOWN_BODY_BYTES);
    return `<pre>${escapeHtml(visible)}</pre>${cut}${formFields(request, decoded, locale)}`;
  }
  const hex = body
    .subarray(0, SHOWN_HEX_BYTES)
    .toString('hex')
    .replace(/(..)(?!$)/g, '$1 ');
  return `<p>${text(locale, `${KEY}.bodyBinary`)}</p><pre>${hex}</pre>`;
}

export function echoPage(
  locales: readonly Locale[],
  request: IncomingMessage,
  body: Buffer,
): string {
  const [first = 'en'] = locales;
  const intro = { method: request.method ?? '', target: request.url ?? '', bytes: body.byteLength };
  return bilingualPage(
    locales,
    (locale) => text(locale, `${KEY}.title`),
    (locale) => `<p>${text(locale, `${KEY}.intro`, intro)}</p>`,
    [
      `<h2>${text(first, `${KEY}.headTitle`)}</h2>`,
      `<pre>${escapeHtml(requestHead(request))}</pre>`,
      `<h2>${text(first, `${KEY}.bodyTitle`, { bytes: body.byteLength })}</h2>`,
      bodySection(request, body, first),
    ].join('\n'),
  );
}
