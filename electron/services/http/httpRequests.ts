/**
 * What the http service does with each request: GET and HEAD read the welcome page or the
 * served folder, POST shows back what it received, any other method is 405 (RFC 9110 §15.5.6).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { echoPage } from './echoPage';
import { serveFromFolder } from './folderResponse';
import { localesFor } from './html';
import type { HttpOptions } from './httpOptions';
import { readBody } from './requestBody';
import { sendHtml, sendStatus } from './sendPage';
import { welcomePage } from './welcomePage';

export const ALLOWED_METHODS = 'GET, HEAD, POST';
const WELCOME_PATHS = new Set(['/', '/index.html']);

/**
 * The path of a request target, still encoded: origin form (`/a?b`) or absolute form
 * (`http://host/a`, RFC 9112 §3.2.2). The host of an absolute form is ignored: this server
 * serves one folder whatever name the client used. Undefined for any other form.
 */
export function targetPath(target: string): string | undefined {
  if (target.startsWith('/')) return target.split(/[?#]/, 1)[0] ?? '/';
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(target);
  if (absolute === null) return undefined;
  return absolute[1] === '' || absolute[1] === undefined ? '/' : absolute[1];
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  options: HttpOptions,
): Promise<void> {
  response.setHeader('Server', 'Puerto');
  const locales = localesFor(request.headers['accept-language']);
  const pathname = targetPath(request.url ?? '');
  if (pathname === undefined) {
    sendStatus(request, response, locales, 400);
    return;
  }
  const method = request.method ?? '';
  if (method === 'POST') {
    const body = await readBody(request, options.maxBodyBytes);
    if (body.kind === 'tooLarge') {
      // The rest of the body is not read, so the connection cannot carry another request.
      const params = { limit: options.maxBodyBytes };
      sendStatus(request, response, locales, 413, params, { Connection: 'close' });
    } else if (body.kind === 'complete') {
      sendHtml(request, response, 200, echoPage(locales, request, body.body));
    }
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    sendStatus(request, response, locales, 405, { method }, { Allow: ALLOWED_METHODS });
    return;
  }
  if (options.folder !== undefined) {
    await serveFromFolder({ request, response, folder: options.folder, locales, pathname });
  } else if (WELCOME_PATHS.has(pathname)) {
    sendHtml(request, response, 200, welcomePage(locales, request));
  } else {
    sendStatus(request, response, locales, 404, { path: pathname });
  }
}

export function createRequestHandler(options: HttpOptions) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    answer(request, response, options).catch(() => {
      if (response.headersSent) response.destroy();
      else sendStatus(request, response, localesFor(undefined), 500);
    });
  };
}
