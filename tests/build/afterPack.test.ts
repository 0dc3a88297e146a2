/**
 * The fuse hook, run on fake Electron binaries laid out the way electron-builder leaves each
 * platform's package: it must find the binary and flip exactly Puerto's choice.
 */
import type { FuseV1Config } from '@electron/fuses';
import { Arch } from 'electron-builder';
import type { AfterPackContext } from 'electron-builder';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ASAR_INTEGRITY_PLATFORMS,
  FUSE_CHOICE,
  afterPack,
  fuseConfigFor,
  packagedBinaryPath,
} from '../../build/afterPack';
import {
  FLIPPED_ON_LINUX,
  FLIPPED_WITH_INTEGRITY,
  macFrameworkBinary,
  wireOf,
  writeFakeElectron,
} from './fakeElectron';

interface FakePackager {
  appInfo: { productFilename: string; sanitizedName: string };
  executableName?: string;
}

function contextFor(
  appOutDir: string,
  electronPlatformName: string,
  arch: Arch,
  packager: FakePackager = { appInfo: { productFilename: 'Puerto', sanitizedName: 'Puerto' } },
): AfterPackContext {
  return { appOutDir, electronPlatformName, arch, packager } as unknown as AfterPackContext;
}

describe('the fuse choice', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and turns on cookie encryption', () => {
    expect(FUSE_CHOICE).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
  });

  it('asks for ASAR integrity only where Electron checks it (macOS and Windows)', () => {
    expect([...ASAR_INTEGRITY_PLATFORMS].sort()).toEqual(['darwin', 'mas', 'win32']);
    expect(fuseConfigFor('linux', Arch.x64)[4]).toBeUndefined();
    expect(fuseConfigFor('win32', Arch.x64)[4]).toBe(true);
    expect(fuseConfigFor('darwin', Arch.x64)[4]).toBe(true);
  });

  it('resets the ad-hoc signature only for Apple silicon builds', () => {
    expect(fuseConfigFor('darwin', Arch.arm64).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfigFor('darwin', Arch.universal).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfigFor('darwin', Arch.x64).resetAdHocDarwinSignature).toBeUndefined();
    expect(fuseConfigFor('linux', Arch.arm64).resetAdHocDarwinSignature).toBeUndefined();
  });
});

describe('afterPack on a packaged app', () => {
  let appOutDir: string;

  beforeEach(() => {
    appOutDir = mkdtempSync(join(tmpdir(), 'puerto-afterpack-'));
  });

  afterEach(() => {
    rmSync(appOutDir, { recursive: true, force: true });
  });

  it('flips Puerto.exe on Windows, ASAR integrity included', async () => {
    const binary = writeFakeElectron(join(appOutDir, 'Puerto.exe'));
    await afterPack(contextFor(appOutDir, 'win32', Arch.x64));
    expect(await wireOf(binary)).toEqual(FLIPPED_WITH_INTEGRITY);
  });

  it('flips the lowercase executable on Linux and leaves ASAR integrity as shipped', async () => {
    const binary = writeFakeElectron(join(appOutDir, 'puerto'));
    const packager = {
      appInfo: { productFilename: 'Puerto', sanitizedName: 'Puerto' },
      executableName: 'puerto',
    };
    await afterPack(contextFor(appOutDir, 'linux', Arch.x64, packager));
    expect(await wireOf(binary)).toEqual(FLIPPED_ON_LINUX);
  });

  it('finds the Linux executable from the sanitized name when none is configured', () => {
    const context = contextFor(appOutDir, 'linux', Arch.x64);
    expect(packagedBinaryPath(context)).toBe(join(appOutDir, 'puerto'));
  });

  it('flips the framework inside Puerto.app on macOS', async () => {
    const bundle = join(appOutDir, 'Puerto.app');
    writeFakeElectron(macFrameworkBinary(bundle));
    await afterPack(contextFor(appOutDir, 'darwin', Arch.x64));
    // Read back through the bundle, as @electron/fuses does: it finds the framework inside.
    expect(await wireOf(bundle)).toEqual(FLIPPED_WITH_INTEGRITY);
  });

  it('hands the bundle path and the signature reset to flipFuses for arm64 macOS', async () => {
    // The real flip would run `codesign`, which only macOS has: the call is recorded instead.
    const calls: [string, FuseV1Config][] = [];
    await afterPack(contextFor(appOutDir, 'darwin', Arch.arm64), async (path, config) => {
      calls.push([path, config]);
    });
    expect(calls).toEqual([
      [join(appOutDir, 'Puerto.app'), expect.objectContaining({ resetAdHocDarwinSignature: true })],
    ]);
  });

  it('fails the build when the binary is not where the platform puts it', async () => {
    writeFakeElectron(join(appOutDir, 'electron.exe'));
    await expect(afterPack(contextFor(appOutDir, 'win32', Arch.x64))).rejects.toThrow();
  });
});
