import { beforeEach, describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/main/rendererOrigin';
import {
  denyAllPermissions,
  guardAllWebContents,
  isAllowedExternal,
  type SecurityPolicy,
} from '../../electron/main/security';
import {
  app,
  FakeBrowserWindow,
  type FakeWebContents,
  resetElectronDouble,
  session,
  shell,
} from '../doubles/electron';

const DOCS_URL = 'https://developer.mozilla.org/en-US/docs/Glossary/Port';

function guardedContents(externalAllowList: readonly string[] = []): FakeWebContents {
  const policy: SecurityPolicy = {
    trustedOrigin: APP_ORIGIN,
    externalAllowList,
    openExternal: (url) => shell.openExternal(url),
  };
  guardAllWebContents(app, policy);
  // Electron emits web-contents-created for the new window; the double does the same.
  return new FakeBrowserWindow().webContents;
}

describe('navigation guard', () => {
  beforeEach(() => resetElectronDouble());

  it('lets an unguarded page navigate anywhere, so the guard is what stops it', () => {
    const contents = new FakeBrowserWindow().webContents;

    expect(contents.navigate('https://evil.example/').defaultPrevented).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://puerto.evil.example/',
    'javascript:alert(1)',
  ])('prevents navigating to %s', (url) => {
    const contents = guardedContents();

    expect(contents.navigate(url, 'will-navigate').defaultPrevented).toBe(true);
    expect(contents.navigate(url, 'will-frame-navigate').defaultPrevented).toBe(true);
    expect(contents.navigate(url, 'will-redirect').defaultPrevented).toBe(true);
  });

  it('allows navigation within the app origin', () => {
    const contents = guardedContents();

    expect(contents.navigate('app://puerto/index.html').defaultPrevented).toBe(false);
    expect(contents.navigate('app://puerto/', 'will-frame-navigate').defaultPrevented).toBe(false);
  });

  it('refuses to attach a webview', () => {
    expect(guardedContents().attachWebview('https://evil.example/').defaultPrevented).toBe(true);
  });
});

describe('window.open', () => {
  beforeEach(() => resetElectronDouble());

  it('is denied and opens nothing for an unlisted URL', () => {
    const contents = guardedContents();

    expect(contents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://puerto/index.html')).toEqual({ action: 'deny' });
    expect(shell.openedExternal).toEqual([]);
  });

  it('sends an allow-listed https URL to the system browser, still without a new window', () => {
    const contents = guardedContents([DOCS_URL]);

    expect(contents.openWindow(DOCS_URL)).toEqual({ action: 'deny' });
    expect(shell.openedExternal).toEqual([DOCS_URL]);
  });

  it('matches the allow list exactly and only for https', () => {
    expect(isAllowedExternal(DOCS_URL, [DOCS_URL])).toBe(true);
    expect(isAllowedExternal(`${DOCS_URL}?next=https://evil.example`, [DOCS_URL])).toBe(false);
    expect(isAllowedExternal('http://example.com/', ['http://example.com/'])).toBe(false);
    expect(isAllowedExternal('file:///etc/passwd', ['file:///etc/passwd'])).toBe(false);
  });
});

describe('permissions', () => {
  beforeEach(() => resetElectronDouble());

  it('are granted by default, and all denied once the handlers are set', async () => {
    const defaultSession = session.defaultSession;
    expect(await defaultSession.requestPermission('media')).toBe(true);

    denyAllPermissions(defaultSession);

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(await defaultSession.requestPermission(permission)).toBe(false);
      expect(defaultSession.checkPermission(permission)).toBe(false);
    }
  });
});
