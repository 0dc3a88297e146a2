/**
 * Electron's security checklist, applied to every web contents the app ever creates: the page
 * may not leave its origin, open windows, attach webviews or obtain permissions.
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { hasOrigin } from './rendererOrigin';

export interface SecurityPolicy {
  /** The only origin a frame may navigate to (the renderer's own). */
  trustedOrigin: string;
  /** Exact https URLs the page may open in the system browser; none for now. */
  externalAllowList: readonly string[];
  openExternal(url: string): Promise<void>;
}

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  url: string;
}

type NavigationListener = (event: NavigationEvent) => void;

/** The part of `WebContents` this module touches; a real `WebContents` satisfies it. */
export interface GuardableContents {
  on(event: 'will-navigate', listener: NavigationListener): unknown;
  on(event: 'will-frame-navigate', listener: NavigationListener): unknown;
  on(event: 'will-redirect', listener: NavigationListener): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface ContentsCreationSource {
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: GuardableContents) => void,
  ): unknown;
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** Harden every web contents as it is created, including any the app did not expect. */
export function guardAllWebContents(app: ContentsCreationSource, policy: SecurityPolicy): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, policy));
}

export function guardWebContents(contents: GuardableContents, policy: SecurityPolicy): void {
  // will-navigate is the guide's check for the main frame; will-frame-navigate adds subframes,
  // and will-redirect stops a same-origin URL from redirecting elsewhere.
  const keepOnOrigin: NavigationListener = (event) => {
    if (!hasOrigin(event.url, policy.trustedOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', keepOnOrigin);
  contents.on('will-frame-navigate', keepOnOrigin);
  contents.on('will-redirect', keepOnOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url, policy.externalAllowList)) void policy.openExternal(url);
    return { action: 'deny' };
  });
}

/** The app needs no camera, microphone, notifications or any other permission. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Only https, and only URLs listed exactly: a prefix match would let `?next=` tricks through. */
export function isAllowedExternal(url: string, allowList: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && allowList.includes(parsed.href);
}
