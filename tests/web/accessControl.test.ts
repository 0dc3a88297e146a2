import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createToken,
  isAllowedHost,
  isAllowedOrigin,
  tokensMatch,
} from '../../electron/web/accessControl';
import { policyFromPage } from '../../electron/web/responses';
import { contentTypeOf, resolveStaticFile } from '../../electron/web/staticFiles';

describe('access checks', () => {
  it('creates a different 64-hex-digit token every time', () => {
    const first = createToken();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(createToken()).not.toBe(first);
  });

  it('matches tokens only when equal, whatever their lengths', () => {
    const token = createToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, token.slice(1))).toBe(false);
    expect(tokensMatch(token, `${token}0`)).toBe(false);
    expect(tokensMatch(token, '')).toBe(false);
  });

  it('accepts only this server as Host', () => {
    expect(isAllowedHost('127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedHost('LOCALHOST:5000', 5000)).toBe(true);
    expect(isAllowedHost('127.0.0.1:5001', 5000)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 5000)).toBe(false);
    expect(isAllowedHost('evil.example:5000', 5000)).toBe(false);
    expect(isAllowedHost(undefined, 5000)).toBe(false);
  });

  it('accepts only this server as WebSocket Origin', () => {
    expect(isAllowedOrigin('http://127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5000', 5000)).toBe(true);
    expect(isAllowedOrigin('https://127.0.0.1:5000', 5000)).toBe(false);
    expect(isAllowedOrigin('http://evil.example', 5000)).toBe(false);
    expect(isAllowedOrigin('null', 5000)).toBe(false);
    expect(isAllowedOrigin(undefined, 5000)).toBe(false);
  });

  it('takes the page policy from the built index.html meta tag', () => {
    const page = `<meta http-equiv="Content-Security-Policy"\n content="default-src 'self'; img-src data:" />`;
    expect(policyFromPage(page)).toBe("default-src 'self'; img-src data:");
    expect(policyFromPage('<p>no policy</p>')).toContain("script-src 'self'");
  });
});

describe('resolveStaticFile', () => {
  let parent: string;
  let root: string;

  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'puerto-static-'));
    root = join(parent, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<p>hi</p>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(parent, 'secret.txt'), 'secret');
    await symlink(join(parent, 'secret.txt'), join(root, 'link.txt'));
  });

  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('maps / to index.html and finds assets', async () => {
    expect(await resolveStaticFile(root, '/')).toBe(join(root, 'index.html'));
    expect(await resolveStaticFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(await resolveStaticFile(root, '/assets/%61pp.js')).toBe(join(root, 'assets', 'app.js'));
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/link.txt',
    '/assets',
    '/missing.js',
    '/%E0%A4%A',
    '/index.html%00.js',
    '/..\\secret.txt',
  ])('refuses %s', async (pathname) => {
    expect(await resolveStaticFile(root, pathname)).toBeNull();
  });

  it('knows the content types a Vite build produces', () => {
    expect(contentTypeOf('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('x.woff2')).toBe('font/woff2');
    expect(contentTypeOf('x.unknown')).toBe('application/octet-stream');
  });
});
