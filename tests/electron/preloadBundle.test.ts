/**
 * A sandboxed preload can `require` only a few Electron-provided modules and none of its own
 * files, so the built bundle must be self-contained: this reads the file as text, with no
 * bundler or linter involved. It checks whatever `electron-vite build` last produced, and
 * skips when nothing was built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_GLOBAL, IPC_CHANNELS } from '../../shared/contract/api';

const bundlePath = fileURLToPath(new URL('../../out/preload/index.cjs', import.meta.url));
const built = existsSync(bundlePath);

describe.skipIf(!built)('built preload bundle', () => {
  const source = built ? readFileSync(bundlePath, 'utf8') : '';

  it('requires nothing but electron', () => {
    const required = [...source.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map(
      (match) => match[2],
    );
    const requireCalls = source.match(/\brequire\s*\(/g) ?? [];

    expect(required.every((name) => name === 'electron')).toBe(true);
    // A require( with a computed argument would escape the check above.
    expect(requireCalls).toHaveLength(required.length);
  });

  it('is CommonJS without ES module syntax and without zod', () => {
    expect(source).not.toMatch(/^\s*import\s|^\s*export\s/m);
    expect(source).not.toMatch(/\bimport\s*\(/);
    expect(source).not.toMatch(/\bzod\b|ZodError/);
  });

  it('is the Puerto preload: it names the API global and its three channels', () => {
    expect(source).toContain(API_GLOBAL);
    expect(source).toContain(IPC_CHANNELS.invoke);
    expect(source).toContain(IPC_CHANNELS.batch);
    expect(source).toContain(IPC_CHANNELS.hostAction);
  });
});
