import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../electron/cli/start';

describe('findElectronBinary', () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'puerto-electron-'));
  });

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself, when the binary is there', async () => {
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: directory })).toBeNull();
    await writeFile(join(directory, 'electron'), '');
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: directory })).toBe(
      join(directory, 'electron'),
    );
  });
});
