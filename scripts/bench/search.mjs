#!/usr/bin/env node
/**
 * Search benchmark over a production build: per locale and version, the
 * split search index (src/search/split-index.ts) and what a reader's first
 * query downloads from it; query times.
 *
 * In: a build directory (default `build/`). Out: one row per index (locale,
 * version, pages, files, bytes and gzip bytes of all its files, of its
 * manifest) and per query (bytes a first query fetches, gzip, with the
 * manifest; files; hits; median and p95 milliseconds over --runs
 * repetitions), as a table or, with --json, JSON.
 *
 * Queries run in Node on the built files, with the site's own analysis
 * (src/search/lunr-analysis.ts) and client (split-index.ts), as the lunr
 * queries the search library's browser worker issues for a typed text:
 * every word required, exact and, for the last word, as a prefix, each
 * without and with a one-letter fuzzy match. Browser overhead (worker
 * messages, network, rendering) is not included. Gzip is level 6, what
 * `npm run serve` and common hosts send.
 *
 * Usage: node scripts/bench/search.mjs [--dir build] [--runs 30] [--json]
 * Also exported as benchSearch({dir, runs}) for `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import createJiti from 'jiti';
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrTurkish from 'lunr-languages/lunr.tr.js';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Queries a reader types, per locale: the issue's, and in Turkish suffixes,
 * dotted and dotless capitals, a word typed without Turkish letters.
 */
export const QUERIES = {
  en: [
    'license',
    'licenses',
    'transfer tenants',
    'cancel subscription',
    'mailbox',
    'billing',
    'payment',
  ],
  tr: [
    'lisans',
    'kiracı',
    'İPTAL',
    'KIRACI',
    'posta kutusu',
    'lisansları',
    'aboneliğinizi',
    'IPTAL',
    'YÖNETİCİ',
    'Yonetici',
    'ödeme',
  ],
};

/** Queries about the real site's article (tenants), which the synthetic corpus doesn't have. */
export const SEED_ONLY_QUERIES = ['transfer tenants', 'kiracı', 'KIRACI'];

/** The folder of every split search index under dir, with its locale and version. */
export function findIndexes(dir) {
  const found = [];
  for (const file of fs.readdirSync(dir, {recursive: true})) {
    if (path.basename(String(file)) !== 'manifest.json') continue;
    if (path.basename(path.dirname(String(file))) !== 'search-index') continue;
    const parts = path
      .dirname(path.dirname(String(file)))
      .split(path.sep)
      .filter((p) => p && p !== '.');
    const locale = parts[0] === 'tr' ? 'tr' : 'en';
    const rest = locale === 'tr' ? parts.slice(1) : parts;
    found.push({
      locale,
      version: rest.join('/') || 'current',
      folder: path.join(dir, path.dirname(String(file))),
    });
  }
  return found.sort((a, b) => `${a.locale}/${a.version}`.localeCompare(`${b.locale}/${b.version}`));
}

/**
 * The lunr queries the library's worker runs for a typed text (its
 * smartQueries for words without stop words), as SmartQuery objects.
 * @param {typeof lunr} lunrInstance
 * @param {string} typed
 */
export function queryVariants(lunrInstance, typed) {
  const words = typed.toLowerCase().match(/[^-\s]+/g) ?? [];
  const variants = [];
  for (const fuzzy of [0, 1]) {
    for (const typing of [false, true]) {
      if (fuzzy && !words.some((w) => w.length > fuzzy)) continue;
      variants.push({
        tokens: words,
        term: words.map((value, k) => ({
          value,
          presence: lunrInstance.Query.presence.REQUIRED,
          wildcard:
            typing && k === words.length - 1
              ? lunrInstance.Query.wildcard.TRAILING
              : lunrInstance.Query.wildcard.NONE,
          editDistance: fuzzy && value.length > fuzzy ? fuzzy : undefined,
        })),
      });
    }
  }
  return variants;
}

