/**
 * electron-builder itself, run on the real configuration file (`--linux dir`), with a fake
 * unpacked Electron as `electronDist` because the real one cannot be downloaded here. Nothing
 * is fetched: it proves the config loads, the files rule packs the app and its run-time
 * dependencies into app.asar and nothing else, and the hook flips the packaged binary's fuses.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../electron/cli/build';
import { FLIPPED_ON_LINUX, wireOf, writeFakeLinuxElectronDist } from './fakeElectron';

const require = createRequire(join(PACKAGE_ROOT, 'package.json'));
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const asar = builderRequire('@electron/asar') as {
  listPackage: (archive: string, options: { isPack: boolean }) => string[];
  extractFile: (archive: string, filename: string) => Buffer;
};

const PACK_TIMEOUT_MS = 240_000;

interface RunResult {
  code: number | null;
  output: string;
}

/** electron-builder goes quiet under vitest (it checks VITEST); its log is part of the proof. */
function environmentOutsideVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
  );
}

function runElectronBuilder(configFile: string): Promise<RunResult> {
  const cli = require.resolve('electron-builder/cli.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, '--config', configFile, '--linux', 'dir', '--publish', 'never'],
      { cwd: PACKAGE_ROOT, env: environmentOutsideVitest(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), PACK_TIMEOUT_MS - 10_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// The fake distribution is laid out like Linux's; the other platforms' paths are covered by
// afterPack.test.ts and, for real, by the release workflow.
describe.skipIf(process.platform !== 'linux')('electron-builder --linux dir, offline', () => {
  let workDirectory: string;
  let appOutDir: string;
  let result: RunResult;

  beforeAll(async () => {
    if (!existsSync(join(PACKAGE_ROOT, 'out', 'main', 'index.js'))) {
      throw new Error('No app build in out/: run "npx electron-vite build" first');
    }
    workDirectory = mkdtempSync(join(tmpdir(), 'puerto-pack-'));
    const electronDist = join(workDirectory, 'electron-dist');
    const output = join(workDirectory, 'dist');
    writeFakeLinuxElectronDist(electronDist);
    const configFile = join(workDirectory, 'electron-builder.test-config.ts');
    const realConfig = join(PACKAGE_ROOT, 'build', 'electron-builder.config.ts');
    writeFileSync(
      configFile,
      [
        `import base from ${JSON.stringify(realConfig)};`,
        `export default { ...base, electronDist: ${JSON.stringify(electronDist)},`,
        `  directories: { ...base.directories, output: ${JSON.stringify(output)} } };`,
      ].join('\n'),
    );
    appOutDir = join(output, 'linux-unpacked');
    result = await runElectronBuilder(configFile);
  }, PACK_TIMEOUT_MS);

  afterAll(() => {
    if (workDirectory !== undefined) rmSync(workDirectory, { recursive: true, force: true });
  });

  it('packs without downloading anything', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('using custom unpacked Electron distribution');
    expect(result.output).not.toMatch(/downloading/i);
  });

  it('names the binary puerto and flips its fuses', async () => {
    expect(await wireOf(join(appOutDir, 'puerto'))).toEqual(FLIPPED_ON_LINUX);
  });

  it('puts the built app and its run-time dependencies in app.asar, and nothing else', () => {
    const archive = join(appOutDir, 'resources', 'app.asar');
    const entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.slice(1));
    const topLevel = new Set(entries.map((entry) => entry.split('/')[0]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
    for (const path of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'node_modules/zod/package.json',
      'node_modules/mailparser/package.json',
      'node_modules/smtp-server/package.json',
      'node_modules/ftp-srv/package.json',
      'node_modules/net-snmp/package.json',
      'node_modules/dns-packet/package.json',
    ]) {
      expect(entries, path).toContain(path);
    }
    const modules = new Set(entries.map((entry) => entry.split('/')[1]));
    for (const notNeeded of ['tsx', 'esbuild', '@esbuild', 'vue', 'electron', 'vitest']) {
      expect(modules.has(notNeeded), notNeeded).toBe(false);
    }

    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
    const source = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ main: 'out/main/index.js', version: source.version });
  });
});
