#!/usr/bin/env node
/**
 * Search benchmark over a production build: index size per locale and
 * version, and query time against the built indexes.
 *
 * In: a build directory (default `build/`). Out: one row per index
 * (locale, version, pages, bytes, gzip bytes) and per query (median and p95
 * milliseconds over --runs repetitions), as a table or, with --json, JSON.
 *
 * Queries run in Node on the built index files, with the site's own analysis
 * (src/search/lunr-analysis.ts) and the lunr query variants the search
 * library's browser worker issues for a typed text: every word required,
 * exact and, for the last word, as a prefix, each without and with a
 * one-letter fuzzy match. Browser overhead (worker messages, rendering) is
 * not included.
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

/** Queries a reader types, per locale. */
export const QUERIES = {
  en: ['license', 'licenses', 'transfer tenants', 'cancel subscription', 'mailbox'],
  tr: ['lisans', 'kiracı', 'İPTAL', 'KIRACI', 'posta kutusu'],
};

/** Every search-index.json under dir, with its locale and version. */
export function findIndexes(dir) {
  const found = [];
  for (const file of fs.readdirSync(dir, {recursive: true})) {
    if (path.basename(String(file)) !== 'search-index.json') continue;
    const parts = path
      .dirname(String(file))
      .split(path.sep)
      .filter((p) => p && p !== '.');
    const locale = parts[0] === 'tr' ? 'tr' : 'en';
    const rest = locale === 'tr' ? parts.slice(1) : parts;
    found.push({locale, version: rest.join('/') || 'current', file: path.join(dir, String(file))});
  }
  return found.sort((a, b) => `${a.locale}/${a.version}`.localeCompare(`${b.locale}/${b.version}`));
}

/** The lunr queries the library's worker runs for a typed text. */
function queryVariants(typed) {
  const words = typed.toLowerCase().match(/[^-\s]+/g) ?? [];
  const variants = [];
  for (const fuzzy of [0, 1]) {
    for (const typing of [false, true]) {
      variants.push((q) =>
        words.forEach((word, k) =>
          q.term(word, {
            presence: lunr.Query.presence.REQUIRED,
            wildcard:
              typing && k === words.length - 1
                ? lunr.Query.wildcard.TRAILING
                : lunr.Query.wildcard.NONE,
            ...(fuzzy && word.length > fuzzy ? {editDistance: fuzzy} : {}),
          }),
        ),
      );
    }
  }
  return variants;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function benchSearch({dir = path.join(siteDir, 'build'), runs = 30} = {}) {
  const jiti = createJiti(import.meta.url);
  const {registerTurkishQuery} = jiti(path.join(siteDir, 'src/search/lunr-analysis.ts'));
  stemmerSupport(lunr);
  lunrTurkish(lunr);
  registerTurkishQuery(lunr);

  const indexes = [];
  const queries = [];
  for (const {locale, version, file} of findIndexes(dir)) {
    const raw = fs.readFileSync(file);
    const parts = JSON.parse(raw.toString('utf8'));
    const started = performance.now();
    const loaded = parts.map((part) => lunr.Index.load(part.index));
    const loadMs = performance.now() - started;
    indexes.push({
      locale,
      version,
      pages: parts[0]?.documents.length ?? 0,
      bytes: raw.length,
      gzipBytes: zlib.gzipSync(raw, {level: 9}).length,
      loadMs: Number(loadMs.toFixed(1)),
    });
    for (const typed of QUERIES[locale]) {
      const variants = queryVariants(typed);
      const times = [];
      let hits = 0;
      // A few untimed rounds first, so the JIT has compiled lunr's query path.
      for (let warm = 0; warm < 3; warm++)
        for (const variant of variants) for (const index of loaded) index.query(variant);
      for (let run = 0; run < runs; run++) {
        const t0 = performance.now();
        hits = 0;
        for (const variant of variants)
          for (const index of loaded) hits += index.query(variant).length;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      queries.push({
        locale,
        version,
        query: typed,
        hits,
        medianMs: Number(percentile(times, 50).toFixed(2)),
        p95Ms: Number(percentile(times, 95).toFixed(2)),
      });
    }
  }
  return {indexes, queries};
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
    console.error(`No search-index.json under ${dir}.`);
    process.exit(1);
  }
  if (options.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.table(result.indexes);
    console.table(result.queries);
  }
}
