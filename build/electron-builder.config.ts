/**
 * How Puerto becomes installers for lab PCs (issue 6). Run by the `dist*` scripts:
 * `electron-builder --config build/electron-builder.config.ts`, which loads this TypeScript
 * itself (electron-builder 26 reads `.ts` configs with jiti). The version is package.json's.
 *
 * Windows NSIS switches (electron-builder's assisted installer), for docs/INSTALL.md:
 *   Puerto-Setup-<version>.exe /S                      silent, for the current user only
 *                                                      (%LOCALAPPDATA%\Programs\Puerto)
 *   Puerto-Setup-<version>.exe /S /allusers            silent, for every user of the PC
 *                                                      (%ProgramFiles%\Puerto; run as admin)
 *   Puerto-Setup-<version>.exe /S /allusers /D=C:\Labs\Puerto
 *                                                      another folder: /D= must come last,
 *                                                      unquoted even with spaces
 *   "<install folder>\Uninstall Puerto.exe" /S [/allusers]   silent uninstall
 * Without /allusers or /currentuser an upgrade keeps the mode of the existing install.
 */
import type { Configuration } from 'electron-builder';
import { afterPack } from './afterPack';

/** The app's `.puerto` lab files: double-clicking one opens it in Puerto. */
export const LAB_FILE_ASSOCIATION = {
  ext: 'puerto',
  name: 'Puerto lab',
  description: 'Puerto lab file',
  mimeType: 'application/x-puerto-lab',
  role: 'Editor',
  // `icon` without extension: icon.ico on Windows, icon.icns on macOS (Linux uses the theme's).
  icon: 'icon',
} as const;

const config: Configuration = {
  /**
   * Reverse-DNS, chosen once and never changed: it is the macOS bundle identifier, the
   * Windows AppUserModelID (taskbar grouping, notifications) and the seed of the NSIS
   * uninstall key's GUID, so a new id would install side by side instead of upgrading.
   * `org.puerto` names the project rather than a company; `.lab` is the desktop lab app.
   */
  appId: 'org.puerto.lab',
  productName: 'Puerto',
  // Pinned rather than read from node_modules/electron, whose binary is fetched separately.
  electronVersion: '45.5.0',
  directories: { buildResources: 'build', output: 'dist' },
  /**
   * Only what runs: electron-vite's bundles in out/ and package.json (its "main" and "type").
   * Production dependencies are added by electron-builder; the engine imports zod, mailparser,
   * dns-packet, smtp-server, net-snmp and ftp-srv from node_modules at run time. tsx (and the
   * esbuild binary it brings) is a development dependency: the CLI runs prebuilt too.
   */
  files: [
    'out/**/*',
    'package.json',
    '!out/**/*.map',
    '!node_modules/tsx/**',
    '!node_modules/esbuild/**',
    '!node_modules/@esbuild/**',
  ],
  asar: true,
  /**
   * No native module is needed: the only one among the dependencies is bunyan's optional
   * dtrace-provider (via ftp-srv), which bunyan does without. A rebuild would download
   * Electron's headers and try to compile it for nothing.
   */
  npmRebuild: false,
  afterPack,
  fileAssociations: [LAB_FILE_ASSOCIATION],

  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
    icon: 'icon.ico',
  },
  nsis: {
    // The assisted installer lets an administrator choose "for all users"; a student without
    // admin rights still installs for themselves.
    oneClick: false,
    perMachine: false,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    multiLanguageInstaller: true,
    installerLanguages: ['en_US', 'es_ES'],
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  portable: {
    // Runs from a USB stick or a shared folder with nothing installed.
    artifactName: '${productName}-${version}-portable.${ext}',
  },

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    executableName: 'puerto',
    icon: 'icon.png',
    synopsis: 'Learn the client-server model with real TCP and UDP sockets',
    maintainer: 'Puerto maintainers',
  },
  appImage: {
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
  // The deb's homepage comes from the git remote (the release workflow runs in a GitHub clone).
  deb: {
    packageCategory: 'education',
  },

  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.education',
    icon: 'icon.icns',
  },
  dmg: {
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
};

export default config;
