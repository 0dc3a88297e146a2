/**
 * One build at a time per checkout: several `puerto web` or `npm start` started together (a
 * test run, a teacher's script) would otherwise run electron-vite into the same out/ at once.
 * The lock is a folder because creating one is atomic everywhere; a lock left by a killed
 * build is taken over once it is older than any build takes.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ABANDONED_AFTER_MS = 5 * 60_000;
const POLL_MS = 200;

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    if (age > ABANDONED_AFTER_MS) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

/** Runs `work` while holding the build lock in `outDir`, waiting for another holder first. */
export async function withBuildLock<Result>(
  outDir: string,
  work: () => Promise<Result>,
): Promise<Result> {
  mkdirSync(outDir, { recursive: true });
  const lock = join(outDir, '.build-lock');
  while (!tryLock(lock)) await sleep(POLL_MS);
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
