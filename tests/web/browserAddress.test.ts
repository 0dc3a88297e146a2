/** Browser mode's address file: one port and token per data folder, readable by its owner only. */
import { readFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_BROWSER_PORT,
  browserAddressPath,
  loadBrowserAddress,
  saveBrowserAddress,
} from '../../electron/web';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'puerto-address-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('browser address file', () => {
  it('starts with the default port and a new 64-hex token when nothing is stored', async () => {
    const first = await loadBrowserAddress(directory);
    const second = await loadBrowserAddress(directory);
    expect(first.stored).toBe(false);
    expect(first.port).toBe(DEFAULT_BROWSER_PORT);
    expect(first.token).toMatch(/^[0-9a-f]{64}$/);
    // Not stored yet: each attempt draws its own secret.
    expect(second.token).not.toBe(first.token);
  });

  it('gives back what was saved, from a file only its owner can read', async () => {
    const saved = { port: 41_234, token: 'a'.repeat(20) + 'B_-9' };
    await saveBrowserAddress(directory, saved);
    expect(await loadBrowserAddress(directory)).toEqual({ ...saved, stored: true });
    if (process.platform !== 'win32') {
      // Windows has no mode bits: there the folder's ACL protects the file (see browserAddress.ts).
      const mode = (await stat(browserAddressPath(directory))).mode & 0o777;
      expect(mode.toString(8)).toBe('600');
    }
  });

  it('starts over when the file is damaged or holds something it should not', async () => {
    const path = browserAddressPath(directory);
    for (const content of [
      '{ not json',
      JSON.stringify({ version: 1, port: 70_000, token: 'a'.repeat(64) }),
      JSON.stringify({ version: 1, port: 7780, token: 'short' }),
      JSON.stringify({ version: 1, port: 7780, token: `${'a'.repeat(20)}"&x` }),
      JSON.stringify({ version: 2, port: 7780, token: 'a'.repeat(64) }),
    ]) {
      await writeFile(path, content);
      const loaded = await loadBrowserAddress(directory);
      expect(loaded.stored, content).toBe(false);
      expect(loaded.token).toMatch(/^[0-9a-f]{64}$/);
    }
    await saveBrowserAddress(directory, { port: 7781, token: 'b'.repeat(64) });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      version: 1,
      port: 7781,
      token: 'b'.repeat(64),
    });
  });
});
