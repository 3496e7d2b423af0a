/**
 * Stable section ids, checked on the production build (no browser): links
 * to `#section` must work in both languages and survive a version switch.
 *
 * In:  every article of every version (listed from the source folders) and
 *      its built page in each locale. Out, per article and version: every
 *      section heading has an id; English and Turkish have the same set of
 *      section ids (headings, decision-table rows, callouts with an id); and
 *      within a language, a heading with the same text has the same id in
 *      every version that has it.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {expect, test} from '@playwright/test';
import {BUILD_DIR, SITE_DIR, fileForPath} from './built-site';
import {LOCALES, SEED_PATH, SEED_TITLE, pageUrl, type Locale, type Version} from './site';

// Each test opens its own page: any worker can take any of them.
test.describe.configure({mode: 'parallel'});

const versions: Version[] = [
  'current',
  ...(JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'versions.json'), 'utf8')) as Version[]),
];

function sourceRoot(version: Version): string {
  return version === 'current' ? 'docs' : `versioned_docs/version-${version}`;
}

/** Doc ids (paths without extension) of a version's English sources; includes and partials are not pages. */
function articlesOf(version: Version): string[] {
  const root = path.join(SITE_DIR, sourceRoot(version));
  return fs
    .readdirSync(root, {recursive: true, encoding: 'utf8'})
    .map((f) => f.split(path.sep).join('/'))
    .filter(
      (f) =>
        /\.mdx?$/.test(f) &&
        !f.split('/').some((part) => part === 'includes' || part.startsWith('_')),
    )
    .map((f) => f.replace(/\.mdx?$/, '').replace(/\/index$/, ''))
    .sort();
}

interface Sections {
  /** Every section id, in page order. */
  ids: string[];
  /** Section headings: text -> id (undefined when the heading has none). */
  headings: {text: string; id: string | undefined}[];
}

function sectionsOf(locale: Locale, version: Version, docId: string): Sections {
  const url = pageUrl(locale, version, docId);
  const file = fileForPath(url);
  if (!file) throw new Error(`no built page for ${url} in ${path.relative(SITE_DIR, BUILD_DIR)}/`);
  const $ = cheerio.load(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'));
  const body = $('.theme-doc-markdown');
  const headings = body
    .find('h2, h3, h4, h5, h6')
    .map((_, el) => {
      const heading = $(el).clone();
      heading.find('a.hash-link, button').remove();
      return {text: heading.text().replace(/\s+/g, ' ').trim(), id: $(el).attr('id')};
    })
    .get();
  const ids = body
    .find(
      'h2[id], h3[id], h4[id], h5[id], h6[id], [data-decision-table] tr[id], [data-callout][id]',
    )
    .map((_, el) => $(el).attr('id') ?? '')
    .get();
  return {ids, headings};
}

for (const version of versions) {
  for (const docId of articlesOf(version)) {
    test(`section ids: ${docId} (${version})`, () => {
      const byLocale = Object.fromEntries(
        LOCALES.map((l) => [l, sectionsOf(l, version, docId)]),
      ) as Record<Locale, Sections>;
      for (const locale of LOCALES) {
        const without = byLocale[locale].headings.filter((h) => !h.id).map((h) => h.text);
        expect(without, `${locale}: section headings without an id can't be linked to`).toEqual([]);
        const ids = byLocale[locale].ids;
        expect(
          ids.filter((id, i) => ids.indexOf(id) !== i),
          `${locale}: ids used twice`,
        ).toEqual([]);
      }
      expect([...byLocale.tr.ids].sort(), 'Turkish and English have the same section ids').toEqual(
        [...byLocale.en.ids].sort(),
      );
    });
  }
}

/** The id of an article's title (h1) as built. */
function titleIdOf(locale: Locale, version: Version, docId: string): string | undefined {
  const file = fileForPath(pageUrl(locale, version, docId));
  if (!file) throw new Error(`no built page for ${docId} (${locale}, ${version})`);
  return cheerio
    .load(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'))('article h1')
    .attr('id');
}

for (const version of versions) {
  test(`the title keeps its anchor, the same in both languages (${version})`, () => {
    for (const docId of articlesOf(version)) {
      const ids = LOCALES.map((l) => titleIdOf(l, version, docId));
      expect(ids[0], `${docId}: the English title has an id`).toBeTruthy();
      expect(ids, `${docId}: the title's id in ${LOCALES.join(', ')}`).toEqual(
        LOCALES.map(() => ids[0]),
      );
    }
    // The seed's Turkish title is written `# <a name="transfer-licenses-between-tenants"></a>...`.
    expect(titleIdOf('tr', version, SEED_PATH)).toBe('transfer-licenses-between-tenants');
  });
}

for (const locale of LOCALES) {
  test(`a link to the title's anchor lands on the title: ${locale}`, async ({page}) => {
    await page.goto(`${pageUrl(locale, 'current', SEED_PATH)}#transfer-licenses-between-tenants`);
    const title = page.locator('h1:target');
    await expect(title).toHaveText(SEED_TITLE[locale]);
    await expect(title).toBeInViewport();
  });
}

for (const locale of LOCALES) {
  test(`a section keeps its id across versions: ${locale}`, () => {
    // heading text -> (version -> id), per article
    const problems: string[] = [];
    const docIds = new Set(versions.flatMap(articlesOf));
    for (const docId of docIds) {
      const seen = new Map<string, {version: Version; id: string | undefined}>();
      for (const version of versions) {
        if (!articlesOf(version).includes(docId)) continue;
        for (const heading of sectionsOf(locale, version, docId).headings) {
          const before = seen.get(heading.text);
          if (before && before.id !== heading.id) {
            problems.push(
              `${docId}: "${heading.text}" is #${before.id} in ${before.version} but #${heading.id} in ${version}`,
            );
          }
          if (!before) seen.set(heading.text, {version, id: heading.id});
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
