/**
 * Stand-ins for an Electron binary, enough for @electron/fuses: it looks for a sentinel string,
 * then reads the wire version (1), the wire length and one byte per fuse ('0' off, '1' on). The
 * real binary cannot be downloaded here, so the tests flip fuses in these instead.
 */
import { getCurrentFuseWire } from '@electron/fuses';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What @electron/fuses searches for (its constants.js). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

export const FUSE_OFF = '0'.charCodeAt(0);
export const FUSE_ON = '1'.charCodeAt(0);

/**
 * Electron's defaults as shipped, in wire order: RunAsNode on, cookie encryption off,
 * NODE_OPTIONS on, --inspect on, ASAR integrity off, only-ASAR off, browser V8 snapshot off,
 * file:// privileges on. A test that sees the opposite afterwards knows the hook flipped it.
 */
export const SHIPPED_WIRE = [
  FUSE_ON,
  FUSE_OFF,
  FUSE_ON,
  FUSE_ON,
  FUSE_OFF,
  FUSE_OFF,
  FUSE_OFF,
  FUSE_ON,
];

/**
 * The wire once Puerto's hook has run, in the same order; the browser V8 snapshot fuse is left
 * as shipped. ASAR integrity is on for macOS and Windows, as shipped (off) on Linux.
 */
export const FLIPPED_WITH_INTEGRITY = [
  FUSE_OFF,
  FUSE_ON,
  FUSE_OFF,
  FUSE_OFF,
  FUSE_ON,
  FUSE_ON,
  FUSE_OFF,
  FUSE_OFF,
];
export const FLIPPED_ON_LINUX = FLIPPED_WITH_INTEGRITY.map((state, index) =>
  index === 4 ? FUSE_OFF : state,
);

/** The wire of a binary (or an .app bundle), in wire order, as '0'/'1' bytes. */
export async function wireOf(binary: string): Promise<number[]> {
  const wire = await getCurrentFuseWire(binary);
  return SHIPPED_WIRE.map((_, index) => Number(wire[index as keyof typeof wire]));
}

export function fakeElectronBytes(wire: readonly number[] = SHIPPED_WIRE): Buffer {
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "not a real Electron"\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, wire.length, ...wire]),
    Buffer.from('\n'),
  ]);
}

/** Writes a fake binary at `path` (making its folders) and returns `path`. */
export function writeFakeElectron(path: string, wire?: readonly number[]): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, fakeElectronBytes(wire), { mode: 0o755 });
  return path;
}

/** Where @electron/fuses looks inside a macOS bundle: the framework, not Contents/MacOS. */
export function macFrameworkBinary(appBundle: string): string {
  return join(
    appBundle,
    'Contents',
    'Frameworks',
    'Electron Framework.framework',
    'Electron Framework',
  );
}

/** An unpacked Electron for electron-builder's `electronDist`: the binary plus what it copies. */
export function writeFakeLinuxElectronDist(directory: string): void {
  writeFakeElectron(join(directory, 'electron'));
  mkdirSync(join(directory, 'resources'), { recursive: true });
  mkdirSync(join(directory, 'locales'), { recursive: true });
  writeFileSync(join(directory, 'locales', 'en-US.pak'), '');
  writeFileSync(join(directory, 'version'), '45.5.0');
  writeFileSync(join(directory, 'LICENSE'), 'fake');
}
