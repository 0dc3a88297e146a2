import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  registerAppScheme,
  resolveInside,
  serveAppProtocol,
} from '../../electron/main/appProtocol';
import { protocol, resetElectronDouble } from '../doubles/electron';

const INDEX_HTML = '<!doctype html><title>Puerto</title><div id="app"></div>';
const SCRIPT = 'console.log("renderer");';
const SECRET = 'the contents of a file outside the renderer folder';

let workspace: string;
let root: string;

beforeEach(async () => {
  resetElectronDouble();
  // workspace/secret.txt sits beside the served root, one `..` away from it.
  workspace = await mkdtemp(join(tmpdir(), 'puerto-app-protocol-'));
  root = join(workspace, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX_HTML);
  await writeFile(join(root, 'assets', 'index.js'), SCRIPT);
  await writeFile(join(workspace, 'secret.txt'), SECRET);
});

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure scheme that neither bypasses the CSP nor opens CORS', () => {
    registerAppScheme(protocol);

    expect(protocol.privilegedSchemes).toHaveLength(1);
    const [scheme] = protocol.privilegedSchemes;
    expect(scheme?.scheme).toBe('app');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true });
    // corsEnabled would let other origins read these files; same-origin loads need no CORS.
    expect(scheme?.privileges?.bypassCSP).not.toBe(true);
    expect(scheme?.privileges?.corsEnabled).not.toBe(true);
  });
});

describe('app protocol handler', () => {
  beforeEach(() => serveAppProtocol(protocol, root));

  it('serves index.html at the root with a strict CSP header', async () => {
    const response = await protocol.request('app://puerto/');

    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('serves assets with their content type', async () => {
    const response = await protocol.request('app://puerto/assets/index.js');

    expect(response.status).toBe(200);
    expect(await response.text()).toBe(SCRIPT);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('would leak the secret through a naive decode-and-join, which is what it guards against', () => {
    const naive = join(root, decodeURIComponent(new URL('app://puerto/..%2fsecret.txt').pathname));

    expect(existsSync(naive)).toBe(true);
  });

  it.each([
    'app://puerto/../secret.txt',
    'app://puerto/..%2fsecret.txt',
    'app://puerto/..%2Fsecret.txt',
    'app://puerto/%2e%2e%2fsecret.txt',
    'app://puerto/..%5csecret.txt',
    'app://puerto/assets/..%2f..%2fsecret.txt',
    'app://puerto/../../etc/passwd',
    'app://puerto/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://puerto/%2fetc%2fpasswd',
    'app://puerto/index.html%00.js',
  ])('refuses %s', async (url) => {
    const response = await protocol.request(url);

    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain('root:');
  });

  it('refuses another host, a missing file, a folder and a write', async () => {
    expect((await protocol.request('app://other/index.html')).status).toBe(404);
    expect((await protocol.request('app://puerto/missing.js')).status).toBe(404);
    expect((await protocol.request('app://puerto/assets/')).status).toBe(404);
    const post = await protocol.request('app://puerto/index.html', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await protocol.request('app://puerto/index.html', { method: 'HEAD' });

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('resolveInside', () => {
  it('maps app URLs to files under the root and nothing else', () => {
    expect(resolveInside(root, 'app://puerto/')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, 'app://puerto/assets/index.js')).toBe(
      join(root, 'assets', 'index.js'),
    );
    expect(resolveInside(root, 'app://puerto/..%2f..%2fetc/passwd')).toBeUndefined();
    expect(resolveInside(root, 'app://puerto/C:%5cWindows%5cwin.ini')).toBeUndefined();
    expect(resolveInside(root, 'app://puerto/%E0%A4%A')).toBeUndefined();
    expect(resolveInside(root, 'https://puerto/index.html')).toBeUndefined();
  });
});
