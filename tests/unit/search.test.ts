/**
 * Search analysis: the site's indexes are built from the search library's
 * documents (fixtures in tests/fixtures/search, our own sentences) and queried
 * the way the library's browser code queries them: the typed text lowercased
 * with toLowerCase(), split on spaces and hyphens, every word required.
 */
import fs from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrTurkish from 'lunr-languages/lunr.tr.js';
import {beforeAll, describe, expect, it} from 'vitest';
import {foldTurkish, turkishLowerCase} from '../../src/search/turkish';
import {
  TURKISH_QUERY_FUNCTION,
  buildSearchIndex,
  turkishTokenizer,
  type SearchDocument,
  type SearchLocale,
} from '../../src/search/lunr-analysis';
import {assertAllPagesIndexed, searchLocale} from '../../src/search/coverage';
import {isSearchShortcut} from '../../src/search/shortcut';

const fixtures = path.join(__dirname, '..', 'fixtures', 'search');
const documents = (locale: SearchLocale): SearchDocument[] =>
  JSON.parse(
    fs.readFileSync(path.join(fixtures, `documents.${locale}.json`), 'utf8'),
  ) as SearchDocument[];

beforeAll(() => {
  stemmerSupport(lunr);
  lunrTurkish(lunr);
});

/** Builds, serialises and reloads an index, as the build and the browser do. */
function indexFor(locale: SearchLocale): lunr.Index {
  const serialised = JSON.parse(
    JSON.stringify(buildSearchIndex(lunr, documents(locale), locale)),
  ) as object;
  return lunr.Index.load(serialised);
}

/** The pages found for a typed text; `typing`: the last word is still being typed (prefix). */
function find(index: lunr.Index, typed: string, {typing = false} = {}): string[] {
  const words = typed.toLowerCase().match(/[^-\s]+/g) ?? [];
  const results = index.query((query) => {
    words.forEach((word, k) => {
      query.term(word, {
        presence: lunr.Query.presence.REQUIRED,
        wildcard:
          typing && k === words.length - 1
            ? lunr.Query.wildcard.TRAILING
            : lunr.Query.wildcard.NONE,
      });
    });
  });
  const locale = index === enIndex ? 'en' : 'tr';
  return results.map((r) => documents(locale).find((d) => String(d.i) === r.ref)?.u ?? r.ref);
}

let trIndex: lunr.Index;
let enIndex: lunr.Index;
beforeAll(() => {
  trIndex = indexFor('tr');
  enIndex = indexFor('en');
});

describe('Turkish letters', () => {
  it('lowercases İ and I the Turkish way, keeping the length', () => {
    expect(turkishLowerCase('İPTAL KIRACI')).toBe('iptal kıracı');
    expect(turkishLowerCase('İİİ')).toHaveLength(3);
    // What the browser does instead, and what the folding repairs:
    expect('İPTAL'.toLowerCase()).toBe('i\u0307ptal');
    expect(foldTurkish('i\u0307ptal')).toBe('iptal');
  });

  it('folds Turkish letters to their ASCII look-alikes', () => {
    expect(foldTurkish('ışçğöüâîû')).toBe('iscgouaiu');
  });
});

