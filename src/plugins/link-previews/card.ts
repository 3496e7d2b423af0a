/**
 * The link-preview card of a locale, drawn at build time.
 *
 * In:  the texts of the card (site name, tagline, the language's name, host).
 * Out: a PNG of PREVIEW_IMAGE's size (1200x630, what Open Graph and Twitter's
 *      large card expect).
 * Why: satori lays the texts out and turns them into paths (no font on the
 *      reading side), resvg rasterises the SVG; the font is Inter from its npm
 *      package (Latin and Latin Extended files: ğ, ş, İ, ı), so the card is
 *      the same on every machine and nothing is fetched.
 */
import fs from 'node:fs/promises';
import {createRequire} from 'node:module';
import satori from 'satori';
import {Resvg} from '@resvg/resvg-js';
import {PREVIEW_IMAGE} from '../../links/linkPreview';

export interface CardText {
  site: string;
  tagline: string;
  /** The language's own name (`English`, `Türkçe`). */
  language: string;
  /** The site's host, shown at the foot of the card. */
  host: string;
}

type Font = Parameters<typeof satori>[1]['fonts'][number];

const require = createRequire(import.meta.url);
let fonts: Promise<Font[]> | undefined;

/** Inter 400 and 700, Latin then Latin Extended (a family each: satori falls back across families). */
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    (
      [
        ['Inter', 'latin', 400],
        ['Inter', 'latin', 700],
        ['Inter Ext', 'latin-ext', 400],
        ['Inter Ext', 'latin-ext', 700],
      ] as const
    ).map(async ([name, subset, weight]) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await fs.readFile(
        require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
      ),
    })),
  );
  return fonts;
}

interface Node {
  type: string;
  props: {style?: Record<string, unknown>; children?: unknown; [key: string]: unknown};
}
const el = (type: string, style: Record<string, unknown>, ...children: unknown[]): Node => ({
  type,
  props: {style, children},
});

// The site's primary colour and its logo's page shape.
const BLUE = '#0f62a8';
const LOGO =
  'data:image/svg+xml;base64,' +
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#fff"/><path d="M9 8h10l4 4v12H9z" fill="#0f62a8"/><path d="M19 8v4h4" fill="#cfe3f5"/><path d="M12 16h8M12 19h8M12 22h5" stroke="#fff" stroke-width="1.6"/></svg>',
  ).toString('base64');

export async function renderCard(text: CardText): Promise<Buffer> {
  const {width, height} = PREVIEW_IMAGE;
  const tree = el(
    'div',
    {
      width,
      height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      boxSizing: 'border-box',
      background: BLUE,
      color: '#fff',
      fontFamily: 'Inter, Inter Ext',
    },
    el(
      'div',
      {display: 'flex', alignItems: 'center', gap: 28},
      {type: 'img', props: {src: LOGO, width: 96, height: 96}},
      el('div', {fontSize: 64, fontWeight: 700}, text.site),
    ),
    el('div', {fontSize: 44, lineHeight: 1.3, maxWidth: 1000}, text.tagline),
    el(
      'div',
      {display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 34},
      el(
        'div',
        {
          padding: '8px 28px',
          border: '3px solid #fff',
          borderRadius: 999,
          fontWeight: 700,
        },
        text.language,
      ),
      el('div', {opacity: 0.9}, text.host),
    ),
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width,
    height,
    fonts: await loadFonts(),
  });
  return new Resvg(svg, {fitTo: {mode: 'original'}}).render().asPng();
}
