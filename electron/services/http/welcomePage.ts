/**
 * The built-in page a student gets without a folder: it shows the request the browser just
 * sent, explains its parts (request line, headers, empty line, body), explains the response
 * they are reading, and offers the same conversation with curl, netcat and a POST form.
 */
import type { IncomingMessage } from 'node:http';
import type { Locale } from '../../../shared/i18n';
import { bilingualPage, escapeHtml, text } from './html';

const KEY = 'services.http.welcome';
/** Enough to show any real browser's head; a longer one is cut with a mark. */
const SHOWN_HEAD_CHARS = 8 * 1024;

/** The request head as it came: request line, then every header in its original case. */
export function requestHead(request: IncomingMessage): string {
  const lines = [`${request.method ?? ''} ${request.url ?? ''} HTTP/${request.httpVersion}`];
  const raw = request.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    lines.push(`${raw[index]}: ${raw[index + 1]}`);
  }
  const head = lines.join('\n');
  return head.length > SHOWN_HEAD_CHARS ? `${head.slice(0, SHOWN_HEAD_CHARS)}\n…` : head;
}

/** What to type to reach this server again: the Host the client used when it looks sane. */
function serverAuthority(request: IncomingMessage): {
  host: string;
  address: string;
  port: number;
} {
  const address = request.socket.localAddress ?? '127.0.0.1';
  const port = request.socket.localPort ?? 80;
  const hostHeader = request.headers.host ?? '';
  const bracketed = address.includes(':') ? `[${address}]` : address;
  const host = /^[\w.\-:[\]]{1,255}$/.test(hostHeader) ? hostHeader : `${bracketed}:${port}`;
  return { host, address, port };
}

function section(locale: Locale, request: IncomingMessage): string {
  const { host, address, port } = serverAuthority(request);
  // `text` escapes after filling in, so what the client sent goes in as it came.
  const method = request.method ?? '';
  const target = request.url ?? '';
  const version = `HTTP/${request.httpVersion}`;
  const netcatLines = `nc ${escapeHtml(address)} ${port}\nGET / HTTP/1.1\nHost: ${escapeHtml(host)}\n`;
  return [
    `<p>${text(locale, `${KEY}.intro`, { port })}</p>`,
    `<h2>${text(locale, `${KEY}.requestTitle`)}</h2>`,
    `<pre>${escapeHtml(requestHead(request))}</pre>`,
    `<p>${text(locale, `${KEY}.requestLine`, { method, target, version })}</p>`,
    `<p>${text(locale, `${KEY}.headers`)}</p>`,
    `<p>${text(locale, `${KEY}.emptyLine`)}</p>`,
    `<h2>${text(locale, `${KEY}.responseTitle`)}</h2>`,
    `<p>${text(locale, `${KEY}.response`)}</p>`,
    `<h2>${text(locale, `${KEY}.tryTitle`)}</h2>`,
    `<p>${text(locale, `${KEY}.tryCurl`)}</p>`,
    `<pre>curl -v http://${escapeHtml(host)}/\ncurl -v -d 'hola=mundo' http://${escapeHtml(host)}/</pre>`,
    `<p>${text(locale, `${KEY}.tryNetcat`)}</p>`,
    `<pre>${netcatLines}</pre>`,
    `<p>${text(locale, `${KEY}.tryPost`)}</p>`,
    `<form method="post" action="/"><label>${text(locale, `${KEY}.message`)} ` +
      `<input name="message" value="${text(locale, `${KEY}.sample`)}"></label> ` +
      `<button type="submit">${text(locale, `${KEY}.send`)}</button></form>`,
    `<p>${text(locale, `${KEY}.inspector`)}</p>`,
  ].join('\n');
}

export function welcomePage(locales: readonly Locale[], request: IncomingMessage): string {
  return bilingualPage(
    locales,
    (locale) => text(locale, `${KEY}.title`),
    (locale) => section(locale, request),
  );
}
