/**
 * The light theme's colours against WCAG's 4.5:1 for text (issue 11's axe-core audit): the
 * secondary grey on white and on the grey of a bubble, and each status colour as a tag draws
 * it, on a 16 % tint of itself. Computed here with WCAG's own formula, so a colour changed
 * later is judged without a browser.
 */
import { describe, expect, it } from 'vitest';
import { themeOverridesFor } from '../../../renderer/src/theme/accessibleTheme';

const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `hex` laid over white at `alpha`, as a tag's tinted background is. */
function tint(hex: string, alpha: number): string {
  const mixed = channels(hex).map((value) => Math.round(value * alpha + 255 * (1 - alpha)));
  return `#${mixed.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

describe('the light theme', () => {
  const common = themeOverridesFor('light').common ?? {};

  it('draws secondary text at 4.5:1 or more on white and on light grey', () => {
    const grey = common.textColor3 as string;
    expect(contrast(grey, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(grey, '#f0f0f0')).toBeGreaterThanOrEqual(4.5);
  });

  it('draws each status colour at 4.5:1 or more on a tag tinted with it', () => {
    for (const name of ['successColor', 'infoColor', 'warningColor', 'errorColor'] as const) {
      const colour = common[name] as string;
      expect(contrast(colour, tint(colour, 0.16)), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draws the brand colour, an active tab’s label, at 4.5:1 or more on white', () => {
    expect(contrast(common.primaryColor as string, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the brighter teal in the dark theme', () => {
    expect(themeOverridesFor('dark').common?.primaryColor).toBe('#2bb3a3');
  });
});
