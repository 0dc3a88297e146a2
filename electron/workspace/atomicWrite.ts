/**
 * Replaces a file so that a reader (or the next start after a crash or a power cut) sees
 * either the old content or the new, never half of one: write a temporary file in the same
 * folder, flush it to disk, then rename it over the target, which POSIX makes atomic.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteHooks {
  /** Runs after the temporary file is complete on disk and before the rename (tests crash here). */
  beforeRename?: (temporaryPath: string) => void | Promise<void>;
}

const TEMPORARY_SUFFIX = '.tmp';

export function temporaryPathFor(path: string): string {
  const unique = `${process.pid}.${randomBytes(6).toString('hex')}`;
  return join(dirname(path), `.${basename(path)}.${unique}${TEMPORARY_SUFFIX}`);
}

function isTemporaryOf(path: string, name: string): boolean {
  return name.startsWith(`.${basename(path)}.`) && name.endsWith(TEMPORARY_SUFFIX);
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * On Windows a rename over a file that an antivirus or indexer holds open for a moment fails
 * with EPERM, EACCES or EBUSY; it succeeds when tried again shortly after.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (cause) {
      const code = (cause as { code?: unknown }).code;
      const transient = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
      if (process.platform !== 'win32' || !transient || attempt >= 10) throw cause;
      await sleep(50 * (attempt + 1));
    }
  }
}

/** Makes the rename itself durable; systems that cannot open a folder (Windows) skip it. */
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Best effort: the data is already on disk, only the name change may lag.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function writeFileAtomic(
  path: string,
  data: string,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  const temporary = temporaryPathFor(path);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, 'wx', 0o600);
    await handle.writeFile(data, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await hooks.beforeRename?.(temporary);
    await renameWithRetry(temporary, path);
  } catch (cause) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw cause;
  }
  await syncDirectory(directory);
}

/** A temporary file younger than this may belong to another Puerto writing right now. */
const STALE_AFTER_MS = 60_000;

async function removeIfStale(path: string, now: number): Promise<void> {
  try {
    if (now - (await stat(path)).mtimeMs > STALE_AFTER_MS) await rm(path, { force: true });
  } catch {
    // Gone already, or not ours to remove: either way nothing to do.
  }
}

/** Temporary files a crash left behind; the target itself was never touched by them. */
export async function removeStaleTemporaryFiles(path: string, now = Date.now()): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return;
  }
  const stale = names.filter((name) => isTemporaryOf(path, name));
  await Promise.all(stale.map((name) => removeIfStale(join(dirname(path), name), now)));
}
