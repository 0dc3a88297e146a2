/**
 * Every app icon from one drawing, build/icon.svg (`npm run icons`): icon.png (1024×1024, Linux
 * and the source of the others), icon.ico (Windows, 256 down to 16) and icon.icns (macOS, up to
 * the 1024 `ic10` entry). resvg renders the SVG with the native binary its npm package ships,
 * png2icons is plain JavaScript: both work offline. The results are committed, so CI and the
 * release workflow never need to run this.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { argv, stdout } from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BICUBIC, createICNS, createICO } from 'png2icons';

export const ICON_SIZE = 1024;
export const BUILD_DIRECTORY = fileURLToPath(new URL('..', import.meta.url));

export interface AppIcons {
  png: Buffer;
  ico: Buffer;
  icns: Buffer;
}

export function renderIcons(svg: string): AppIcons {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: ICON_SIZE } }).render().asPng();
  // `forWinExe`: PNG entries from 64 up, bitmaps below, which older Explorer dialogs need.
  const ico = createICO(png, BICUBIC, 0, false, true);
  const icns = createICNS(png, BICUBIC, 0);
  if (ico === null || icns === null) throw new Error('png2icons could not read the rendered PNG');
  return { png, ico, icns };
}

export function writeIcons(directory: string): string[] {
  const icons = renderIcons(readFileSync(join(directory, 'icon.svg'), 'utf8'));
  const written = [
    ['icon.png', icons.png],
    ['icon.ico', icons.ico],
    ['icon.icns', icons.icns],
  ] as const;
  return written.map(([name, bytes]) => {
    const path = join(directory, name);
    writeFileSync(path, bytes);
    return path;
  });
}

const runDirectly = argv[1] !== undefined && import.meta.url === pathToFileURL(argv[1]).href;
if (runDirectly) {
  for (const path of writeIcons(BUILD_DIRECTORY)) stdout.write(`${path}\n`);
}
