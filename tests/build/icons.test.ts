/**
 * The committed icons (CI never regenerates them) have the sizes each platform needs, and the
 * generator still turns the one SVG source into all three.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIRECTORY, ICON_SIZE, renderIcons } from '../../build/scripts/generateIcons';
import { icnsEntries, icoSizes, pngSize } from './iconFormats';

const readIcon = (name: string) => readFileSync(join(BUILD_DIRECTORY, name));

function checkIconSet(png: Buffer, ico: Buffer, icns: Buffer): void {
  expect(pngSize(png)).toEqual({ width: 1024, height: 1024 });

  const sizes = icoSizes(ico);
  expect(sizes).toContain(256);
  expect(sizes).toContain(16);
  expect(sizes).toEqual(expect.arrayContaining([32, 48]));

  const entries = icnsEntries(icns);
  const retina512 = entries.find((entry) => entry.type === 'ic10');
  if (retina512 === undefined) throw new Error(`no ic10 among ${entries.map((e) => e.type)}`);
  // ic10 is "512×512@2x": a PNG of 1024 pixels.
  expect(pngSize(retina512.data)).toEqual({ width: 1024, height: 1024 });
}

describe('the committed app icons', () => {
  it('are a 1024 PNG, an ICO from 256 down to 16 and an ICNS with the 1024 entry', () => {
    checkIconSet(readIcon('icon.png'), readIcon('icon.ico'), readIcon('icon.icns'));
  });

  it('come from the SVG source in build/', () => {
    const svg = readIcon('icon.svg').toString('utf8');
    expect(svg).toContain('viewBox="0 0 1024 1024"');
    expect(svg.toLowerCase()).toContain('#2bb3a3');
  });
});

describe('renderIcons', () => {
  it('renders the SVG source into the three formats', () => {
    const icons = renderIcons(readIcon('icon.svg').toString('utf8'));
    expect(ICON_SIZE).toBe(1024);
    checkIconSet(icons.png, icons.ico, icons.icns);
  });

  it('fits a drawing of any size to 1024 pixels', () => {
    const small = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"/>';
    expect(pngSize(renderIcons(small).png)).toEqual({ width: 1024, height: 1024 });
  });
});