describe('Turkish index', () => {
  it('stores the Turkish query function in the index, so the browser analyses queries the same way', () => {
    const serialised = buildSearchIndex(lunr, documents('tr'), 'tr') as {pipeline: string[]};
    expect(serialised.pipeline).toEqual([TURKISH_QUERY_FUNCTION]);
  });

  it('finds inflected forms from the bare word, and back', () => {
    expect(find(trIndex, 'lisans')).toEqual(['/tr/a/tasima']);
    expect(find(trIndex, 'Lisanslar')).toEqual(['/tr/a/tasima']);
    expect(find(trIndex, 'kiracı').sort()).toEqual(['/tr/a/tasima', '/tr/a/yeni-kiraci']);
    expect(find(trIndex, 'kiracılar').sort()).toEqual(['/tr/a/tasima', '/tr/a/yeni-kiraci']);
    expect(find(trIndex, 'abonelik')).toEqual(['/tr/a/iptal']);
    expect(find(trIndex, 'posta kutuları')).toEqual(['/tr/a/posta']);
  });

  it('matches dotted and dotless i in any case', () => {
    expect(find(trIndex, 'İPTAL')).toEqual(['/tr/a/iptal']);
    expect(find(trIndex, 'iptal')).toEqual(['/tr/a/iptal']);
    expect(find(trIndex, 'işlemi')).toEqual(['/tr/a/iptal']); // page text: "İŞLEMİ"
    expect(find(trIndex, 'KIRACI').sort()).toEqual(['/tr/a/tasima', '/tr/a/yeni-kiraci']);
    expect(find(trIndex, 'kırmızı')).toEqual(['/tr/a/sozlesme']); // page text: "KIRMIZI"
    expect(find(trIndex, 'ıslak')).toEqual(['/tr/a/sozlesme']);
  });

  it('finds words typed without Turkish letters and English words in Turkish text', () => {
    expect(find(trIndex, 'kiraci').sort()).toEqual(['/tr/a/tasima', '/tr/a/yeni-kiraci']);
    expect(find(trIndex, 'tasima')).toEqual(['/tr/a/tasima']);
    expect(find(trIndex, 'INTUNE')).toEqual(['/tr/a/yeni-kiraci']);
    expect(find(trIndex, 'intune')).toEqual(['/tr/a/yeni-kiraci']);
  });

  it('finds a word still being typed by its beginning', () => {
    expect(find(trIndex, 'lisansl', {typing: true})).toEqual(['/tr/a/tasima']);
    expect(find(trIndex, 'kirac', {typing: true}).sort()).toEqual([
      '/tr/a/tasima',
      '/tr/a/yeni-kiraci',
    ]);
  });

  it('ignores punctuation around typed words and finds nothing for unrelated words', () => {
    expect(find(trIndex, '(kiracı),').sort()).toEqual(['/tr/a/tasima', '/tr/a/yeni-kiraci']);
    expect(find(trIndex, 'fatura kiracı')).toEqual([]);
    expect(find(trIndex, 'license')).toEqual([]);
  });

  it('records hit positions in the original text, after an İ too', () => {
    const text = 'İPTAL İŞLEMİ: aboneliği iptal etmeden önce faturanızı indirin.';
    const [result] = trIndex.query((q) =>
      q.term('iptal', {presence: lunr.Query.presence.REQUIRED}),
    );
    const positions = Object.values(result?.matchData.metadata ?? {}).flatMap(
      (m) => (m as {t: {position: [number, number][]}}).t.position,
    );
    expect(positions.map(([start, length]) => text.slice(start, start + length)).sort()).toEqual([
      'iptal',
      'İPTAL',
    ]);
    const tokens = turkishTokenizer(lunr)(text);
    expect(tokens.map((t) => t.toString()).slice(0, 3)).toEqual(['iptal', 'işlemi:', 'aboneliği']);
  });
});

describe('English index', () => {
  it('finds singular and plural forms, in any case', () => {
    expect(find(enIndex, 'licenses').sort()).toEqual(['/a/moving', '/a/remove']);
    expect(find(enIndex, 'License').sort()).toEqual(['/a/moving', '/a/remove']);
    expect(find(enIndex, 'subscriptions')).toEqual(['/a/cancel']);
    expect(find(enIndex, 'kiracı')).toEqual([]);
  });
});

describe('index coverage', () => {
  const parts = [{documents: documents('tr'), index: {}}];

  it('passes when every page of the version is indexed', () => {
    expect(() =>
      assertAllPagesIndexed(parts, ['/tr/a/tasima', '/tr/a/iptal'], 'tr/current'),
    ).not.toThrow();
  });

  it('fails naming the index and the missing page (e.g. a noindex page dropped)', () => {
    expect(() =>
      assertAllPagesIndexed(
        parts,
        ['/tr/a/tasima', '/tr/a/noindex-page'],
        'tr/current (search-index.json)',
      ),
    ).toThrow('Search index tr/current (search-index.json) lacks 1 page(s): /tr/a/noindex-page');
  });

  it('refuses a locale it has no analysis for', () => {
    expect(searchLocale('tr')).toBe('tr');
    expect(() => searchLocale('de')).toThrow('Search: no analysis for locale "de"');
  });
});

describe('keyboard shortcut', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });
  it('is Ctrl+K or ⌘K, nothing else', () => {
    expect(isSearchShortcut(key('k', {ctrlKey: true}))).toBe(true);
    expect(isSearchShortcut(key('K', {metaKey: true}))).toBe(true);
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', {ctrlKey: true, shiftKey: true}))).toBe(false);
  });
});
