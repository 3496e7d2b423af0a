/**
 * English interface strings to look for on Turkish pages.
 *
 * In: the site's and the theme's translation keys with their English defaults
 * (from `docusaurus write-translations --locale en`, run in a scratch copy by
 * scripts/check-translations.mjs) and the Turkish messages in i18n/tr.
 * Out: one matcher per English message that a Turkish page must not show.
 *
 * Messages that are the same in Turkish on purpose (product names, version
 * numbers: SAME_IN_BOTH in that script) are left out; any other Turkish
 * message still equal to the English one is reported, as the reader sees it. Placeholders (`{count}`) match any text and
 * plural forms (`One doc|{count} docs`) are alternatives; a matcher must match
 * a whole text or attribute value, so English words inside Turkish sentences
 * don't count.
 */

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface EnglishString {
  key: string;
  english: string;
  pattern: RegExp;
}

// Where a Turkish page shows content rather than interface: the article and
// the places that repeat article titles or headings. An untranslated article
// legitimately shows its English title there. Docusaurus' `theme-*` classes
// are its stable styling API. Shared by the static checks and the crawl.
export const CONTENT_SELECTORS = [
  '.theme-doc-markdown', // the article body
  '.theme-doc-toc-desktop',
  '.theme-doc-toc-mobile', // its headings
  '.theme-doc-sidebar-item-link', // article titles in the sidebar
  '.breadcrumbs__item--active', // this article's title
  '.pagination-nav__label', // previous/next article titles
  'section[aria-labelledby="home-articles"] li', // the home page's article list
  '[lang]:not([lang|="tr"])', // marked as another language (the locale menu's "English")
  'script',
  'style',
].join(', ');

type Entry = {key: string; english: string};
const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();

function patternFor(message: string): RegExp | undefined {
  const forms = message.split('|').map(normalize).filter(Boolean);
  const sources: string[] = [];
  for (const form of forms) {
    const literal = form.replace(/\{[^}]*\}/g, ' ');
    // A form that is only placeholders and punctuation says nothing English.
    if (!/\p{L}{2,}/u.test(literal)) continue;
    sources.push(
      form
        .split(/(\{[^}]*\})/)
        .map((part) => (part.startsWith('{') ? '.*?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join(''),
    );
  }
  return sources.length ? new RegExp(`^(?:${sources.join('|')})$`, 'u') : undefined;
}

const SITE = path.resolve(__dirname, '..', '..');

/** Files whose change can change the interface strings: code, translations, config, Docusaurus. */
function inputsHash(): string {
  const hash = crypto.createHash('sha1');
  const files = [
    ...['src', path.join('i18n')].flatMap((dir) =>
      fs
        .readdirSync(path.join(SITE, dir), {recursive: true, encoding: 'utf8'})
        .map((f) => path.join(dir, f))
        // Article translations don't hold interface strings.
        .filter((f) => !f.includes('docusaurus-plugin-content-docs' + path.sep))
        .sort(),
    ),
    'docusaurus.config.ts',
    'docusaurus.config.localized.json',
    path.join('node_modules', '@docusaurus', 'core', 'package.json'),
  ];
  for (const file of files) {
    const full = path.join(SITE, file);
    if (!fs.existsSync(full) || !fs.statSync(full).isFile()) continue;
    hash.update(file).update('\0').update(fs.readFileSync(full)).update('\0');
  }
  return hash.digest('hex');
}

/** Where the English interface strings of the site as it is now are kept. */
const cacheFile = (): string =>
  path.join(
    SITE,
    'node_modules',
    '.cache',
    'licensing-checks',
    `interface-strings-${inputsHash()}.json`,
  );

/**
 * Keeps the site's English interface strings (`file:key` and the English
 * message) for the static checks and the crawl: the unit test of the
 * Turkish interface (tests/unit/translations.test.ts) runs write-translations
 * for English anyway and hands its messages here, so `npm test` derives them
 * once.
 */
export function rememberInterfaceStrings(entries: Entry[]): void {
  const file = cacheFile();
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify(entries));
  fs.renameSync(`${file}.${process.pid}`, file);
}

/**
 * The site's interface strings in English, from write-translations in a
 * scratch copy (~10 s), kept in node_modules/.cache for as long as the code,
 * translations, configuration and Docusaurus are unchanged: the unit test,
 * the static checks and each crawl worker share one run.
 */
async function cachedInterfaceStrings(): Promise<Entry[]> {
  const file = cacheFile();
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Entry[];
  // A real dynamic import: Playwright compiles specs to CommonJS, which can't
  // require an ES module script.
  const {interfaceStrings} = (await import('../../scripts/check-translations.mjs')) as {
    interfaceStrings: () => Promise<Entry[]>;
  };
  const entries = (await interfaceStrings()).map(({key, english}) => ({key, english}));
  rememberInterfaceStrings(entries);
  return entries;
}

export async function englishInterfaceStrings(): Promise<EnglishString[]> {
  const {SAME_IN_BOTH} = (await import('../../scripts/check-translations.mjs')) as {
    SAME_IN_BOTH: Set<string>;
  };
  const out: EnglishString[] = [];
  for (const {key, english} of await cachedInterfaceStrings()) {
    if (SAME_IN_BOTH.has(english)) continue;
    const pattern = patternFor(english);
    if (pattern) out.push({key, english: normalize(english), pattern});
  }
  return out;
}

/** The English strings found among a page's interface texts. */
export function findEnglish(texts: string[], strings: EnglishString[]): string[] {
  const found: string[] = [];
  for (const text of new Set(texts.map(normalize))) {
    const keys = strings.filter((s) => s.pattern.test(text)).map((s) => s.key);
    if (keys.length) found.push(`"${text}" is the English of ${keys.join(', ')}`);
  }
  return found;
}
