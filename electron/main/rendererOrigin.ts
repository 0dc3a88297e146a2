/**
 * Where the renderer comes from, and the one origin the shell trusts: the packaged app is
 * served from `app://puerto/` (never `file://`, which would make every local file same-origin);
 * in development electron-vite serves it from a loopback dev server instead.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'puerto';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export interface RendererLocation {
  /** The URL the window loads. */
  url: string;
  /** The only origin allowed to navigate the window and to call the engine over IPC. */
  origin: string;
  development: boolean;
}

const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Scheme and host of `url`, or undefined when it has none. WHATWG URL reports the origin of a
 * non-special scheme such as `app:` as "null", so it is rebuilt from protocol and host.
 */
export function originOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.host === '') return undefined;
  if (parsed.origin !== 'null') return parsed.origin;
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

export function hasOrigin(url: string, origin: string): boolean {
  return originOf(url) === origin;
}

/**
 * The dev server URL is honoured only when the app is not packaged and the URL is loopback
 * http: an environment variable must never turn a student's installed copy into a browser
 * for some remote page with access to the engine.
 */
export function resolveRendererLocation(options: {
  isPackaged: boolean;
  developmentUrl: string | undefined;
}): RendererLocation {
  const { isPackaged, developmentUrl } = options;
  if (!isPackaged && developmentUrl !== undefined && isLoopbackHttp(developmentUrl)) {
    return { url: developmentUrl, origin: originOf(developmentUrl) as string, development: true };
  }
  return { url: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN, development: false };
}

function isLoopbackHttp(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && LOOPBACK_HOSTNAMES.has(parsed.hostname);
  } catch {
    return false;
  }
}