/** The site's lunr (Turkish support, query function) and split-index client, loaded once. */
let loaded;
export function siteSearch() {
  if (loaded) return loaded;
  const jiti = createJiti(import.meta.url);
  const {registerTurkishQuery} = jiti(path.join(siteDir, 'src/search/lunr-analysis.ts'));
  stemmerSupport(lunr);
  lunrTurkish(lunr);
  registerTurkishQuery(lunr);
  loaded = {lunr, ...jiti(path.join(siteDir, 'src/search/split-index.ts'))};
  return loaded;
}

export const gzipSize = (text) => zlib.gzipSync(text, {level: 6}).length;

/**
 * A first query on a fresh page: the files it fetches (the manifest first),
 * their gzip bytes, and the results.
 * @param {(name: string) => string} readFile text of a file of the index folder
 * @param {string} typed
 * @param {number} [limit] the search box's result limit (docusaurus.config.ts)
 */
export async function firstQuery(readFile, typed, limit = 8) {
  const {lunr: site, SplitSearchIndex, searchIndexes} = siteSearch();
  const fetched = [];
  const index = new SplitSearchIndex(site, async (name) => {
    fetched.push(name);
    return JSON.parse(readFile(name));
  });
  const results = await searchIndexes(index, queryVariants(site, typed), limit);
  return {
    results,
    fetched,
    gzipBytes: fetched.reduce((sum, name) => sum + gzipSize(readFile(name)), 0),
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function benchSearch({dir = path.join(siteDir, 'build'), runs = 30} = {}) {
  const {lunr: site, SplitSearchIndex, searchIndexes} = siteSearch();
  const indexes = [];
  const queries = [];
  for (const {locale, version, folder} of findIndexes(dir)) {
    const files = new Map(
      fs
        .readdirSync(folder)
        .map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]),
    );
    /** @param {string} name */
    const readFile = (name) => {
      const text = files.get(name);
      if (text === undefined) throw new Error(`${folder}: no file ${name}`);
      return text;
    };
    const texts = [...files.values()];
    indexes.push({
      locale,
      version,
      pages: pagesOf(files),
      files: files.size,
      bytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
      gzipBytes: texts.reduce((sum, t) => sum + gzipSize(t), 0),
      manifestGzipBytes: gzipSize(readFile('manifest.json')),
    });
    for (const typed of QUERIES[locale]) {
      const first = await firstQuery(readFile, typed);
      // Timed on a loaded index (as a reader's later queries): lunr's work, not the download.
      const index = new SplitSearchIndex(site, async (name) => JSON.parse(readFile(name)));
      const variants = queryVariants(site, typed);
      for (let warm = 0; warm < 3; warm++) await searchIndexes(index, variants, 8);
      const times = [];
      for (let run = 0; run < runs; run++) {
        const t0 = performance.now();
        await searchIndexes(index, variants, 8);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      queries.push({
        locale,
        version,
        query: typed,
        hits: first.results.length,
        firstQueryGzipBytes: first.gzipBytes,
        files: first.fetched.length,
        medianMs: Number(percentile(times, 50).toFixed(2)),
        p95Ms: Number(percentile(times, 95).toFixed(2)),
      });
    }
  }
  return {indexes, queries};
}

/** Pages of an index: its title documents (type 0) across the document chunks. */
function pagesOf(files) {
  let pages = 0;
  for (const [name, text] of files) {
    if (/-d\d+\.json$/.test(name)) pages += JSON.parse(text).filter(([type]) => type === 0).length;
  }
  return pages;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values: options} = parseArgs({
    options: {
      dir: {type: 'string', default: path.join(siteDir, 'build')},
      runs: {type: 'string', default: '30'},
      json: {type: 'boolean', default: false},
    },
  });
  const dir = path.resolve(options.dir);
  if (!fs.existsSync(dir)) {
    console.error(`No build in ${dir}: run "npm run build" first.`);
    process.exit(1);
  }
  const result = await benchSearch({dir, runs: Number(options.runs)});
  if (result.indexes.length === 0) {
    console.error(`No search-index/manifest.json under ${dir}.`);
    process.exit(1);
  }
  if (options.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.table(result.indexes);
    console.table(result.queries);
  }
}
