/**
 * What bin.mjs runs (issue 10): the built CLI when no source changed since the build, the
 * sources through tsx after an edit, and never a stale build. The real bin.mjs and
 * buildFreshness.mjs run in a throw-away package whose "build" and "sources" only say who
 * answered, with file times set by hand, so nothing depends on the clock or this checkout.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../electron/cli/build';
import {
  BUILD_STAMP,
  CLI_BUNDLE,
  CLI_SOURCES,
  writeBuildStamp,
} from '../../electron/cli/buildFreshness.mjs';
import { translate } from '../../shared/i18n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? tmpdir(),
      env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Seconds since the epoch: a build at T, sources edited before or after it. */
const T = 1_700_000_000;

function write(root: string, path: string, text: string, atSeconds: number): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, atSeconds, atSeconds);
}

/** Dates every file and folder under `path`, as if all were last saved at `atSeconds`. */
function dateTree(path: string, atSeconds: number): void {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path)) dateTree(join(path, name), atSeconds);
  }
  utimesSync(path, atSeconds, atSeconds);
}

/**
 * A package laid out like Puerto: sources last saved at `sourcesAt`, a complete build
 * stamped at T when `built`, tsx reachable when `withTsx`.
 */
function fakePackage(options: { sourcesAt: number; built: boolean; withTsx: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), 'puerto-launcher-'));
  folders.push(root);
  mkdirSync(join(root, 'electron', 'cli'), { recursive: true });
  for (const file of ['bin.mjs', 'buildFreshness.mjs']) {
    copyFileSync(join(PACKAGE_ROOT, 'electron', 'cli', file), join(root, 'electron', 'cli', file));
  }
  // Type annotations: only tsx can run this file, so an answer from it proves tsx ran.
  write(
    root,
    'electron/cli/main.ts',
    'export async function main(launch: object = {}): Promise<void> {\n' +
      "  console.log(JSON.stringify({ from: 'sources', launch }));\n}\n",
    0,
  );
  write(root, 'shared/model.ts', 'export const model = 1;\n', 0);
  write(root, 'package.json', '{ "type": "module" }\n', 0);
  write(root, 'electron.vite.config.ts', 'export default {};\n', 0);
  for (const source of CLI_SOURCES) dateTree(join(root, source), options.sourcesAt);
  if (options.built) {
    write(
      root,
      CLI_BUNDLE,
      'export async function main(launch = {}) {\n' +
        "  console.log(JSON.stringify({ from: 'build', launch }));\n}\n",
      T,
    );
    writeBuildStamp(root, T * 1000);
  }
  if (options.withTsx) {
    mkdirSync(join(root, 'node_modules'));
    symlinkSync(join(PACKAGE_ROOT, 'node_modules', 'tsx'), join(root, 'node_modules', 'tsx'));
  }
  return root;
}

async function launch(root: string, args: string[] = ['--help']) {
  const result = await run([join(root, 'electron', 'cli', 'bin.mjs'), ...args]);
  const answer = result.stdout.trim() === '' ? undefined : JSON.parse(result.stdout.trim());
  return { ...result, answer };
}

describe('bin.mjs', () => {
  it('runs the build when no source is newer than it, even with tsx installed', async () => {
    const root = fakePackage({ sourcesAt: T - 60, built: true, withTsx: true });
    const { answer, code } = await launch(root);
    expect(code).toBe(0);
    expect(answer).toEqual({ from: 'build', launch: {} });
  });

  it('counts a source saved the same second as the build as built (npm pack dates)', async () => {
    const root = fakePackage({ sourcesAt: T, built: true, withTsx: false });
    expect((await launch(root)).answer).toEqual({ from: 'build', launch: {} });
  });

  it('runs the sources through tsx when one was saved after the build started', async () => {
    const root = fakePackage({ sourcesAt: T - 60, built: true, withTsx: true });
    write(root, 'shared/model.ts', 'export const model = 2;\n', T + 1);
    expect((await launch(root)).answer).toEqual({ from: 'sources', launch: {} });
  });

  it('sees a deleted source through its folder', async () => {
    const root = fakePackage({ sourcesAt: T - 60, built: true, withTsx: true });
    rmSync(join(root, 'shared', 'model.ts'));
    utimesSync(join(root, 'shared'), T + 1, T + 1);
    expect((await launch(root)).answer).toEqual({ from: 'sources', launch: {} });
  });

  it('runs the sources when the build never finished (no stamp)', async () => {
    const root = fakePackage({ sourcesAt: T - 60, built: true, withTsx: true });
    rmSync(join(root, BUILD_STAMP));
    expect((await launch(root)).answer).toEqual({ from: 'sources', launch: {} });
  });

  it('never serves a stale build: without tsx the build only says what to run', async () => {
    const root = fakePackage({ sourcesAt: T + 60, built: true, withTsx: false });
    expect((await launch(root)).answer).toEqual({ from: 'build', launch: { staleBuild: true } });
  });

  it('says in both languages what to run when there is neither a build nor tsx', async () => {
    const root = fakePackage({ sourcesAt: T, built: false, withTsx: false });
    const { code, stderr, answer } = await launch(root);
    expect(code).toBe(1);
    expect(answer).toBeUndefined();
    expect(stderr).toContain('run "npm install"');
    expect(stderr).toContain('ejecuta "npm install"');
  });
});

describe('the CLI told its build is stale', () => {
  it('explains in the chosen language what to run, and fails', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'puerto-stale-'));
    folders.push(folder);
    const script = join(folder, 'stale.mjs');
    const entry = join(PACKAGE_ROOT, 'electron', 'cli', 'main.ts');
    writeFileSync(
      script,
      `await (await import(${JSON.stringify(entry)})).main({ staleBuild: true });\n`,
    );
    for (const locale of ['es', 'en'] as const) {
      const result = await run(['--import', 'tsx', script, 'serve', '--lang', locale], {
        cwd: PACKAGE_ROOT,
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      const expected = translate(locale, 'cli.status.staleBuild', { folder: PACKAGE_ROOT });
      expect(result.stderr.trim()).toBe(expected);
    }
  });
});
