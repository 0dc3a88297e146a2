/**
 * GET and HEAD on a served folder: a file with its content type, a folder's index.html or its
 * listing. Every path goes through the jail (`..`, encoded tricks, backslashes → 403) and then
 * through the folder's real-path check (links that lead outside → 403); nothing else is opened.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { open } from 'node:fs/promises';
import type { Locale } from '../../../shared/i18n';
import { jailPath } from '../files/jail';
import type { JailedFolder, FoundEntry } from '../files/jailedFolder';
import { folderErrorOf } from '../files/jailedFolder';
import { contentTypeOf } from './contentTypes';
import { folderListing } from './folderListing';
import { sendHtml, sendStatus } from './sendPage';

interface FolderRequest {
  request: IncomingMessage;
  response: ServerResponse;
  folder: JailedFolder;
  locales: readonly Locale[];
  /** The path part of the target, still percent-encoded. */
  pathname: string;
}

const HTTP_POLICY = { decoding: 'percent', dotSegments: 'refuse' } as const;

function notModified(request: IncomingMessage, modified: Date): boolean {
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  // HTTP dates have whole seconds (RFC 9110 §5.6.7).
  return Number.isFinite(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

async function sendFile(target: FolderRequest, file: FoundEntry): Promise<void> {
  const { request, response } = target;
  const headers = {
    'Content-Type': contentTypeOf(file.path),
    'Last-Modified': file.stats.mtime.toUTCString(),
  };
  if (notModified(request, file.stats.mtime)) {
    response.writeHead(304, headers).end();
    return;
  }
  // Opened before the status line goes out, so a file that cannot be read still gets a 403.
  const handle = await open(file.path, 'r');
  response.writeHead(200, { ...headers, 'Content-Length': file.stats.size });
  if (request.method === 'HEAD') {
    await handle.close();
    response.end();
    return;
  }
  const stream = handle.createReadStream();
  stream.once('error', () => response.destroy());
  response.once('close', () => stream.destroy());
  stream.pipe(response);
}

async function sendFolder(target: FolderRequest, segments: readonly string[]): Promise<void> {
  const { request, response, folder, locales, pathname } = target;
  if (!pathname.endsWith('/')) {
    // Relative links in the folder's pages need the slash. The location is rebuilt from the
    // jailed segments, so it can only point inside this server (never `//elsewhere`).
    const location = `/${segments.map(encodeURIComponent).join('/')}${segments.length ? '/' : ''}`;
    response.writeHead(301, { Location: location, 'Content-Length': 0 }).end();
    return;
  }
  const index = await folder.find([...segments, 'index.html']).catch(() => undefined);
  if (index?.stats.isFile()) {
    await sendFile(target, index);
    return;
  }
  const entries = await folder.list(segments);
  sendHtml(request, response, 200, folderListing(locales, `/${segments.join('/')}`, entries));
}

export async function serveFromFolder(target: FolderRequest): Promise<void> {
  const { request, response, folder, locales, pathname } = target;
  const jailed = jailPath(pathname, HTTP_POLICY);
  if (!jailed.ok) {
    sendStatus(request, response, locales, 403, { path: pathname });
    return;
  }
  try {
    const found = await folder.find(jailed.segments);
    if (found.stats.isDirectory()) await sendFolder(target, jailed.segments);
    else if (found.stats.isFile()) await sendFile(target, found);
    // Devices, sockets and pipes are not documents (and reading a pipe could wait forever).
    else sendStatus(request, response, locales, 403, { path: jailed.clientPath });
  } catch (cause) {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const problem = folderErrorOf(cause).problem;
    if (problem === 'missing')
      sendStatus(request, response, locales, 404, { path: jailed.clientPath });
    else if (problem === 'failed') sendStatus(request, response, locales, 500);
    else sendStatus(request, response, locales, 403, { path: jailed.clientPath });
  }
}
