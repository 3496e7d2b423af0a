/**
 * Anchor aliases (src/msdocs/remark/anchor-aliases.ts): a renamed section
 * keeps its old `#id`, declared in the front matter (validated by the
 * schema) or DocFX-style with a kept `<a name>`; the Turkish page answers
 * the same old ids as the English one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {render} from './helpers/msdocs';
import {FrontMatterError, parseMsDocsFrontMatter} from '../../src/msdocs/frontmatter';

const EN = 'docs/microsoft-365/commerce/move.md';
const TR = 'i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/commerce/move.md';

const english = (aliases: string) => `---
title: Move licenses
${aliases}
---
# Move licenses

## Before you begin

Text.

## <a name="copy-your-data"></a>Copy your data

Text.
`;

const turkish = (heading: string) => `---
title: Lisansları taşıma
ms.translationtype: MT
---
# Lisansları taşıma

## <a name="before-you-begin"></a>Başlamadan önce

Metin.

## ${heading}

Metin.
`;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, {recursive: true, force: true});
});

function siteWith(files: Record<string, string>): string {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anchor-aliases-'));
  dirs.push(siteDir);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, file), content);
  }
  return siteDir;
}

/** Renders a file of the site the way the build does: front matter read first, validated. */
async function build(siteDir: string, file: string) {
  const text = fs.readFileSync(path.join(siteDir, file), 'utf8');
  const raw = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
  const locale = file.startsWith('i18n/tr/') ? 'tr' : 'en';
  const fm = parseMsDocsFrontMatter(raw, {file, locale});
  return render(file, {siteDir, frontMatter: fm});
}

/** The alias markers: old id -> the id of the heading right after it. */
function markers($: Awaited<ReturnType<typeof render>>['$']): Record<string, string> {
  const out: Record<string, string> = {};
  $('[data-anchor-alias]').each((_, el) => {
    const marker = $(el);
    expect(marker.next().is('h2')).toBe(true);
    expect(marker.next().attr('id')).toBe(marker.attr('data-anchor-alias'));
    out[marker.attr('id')!] = marker.attr('data-anchor-alias')!;
  });
  return out;
}

describe('anchor aliases in the front matter', () => {
  it('put an empty target with the old id right before the renamed section', async () => {
    const siteDir = siteWith({[EN]: english('anchor_aliases: {move-your-data: copy-your-data}')});
    const {$} = await build(siteDir, EN);
    expect(markers($)).toEqual({'move-your-data': 'copy-your-data'});
    const marker = $('#move-your-data');
    expect(marker.prop('tagName')).toBe('A');
    expect(marker.attr('class')).toBe('msdocs-anchor-alias');
    expect(marker.text()).toBe('');
  });

  it('are answered by the Turkish page too, from the English source', async () => {
    const siteDir = siteWith({
      [EN]: english('anchor_aliases: {move-your-data: copy-your-data}'),
      [TR]: turkish('<a name="copy-your-data"></a>Verilerinizi kopyalayın'),
    });
    const {$} = await build(siteDir, TR);
    expect(markers($)).toEqual({'move-your-data': 'copy-your-data'});
  });

  it('are left out where an outdated translation still has the old section', async () => {
    const siteDir = siteWith({
      [EN]: english('anchor_aliases: {move-your-data: copy-your-data}'),
      [TR]: turkish('<a name="move-your-data"></a>Verilerinizi taşıyın'),
    });
    const {$} = await build(siteDir, TR);
    expect(markers($)).toEqual({});
    expect($('[id="move-your-data"]')).toHaveLength(1);
  });

  it('to no section of the article fail the build naming the file, key and value', async () => {
    const siteDir = siteWith({[EN]: english('anchor_aliases: {move-your-data: copy-data}')});
    await expect(build(siteDir, EN)).rejects.toThrow(
      `${EN}: anchor alias: anchor_aliases: move-your-data: copy-data: no section heading with id "copy-data" in this article (headings: before-you-begin, copy-your-data)`,
    );
  });

  it('of an id the article still has fail the build', async () => {
    const siteDir = siteWith({[EN]: english('anchor_aliases: {before-you-begin: copy-your-data}')});
    await expect(build(siteDir, EN)).rejects.toThrow(
      /anchor_aliases: before-you-begin: copy-your-data: this article still has an id "before-you-begin"/,
    );
  });

  it('are validated by the front matter schema: the key, the value and what was expected', () => {
    for (const value of [['a', 'b'], {'old id': 'new-id'}, {old: 3}, {same: 'same'}, 'old: new']) {
      let error: unknown;
      try {
        parseMsDocsFrontMatter({anchor_aliases: value}, {file: EN, locale: 'en'});
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FrontMatterError);
      expect((error as Error).message).toContain(
        `Invalid Microsoft Docs front matter in ${EN}:\n  - anchor_aliases = ${JSON.stringify(value)}: expected a map from an old section id`,
      );
    }
    expect(
      parseMsDocsFrontMatter({anchor_aliases: {'old-id': 'new-id'}}, {file: EN, locale: 'en'})
        .anchor_aliases,
    ).toEqual({'old-id': 'new-id'});
  });
});

describe('anchor aliases kept DocFX-style', () => {
  /** The English article with its "Copy your data" heading written as `heading`. */
  const withHeading = (heading: string) =>
    build(
      siteWith({
        [EN]: english('').replace('## <a name="copy-your-data"></a>Copy your data', heading),
      }),
      EN,
    );

  it('a second <a name> in a heading is an old address of it', async () => {
    const {$} = await withHeading(
      '## <a name="copy-your-data"></a><a name="move-your-data"></a>Copy your data',
    );
    expect(markers($)).toEqual({'move-your-data': 'copy-your-data'});
    expect($('h2#copy-your-data').text()).toBe('Copy your data');
  });

  it('a lone <a name> on the line before a heading leads to it', async () => {
    const {$} = await withHeading('<a name="move-your-data"></a>\n\n## Copy your data');
    expect($('#move-your-data').attr('data-anchor-alias')).toBe('copy-your-data');
    expect($('#move-your-data').parent().next().attr('id')).toBe('copy-your-data');
  });
});
