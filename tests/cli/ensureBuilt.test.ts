/**
 * `npm start` and `puerto web` rebuild when the sources are newer than the build, and say why
 * (issue 10). The real ensureBuilt runs on a throw-away package whose electron-vite is a stand-in
 * that counts its runs, writes the page and stamps the build, so no real build is needed.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../electron/cli/build';
import { APP_SOURCES, writeBuildStamp } from '../../electron/cli/buildFreshness.mjs';
import type { CliContext } from '../../electron/cli/cliContext';
import { translate } from '../../shared/i18n';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Seconds since the epoch: the last build started at T. */
const T = 1_700_000_000;

const FAKE_ELECTRON_VITE = `import { appendFileSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
const startedAt = Date.now();
appendFileSync('builds.log', 'build\\n');
console.log('fake electron-vite: building');
await new Promise((resolve) => setTimeout(resolve, 300));
mkdirSync('out/renderer', { recursive: true });
writeFileSync('out/renderer/index.html', '<!doctype html>');
writeFileSync('out/.build-stamp', '');
utimesSync('out/.build-stamp', startedAt / 1000, startedAt / 1000);
`;

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function dateTree(path: string, atSeconds: number): void {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path)) dateTree(join(path, name), atSeconds);
  }
  utimesSync(path, atSeconds, atSeconds);
}

/** A package built at T from sources saved a minute before, with a stand-in electron-vite. */
function builtPackage(): { root: string; page: string } {
  const root = mkdtempSync(join(tmpdir(), 'puerto-ensure-built-'));
  folders.push(root);
  write(root, 'package.json', '{ "type": "module" }\n');
  write(root, 'electron.vite.config.ts', 'export default {};\n');
  write(root, 'electron/cli/main.ts', 'export {};\n');
  write(root, 'shared/model.ts', 'export const model = 1;\n');
  write(root, 'renderer/src/App.vue', '<template><p>1</p></template>\n');
  for (const source of APP_SOURCES) dateTree(join(root, source), T - 60);
  write(
    root,
    'node_modules/electron-vite/package.json',
    '{ "name": "electron-vite", "type": "module", "bin": { "electron-vite": "cli.mjs" } }\n',
  );
  write(root, 'node_modules/electron-vite/cli.mjs', FAKE_ELECTRON_VITE);
  const page = join(root, 'out', 'renderer', 'index.html');
  write(root, 'out/renderer/index.html', '<!doctype html>');
  writeBuildStamp(root, T * 1000);
  return { root, page };
}

function edit(root: string, path: string): void {
  write(root, path, `// edited ${Date.now()}\n`);
}

function contextFor(locale: 'en' | 'es') {
  const lines: string[] = [];
  const context: CliContext = {
    locale,
    env: {},
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    stopRequested: new Promise(() => {}),
  };
  return { context, lines };
}

function builds(root: string): number {
  try {
    return readFileSync(join(root, 'builds.log'), 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

describe('ensureBuilt', () => {
  it('starts at once when no source changed since the build', async () => {
    const { root, page } = builtPackage();
    const { context, lines } = contextFor('en');
    expect(await ensureBuilt(page, context, root)).toBe(true);
    expect(lines).toEqual([]);
    expect(builds(root)).toBe(0);
  });

  it.each([
    ['a page component', 'renderer/src/App.vue'],
    ['the engine', 'electron/cli/main.ts'],
    ['the contract', 'shared/model.ts'],
    ['the build settings', 'electron.vite.config.ts'],
  ])('rebuilds after an edit to %s, and says why', async (_what, path) => {
    const { root, page } = builtPackage();
    edit(root, path);
    const { context, lines } = contextFor('es');
    expect(await ensureBuilt(page, context, root)).toBe(true);
    expect(lines[0]).toBe(translate('es', 'cli.status.rebuilding'));
    expect(lines).toContain('fake electron-vite: building');
    expect(builds(root)).toBe(1);
    // Fresh again: the next start does not rebuild.
    expect(await ensureBuilt(page, contextFor('en').context, root)).toBe(true);
    expect(builds(root)).toBe(1);
  });

  it('builds once when the page is missing, with the first-build message', async () => {
    const { root, page } = builtPackage();
    rmSync(page);
    const { context, lines } = contextFor('en');
    expect(await ensureBuilt(page, context, root)).toBe(true);
    expect(lines[0]).toBe(translate('en', 'cli.status.building'));
    expect(builds(root)).toBe(1);
  });

  it('builds once for several starts at the same time', async () => {
    const { root, page } = builtPackage();
    edit(root, 'shared/model.ts');
    const results = await Promise.all(
      [1, 2, 3].map(() => ensureBuilt(page, contextFor('en').context, root)),
    );
    expect(results).toEqual([true, true, true]);
    expect(builds(root)).toBe(1);
  });

  it('says the build failed when there is no electron-vite to rebuild with', async () => {
    const { root, page } = builtPackage();
    rmSync(join(root, 'node_modules'), { recursive: true });
    edit(root, 'shared/model.ts');
    const { context, lines } = contextFor('en');
    expect(await ensureBuilt(page, context, root)).toBe(false);
    expect(lines).toEqual([
      translate('en', 'cli.status.rebuilding'),
      translate('en', 'cli.status.buildFailed'),
    ]);
  });
});
