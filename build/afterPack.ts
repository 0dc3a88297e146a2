/**
 * electron-builder's `afterPack` hook: flips Electron's fuses in the packaged binary, before
 * electron-builder signs it (a flip after signing would break the signature). Fuses are bits
 * compiled into the Electron binary that turn features off for good, whatever the environment
 * or command line says: https://www.electronjs.org/docs/latest/tutorial/fuses
 *
 * electron-builder 26 also has an `electronFuses` option; the hook is used instead because the
 * choice differs per platform (ASAR integrity) and because a test can run it on a fake binary.
 */
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import type { FuseV1Config } from '@electron/fuses';
import { Arch } from 'electron-builder';
import type { AfterPackContext, LinuxPackager } from 'electron-builder';
import { join } from 'node:path';

type FuseName = keyof typeof FuseV1Options;

/**
 * Puerto's fuse choice, one place for the hook and the test. A student's lab PC must not let
 * anyone turn the signed app into a general Node runtime or debug target.
 */
export const FUSE_CHOICE = {
  // ELECTRON_RUN_AS_NODE would make the installed binary a plain Node with the app's signature.
  RunAsNode: false,
  // Puerto stores no cookies today; on costs nothing and protects any that appear later.
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload arbitrary code (--require) into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and SIGUSR1 would open a debugger port into the process that owns the sockets.
  EnableNodeCliInspectArguments: false,
  // The app's code is checked against the hash electron-builder embeds; see the platforms below.
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded, never a loose `app/` folder someone drops beside it.
  OnlyLoadAppFromAsar: true,
  // The renderer is served from Puerto's own app:// scheme, so file:// needs no extra powers.
  GrantFileProtocolExtraPrivileges: false,
} as const satisfies Partial<Record<FuseName, boolean>>;

/**
 * Where Electron validates the embedded ASAR hash: macOS (Electron ≥ 16, Info.plist) and
 * Windows (Electron ≥ 30, an .exe resource that electron-builder writes). Linux has no such
 * check, so the fuse is left as Electron ships it there; OnlyLoadAppFromAsar works everywhere.
 */
export const ASAR_INTEGRITY_PLATFORMS: readonly string[] = ['darwin', 'mas', 'win32'];

/** The @electron/fuses configuration for one packaged platform and architecture. */
export function fuseConfigFor(platformName: string, arch: Arch): FuseV1Config {
  const config: FuseV1Config = { version: FuseVersion.V1 };
  for (const [name, value] of Object.entries(FUSE_CHOICE) as [FuseName, boolean][]) {
    if (name === 'EnableEmbeddedAsarIntegrityValidation') {
      if (!ASAR_INTEGRITY_PLATFORMS.includes(platformName)) continue;
    }
    config[FuseV1Options[name]] = value;
  }
  // Flipping bits breaks the ad-hoc signature that arm64 macOS requires before anything runs.
  if (isDarwin(platformName) && (arch === Arch.arm64 || arch === Arch.universal)) {
    config.resetAdHocDarwinSignature = true;
  }
  return config;
}

function isDarwin(platformName: string): boolean {
  return platformName === 'darwin' || platformName === 'mas';
}

/**
 * The packaged Electron binary, named the way electron-builder renames it: `Puerto.exe` on
 * Windows, the lowercase executable name on Linux (`linux.executableName`, else the sanitized
 * name lowercased, as LinuxPackager does), the `Puerto.app` bundle on macOS (@electron/fuses
 * finds the framework binary inside it).
 */
export function packagedBinaryPath(context: AfterPackContext): string {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  if (electronPlatformName === 'win32') return join(appOutDir, `${productFilename}.exe`);
  if (isDarwin(electronPlatformName)) return join(appOutDir, `${productFilename}.app`);
  const executableName =
    (packager as Partial<LinuxPackager>).executableName ??
    packager.appInfo.sanitizedName.toLowerCase();
  return join(appOutDir, executableName);
}

export type FlipFuses = (binaryPath: string, config: FuseV1Config) => Promise<unknown>;

export async function afterPack(
  context: AfterPackContext,
  flip: FlipFuses = flipFuses,
): Promise<void> {
  await flip(
    packagedBinaryPath(context),
    fuseConfigFor(context.electronPlatformName, context.arch),
  );
}

export default afterPack;
