import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderError, JailedFolder } from '../../../electron/services/files/jailedFolder';

let base: string;
let root: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'puerto-jail-'));
  root = join(base, 'served');
  mkdirSync(join(root, 'docs'), { recursive: true });
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(root, 'docs', 'a.txt'), 'inside');
  writeFileSync(join(base, 'outside', 'secret.txt'), 'SECRET');
  symlinkSync(join(base, 'outside', 'secret.txt'), join(root, 'link-to-secret.txt'));
  symlinkSync(join(base, 'outside'), join(root, 'link-to-outside'));
  symlinkSync(join(root, 'docs', 'a.txt'), join(root, 'link-inside.txt'));
});

afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

async function problemOf(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    if (error instanceof FolderError) return error.problem;
    throw error;
  }
  return 'none';
}

describe('JailedFolder', () => {
  it('finds entries inside, including links that stay inside', async () => {
    const folder = JailedFolder.open(root);
    expect((await folder.find(['docs', 'a.txt'])).stats.size).toBe('inside'.length);
    expect((await folder.find(['link-inside.txt'])).stats.isFile()).toBe(true);
    expect((await folder.find([])).stats.isDirectory()).toBe(true);
  });

  it('refuses links that lead outside, to a file or to a folder', async () => {
    const folder = JailedFolder.open(root);
    expect(await problemOf(folder.find(['link-to-secret.txt']))).toBe('outside');
    expect(await problemOf(folder.find(['link-to-outside', 'secret.txt']))).toBe('outside');
    expect(await problemOf(folder.find(['link-to-outside']))).toBe('outside');
    expect(await problemOf(folder.find(['missing.txt']))).toBe('missing');
  });

  it('leaves links that lead outside out of listings', async () => {
    const folder = JailedFolder.open(root);
    const names = (await folder.list([])).map((entry) => entry.name);
    expect(names).toEqual(['docs', 'link-inside.txt']);
    expect(await problemOf(folder.list(['link-to-outside']))).toBe('outside');
    expect(await problemOf(folder.list(['docs', 'a.txt']))).toBe('notDirectory');
  });

  it('refuses to write through a link that leads outside, or over the folder itself', async () => {
    const folder = JailedFolder.open(root);
    expect(await folder.forWriting(['docs', 'new.txt'])).toBe(
      join(realpathSync(root), 'docs', 'new.txt'),
    );
    expect(await problemOf(folder.forWriting(['link-to-outside', 'new.txt']))).toBe('outside');
    expect(await problemOf(folder.forWriting(['link-to-secret.txt']))).toBe('outside');
    expect(await problemOf(folder.forWriting(['no-such-folder', 'new.txt']))).toBe('missing');
    expect(await problemOf(folder.forWriting([]))).toBe('isRoot');
  });

  it('says why a folder cannot be served, without any path in the message', () => {
    expect(() => JailedFolder.open(join(base, 'nope'))).toThrow(FolderError);
    expect(() => JailedFolder.open(join(root, 'docs', 'a.txt'))).toThrow('Not a directory');
    try {
      JailedFolder.open(join(base, 'nope'));
    } catch (error) {
      expect((error as Error).message).not.toContain(base);
    }
  });
});
