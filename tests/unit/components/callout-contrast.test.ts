/**
 * Callout colours meet WCAG AA for every type, light and dark, including the
 * types no page uses yet (axe in e2e only sees the ones on a page).
 *
 * In: the colours each type sets in Callout/Layout/styles.module.css.
 * Out: contrast ratios of title text (4.5:1), body text and links (4.5:1)
 * and the accent bar and icon (3:1, non-text) against the type's tint.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CALLOUT_TYPES} from '@site/src/components/Callout/calloutTypes';

const css = fs.readFileSync(
  path.join(import.meta.dirname, '../../../src/components/Callout/Layout/styles.module.css'),
  'utf8',
);

// Text around the callout: Infima's --ifm-color-content and the site's
// --ifm-color-primary (links), per mode.
const PAGE = {
  light: {text: '#1c1e21', link: '#0f62a8'},
  dark: {text: '#e3e3e3', link: '#7cc0ff'},
} as const;

function block(selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|\\n)${escaped} \\{([^}]*)\\}`).exec(css);
  if (!match) throw new Error(`styles.module.css: no "${selector}" block`);
  return Object.fromEntries(
    [...match[1]!.matchAll(/--callout-([a-z]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('Callout colours (WCAG AA)', () => {
  for (const mode of ['light', 'dark'] as const) {
    for (const type of CALLOUT_TYPES) {
      it(`${type}, ${mode}`, () => {
        const colours = block(mode === 'light' ? `.${type}` : `[data-theme='dark'] .${type}`);
        const {accent, title, background} = colours;
        expect(
          accent && title && background,
          `${type} ${mode}: accent, title and background`,
        ).toBeTruthy();
        expect(contrast(title!, background!)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(PAGE[mode].text, background!)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(PAGE[mode].link, background!)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(accent!, background!)).toBeGreaterThanOrEqual(3);
      });
    }
  }

  it('the contrast function agrees with known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
