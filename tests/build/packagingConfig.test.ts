/**
 * The electron-builder configuration (issue 6): every installer a lab needs, the identity that
 * upgrades depend on, only run-time files in the package, the `.puerto` association and the
 * fuse hook. It is also put through electron-builder's own schema check, the one a build runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterPack } from '../../build/afterPack';
import config, { LAB_FILE_ASSOCIATION } from '../../build/electron-builder.config';
import { PACKAGE_ROOT } from '../../electron/cli/build';
import { APP_ID } from '../../electron/main/appIdentity';

const require = createRequire(join(PACKAGE_ROOT, 'package.json'));
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));

interface PlatformTarget {
  target: string;
  arch?: string[];
}

/** Targets as `{ target, arch }`, whichever of electron-builder's spellings the config uses. */
function targetsOf(platform: { target?: unknown } | null | undefined): PlatformTarget[] {
  const raw = platform?.target;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((entry: string | PlatformTarget) =>
    typeof entry === 'string' ? { target: entry } : entry,
  );
}

/**
 * electron-builder's `files` rule: a path is packed when the last pattern matching it is
 * positive. Production dependencies in node_modules are added whatever the patterns say, so
 * for them only an exclusion counts.
 */
function isPacked(path: string): boolean {
  const { minimatch } = builderRequire('minimatch') as typeof import('minimatch');
  const patterns = (config.files ?? []) as string[];
  let packed = path.startsWith('node_modules/');
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true })) packed = !negated;
  }
  return packed;
}

async function validateWithElectronBuilder(candidate: unknown): Promise<void> {
  const { validateConfiguration } = builderRequire('./out/util/config/config.js') as {
    validateConfiguration: (config: unknown, logger: { isEnabled: boolean }) => Promise<void>;
  };
  await validateConfiguration(candidate, { isEnabled: false });
}

describe('electron-builder configuration', () => {
  it('names the app once, and takes its version from package.json', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    expect(config.appId).toBe('org.puerto.lab');
    // The window's AppUserModelID must match the installer's shortcuts on Windows.
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Puerto');
    expect(config.productName).toBe(manifest.productName);
    expect(config).not.toHaveProperty('version');
    expect(config.extraMetadata).toBeUndefined();
    expect(config.directories).toEqual({ buildResources: 'build', output: 'dist' });
    expect(config.asar).toBe(true);
  });

  it('packages the Electron version the project depends on', () => {
    const electronManifest = JSON.parse(
      readFileSync(require.resolve('electron/package.json'), 'utf8'),
    );
    expect(config.electronVersion).toBe('45.5.0');
    expect(config.electronVersion).toBe(electronManifest.version);
  });

  it('builds an NSIS installer and a portable exe for 64-bit Windows', () => {
    expect(targetsOf(config.win)).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    // Per user by default, "for all users" when an administrator chooses it (or `/allusers`).
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(config.nsis?.installerLanguages).toEqual(['en_US', 'es_ES']);
  });

  it('builds an AppImage and a deb for Linux, filed under Education', () => {
    expect(targetsOf(config.linux).map((entry) => entry.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux).toMatchObject({ category: 'Education', executableName: 'puerto' });
    expect(config.linux?.maintainer).toBeTruthy();
    expect(config.linux?.synopsis).toBeTruthy();
  });

  it('builds a dmg for macOS, Intel and Apple silicon, filed under Education', () => {
    expect(targetsOf(config.mac)).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac?.category).toBe('public.app-category.education');
  });

  it('points every platform at an icon that exists in build/', () => {
    for (const icon of [config.win?.icon, config.linux?.icon, config.mac?.icon]) {
      expect(icon).toBeTruthy();
      expect(existsSync(join(PACKAGE_ROOT, 'build', String(icon)))).toBe(true);
    }
  });

  it('packs the built app and package.json, never sources, tests or the CLI-only tsx', () => {
    for (const path of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index.js',
      'node_modules/zod/package.json',
    ]) {
      expect(isPacked(path), path).toBe(true);
    }
    for (const path of [
      'out/main/index.js.map',
      'tests/build/packagingConfig.test.ts',
      'electron/main/index.ts',
      'shared/contract/index.ts',
      'renderer/index.html',
      'build/icon.svg',
      'node_modules/tsx/dist/cli.mjs',
      'node_modules/@esbuild/linux-x64/bin/esbuild',
    ]) {
      expect(isPacked(path), path).toBe(false);
    }
  });

  it('ships the engine’s run-time packages as production dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    const bundle = join(PACKAGE_ROOT, 'out', 'main', 'index.js');
    // What electron-vite left as imports is what node_modules must provide at run time.
    const imported = existsSync(bundle)
      ? [...readFileSync(bundle, 'utf8').matchAll(/^import .* from "([^".][^"]*)";$/gm)]
          .map((match) => match[1] ?? '')
          .filter((name) => !name.startsWith('node:') && name !== 'electron')
          .map((name) =>
            name
              .split('/')
              .slice(0, name.startsWith('@') ? 2 : 1)
              .join('/'),
          )
      : [];
    if (existsSync(bundle)) expect(imported).toContain('zod');
    const expected = ['zod', 'mailparser', 'dns-packet', 'smtp-server', 'net-snmp', 'ftp-srv'];
    for (const name of new Set([...expected, ...imported])) {
      expect(manifest.dependencies, name).toHaveProperty(name);
    }
  });

  it('opens .puerto lab files with Puerto', () => {
    expect(config.fileAssociations).toEqual([LAB_FILE_ASSOCIATION]);
    expect(LAB_FILE_ASSOCIATION).toMatchObject({
      ext: 'puerto',
      mimeType: 'application/x-puerto-lab',
      role: 'Editor',
    });
    expect(LAB_FILE_ASSOCIATION.name).toBeTruthy();
    expect(LAB_FILE_ASSOCIATION.description).toBeTruthy();
    for (const extension of ['ico', 'icns']) {
      expect(
        existsSync(join(PACKAGE_ROOT, 'build', `${LAB_FILE_ASSOCIATION.icon}.${extension}`)),
      ).toBe(true);
    }
  });

  it('runs the fuse hook after packing, and rebuilds no native module', () => {
    expect(config.afterPack).toBe(afterPack);
    expect(config.npmRebuild).toBe(false);
  });

  it('passes electron-builder’s own schema check', async () => {
    await expect(validateWithElectronBuilder(config)).resolves.toBeUndefined();
  });

  it('would be refused by that check when an option is wrong', async () => {
    const broken = { ...config, nsis: { ...config.nsis, oneClick: 'sometimes' } };
    await expect(validateWithElectronBuilder(broken)).rejects.toThrow(/oneClick/);
  });
});
