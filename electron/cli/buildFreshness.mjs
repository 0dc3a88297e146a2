/**
 * Is the build older than the sources it came from? Plain JavaScript, so bin.mjs can ask before
 * anything is compiled; build.ts (`npm start`, `puerto web`) asks the same question and
 * electron.vite.config.ts writes the stamp it is answered against (issue 10: never a stale
 * build). Types: buildFreshness.d.mts.
 */
import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Written after every complete `electron-vite build`, dated when that build started. */
export const BUILD_STAMP = join('out', '.build-stamp');

/** The CLI that `npm run build` bundles and bin.mjs runs. */
export const CLI_BUNDLE = join('out', 'main', 'cli.js');

/** What the CLI is built from: the page in renderer/ is not part of it. */
export const CLI_SOURCES = ['electron', 'shared', 'package.json', 'electron.vite.config.ts'];

/** What the whole app (Electron shell, preload, page) is built from. */
export const APP_SOURCES = [...CLI_SOURCES, 'renderer'];

function newestUnder(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return 0;
  // A folder's own time counts too: deleting or renaming a source changes only its folder.
  let newest = stats.mtimeMs;
  if (stats.isDirectory()) {
    for (const name of readdirSync(path)) newest = Math.max(newest, newestUnder(join(path, name)));
  }
  return newest;
}

/** The newest modification time (ms) among `sources` (files or folders, walked whole). */
export function newestSourceTime(root, sources) {
  return Math.max(0, ...sources.map((source) => newestUnder(join(root, source))));
}

/** When the last complete build started (ms since the epoch), or undefined if none finished. */
export function buildStartedAt(root) {
  return statSync(join(root, BUILD_STAMP), { throwIfNoEntry: false })?.mtimeMs;
}

/**
 * True when a complete build produced `artifact` and no source changed since that build
 * started. Equal times count as fresh: `npm pack` gives every file of a package one date.
 */
export function isBuildFresh(root, sources, artifact) {
  const builtAt = buildStartedAt(root);
  if (builtAt === undefined) return false;
  if (statSync(resolve(root, artifact), { throwIfNoEntry: false }) === undefined) return false;
  return newestSourceTime(root, sources) <= builtAt;
}

/**
 * Records a complete build. The stamp carries the start time, not the end: a source saved
 * while the build ran is newer than the stamp, so the next start still rebuilds.
 */
export function writeBuildStamp(root, startedAtMs) {
  const path = join(root, BUILD_STAMP);
  writeFileSync(path, `${new Date(startedAtMs).toISOString()}\n`);
  utimesSync(path, startedAtMs / 1000, startedAtMs / 1000);
}
