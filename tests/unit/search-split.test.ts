/**
 * The split search index (src/search/split-index.ts, src/plugins/search/split.ts)
 * against the whole index it replaces, on the benchmark's synthetic corpus
 * (our own sentences) in both languages:
 *
 * - result quality: the benchmark's queries (and Turkish ones with suffixes,
 *   dotted and dotless capitals, no Turkish letters) give the same top
 *   results, in the same order, with the same scores;
 * - bytes: what a first query downloads stays small and does not grow with
 *   the number of articles the way the whole index does.
 */
import {createRequire} from 'node:module';
import lunr from 'lunr';
import {beforeAll, describe, expect, it} from 'vitest';
import {
  QUERIES,
  SEED_ONLY_QUERIES,
  gzipSize,
  queryVariants,
  siteSearch,
} from '../../scripts/bench/search.mjs';
import {buildSearchIndex, type SearchLocale} from '../../src/search/lunr-analysis';
import {
  SplitSearchIndex,
  searchIndexes,
  wholeIndexSource,
  type SearchResult,
} from '../../src/search/split-index';
import {splitSearchIndex} from '../../src/plugins/search/split';
import {checkLibraryVersion} from '../../src/plugins/search/fence';
import {corpusDocuments} from './helpers/search-corpus';

/** The search box's result limit (docusaurus.config.ts, searchResultLimits). */
const LIMIT = 8;
/** The budget for a first query at 400 articles; here at 80, with room. */
const FIRST_QUERY_BUDGET = 100 * 1024;

beforeAll(() => {
  // The site's lunr with Turkish loaded and the site's query function registered.
  siteSearch();
});

interface Site {
  parts: {documents: ReturnType<typeof corpusDocuments>[number]; index: object}[];
  files: Map<string, string>;
}

const sites = new Map<string, Site>();
function site(n: number, locale: SearchLocale): Site {
  const key = `${locale}/${n}`;
  let built = sites.get(key);
  if (!built) {
    const parts = corpusDocuments(n, locale).map((documents) => ({
      documents,
      // Serialised and read back, as the build writes it and a browser reads it.
      index: JSON.parse(JSON.stringify(buildSearchIndex(lunr, documents, locale))) as object,
    }));
    built = {parts, files: splitSearchIndex(parts)};
    sites.set(key, built);
  }
  return built;
}

/** What a reader sees of the results: which documents, in which order, how scored. */
const shown = (results: SearchResult[]) =>
  results.slice(0, 5).map((r) => ({
    type: r.type,
    id: r.document.i,
    page: r.page ? r.page.t : null,
    score: r.score.toFixed(6),
  }));

async function splitSearch(
  {files}: Site,
  typed: string,
): Promise<{results: SearchResult[]; fetched: string[]}> {
  const fetched: string[] = [];
  const index = new SplitSearchIndex(lunr, (name) => {
    fetched.push(name);
    return Promise.resolve(JSON.parse(files.get(name)!) as unknown);
  });
  return {results: await searchIndexes(index, queryVariants(lunr, typed), LIMIT), fetched};
}

describe.each(['en', 'tr'] as const)('split index, %s', (locale) => {
  it.each(QUERIES[locale])('"%s" gives the whole index’s top results', async (typed) => {
    const corpus = site(40, locale);
    const whole = await searchIndexes(
      wholeIndexSource(lunr, corpus.parts),
      queryVariants(lunr, typed),
      LIMIT,
    );
    const {results, fetched} = await splitSearch(corpus, typed);
    expect(shown(results)).toEqual(shown(whole));
    expect(results.map((r) => r.document.u)).toEqual(whole.map((r) => r.document.u));
    // Fewer files than the whole index has: the point of splitting.
    expect(fetched.length).toBeLessThan(corpus.files.size);
  });

  it('the queries find something (the comparison is not of empty lists)', async () => {
    for (const typed of QUERIES[locale].filter((q) => !SEED_ONLY_QUERIES.includes(q))) {
      const {results} = await splitSearch(site(40, locale), typed);
      expect(results.length, `"${typed}" finds something`).toBeGreaterThan(0);
    }
  });

  it('a first query downloads a small part of the index, and no more with 8 times the articles', async () => {
    const bytes = async (n: number) => {
      const corpus = site(n, locale);
      const first = await Promise.all(
        QUERIES[locale].map(async (typed) =>
          (await splitSearch(corpus, typed)).fetched.reduce(
            (sum, name) => sum + gzipSize(corpus.files.get(name)!),
            0,
          ),
        ),
      );
      const whole = gzipSize(JSON.stringify(corpus.parts));
      return {first: Math.max(...first), whole};
    };
    const small = await bytes(10);
    const large = await bytes(80);
    expect(large.first).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
    expect(large.first, 'a first query fetches part of the index').toBeLessThan(large.whole / 4);
    // The whole index grows with the articles; a first query's bytes much less.
    expect(large.whole / small.whole).toBeGreaterThan(4);
    expect(large.first / small.first).toBeLessThan(2.5);
  });
});

describe('the fence around the search library’s browser files', () => {
  it('accepts the installed library and stops at a version it was not written for', () => {
    const installed = (
      createRequire(__filename)('@easyops-cn/docusaurus-search-local/package.json') as {
        version: string;
      }
    ).version;
    expect(() => checkLibraryVersion(installed)).not.toThrow();
    expect(() => checkLibraryVersion('0.99.0')).toThrow(/0\.99\.0 is installed.*split-worker\.ts/s);
  });
});
