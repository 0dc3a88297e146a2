/**
 * The `app://puerto/` scheme that serves the built renderer. A privileged standard scheme gives
 * the page a real origin (so `'self'` in the CSP and the IPC sender check mean something) where
 * `file://` would make every file on disk same-origin.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { contentTypeOf } from '../web/staticFiles';
import { APP_HOST, APP_SCHEME } from './rendererOrigin';

/**
 * Sent with every response, so it holds even if the page's own meta tag is lost. Styles allow
 * inline because the component library injects its CSS at run time; scripts never do, and
 * nothing may be evaluated, framed or fetched from elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface SchemeRegistrar {
  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void;
}

export interface ProtocolHandlerRegistrar {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/** Must run before `app` is ready; Electron ignores schemes registered later. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(protocol: ProtocolHandlerRegistrar, rootDirectory: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDirectory));
}

/** Answers `app://puerto/<path>` with the file under `rootDirectory`, and nothing outside it. */
export function createAppRequestHandler(
  rootDirectory: string,
): (request: Request) => Promise<Response> {
  const root = resolve(rootDirectory);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return emptyResponse(405);
    const filePath = resolveInside(root, request.url);
    if (filePath === undefined) return emptyResponse(404);
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      return emptyResponse(404);
    }
    const headers = { ...securityHeaders(), 'Content-Type': contentTypeOf(filePath) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers });
  };
}

/**
 * The file a URL names, or undefined when it is not ours or would leave `root`. Chromium
 * already folds `..` segments of a standard URL, but percent-encoded ones (`..%2F`) and
 * backslashes survive until decoded here, so the decoded path is checked segment by segment
 * and again after resolution.
 */
export function resolveInside(root: string, url: string): string | undefined {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const segments = pathname.split(/[/\\]+/).filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) {
    return undefined;
  }
  const filePath = join(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const fromRoot = relative(root, filePath);
  if (
    fromRoot === '' ||
    fromRoot.startsWith(`..${sep}`) ||
    fromRoot === '..' ||
    isAbsolute(fromRoot)
  ) {
    return undefined;
  }
  return filePath;
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

function emptyResponse(status: number): Response {
  return new Response(null, { status, headers: securityHeaders() });
}
