/**
 * Lighthouse (mobile, its default: Moto G-class device, simulated slow 4G)
 * on one page, several runs, median per category.
 *
 * In:  a URL (the page served compressed by scripts/serve.mjs) and a number
 *      of runs.
 * Out: for each category (performance, accessibility, best practices, SEO)
 *      the median score of the runs (0-100), the median of the main
 *      performance metrics, and the failing audits of the median run with
 *      where its main thread went (`costs`: milliseconds under the mobile
 *      CPU slowdown by kind of work from `mainthread-work-breakdown`, by
 *      script from `bootup-time`, and the long tasks), and the machine's
 *      load average when the runs started and ended (the scores are
 *      comparable only at similar load).
 *
 * Chromium and its flags: scripts/chromium.mjs (else whatever chrome-launcher finds).
 *
 * Alone: `node scripts/bench/lighthouse.mjs <url> [--runs 3] [--trace file.json]`
 * prints the scores, metrics and costs as JSON; --trace also writes the median
 * run's Chromium trace (open it in the browser's Performance panel).
 * `node scripts/bench/lighthouse.mjs --compare name=<url> name=<url>... [--runs 3]`
 * runs the pages in turn, one run each per round (so a change in the
 * machine's load falls on all of them alike), and prints for each its median
 * scores and metrics and the load average over its runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import {parseArgs} from 'node:util';
import {fileURLToPath} from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_FLAGS, chromiumPath} from '../chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

const round = (ms) => Math.round(ms ?? 0);

/** Where the main thread of one run went, in milliseconds (Lighthouse's figures, CPU slowdown applied). */
function mainThreadCosts(lhr) {
  const byKind = lhr.audits['mainthread-work-breakdown']?.details?.items ?? [];
  const byScript = lhr.audits['bootup-time']?.details?.items ?? [];
  const longTasks = lhr.audits['long-tasks']?.details?.items ?? [];
  return {
    total: round(lhr.audits['mainthread-work-breakdown']?.numericValue),
    byKind: Object.fromEntries(byKind.map((i) => [i.groupLabel ?? i.group, round(i.duration)])),
    byScript: byScript.map((i) => ({
      url: i.url,
      total: round(i.total),
      scripting: round(i.scripting),
      parse: round(i.scriptParseCompile),
    })),
    longTasks: longTasks.map((t) => ({
      url: t.url,
      start: round(t.startTime),
      ms: round(t.duration),
    })),
  };
}

/**
 * Lighthouse runs of one page in one Chromium, each run a fresh navigation.
 * @param {string} url
 * @param {number} runs
 * @param {boolean} keepTraces
 * @returns {Promise<{results: any[], traces: Map<any, unknown>}>}
 */
async function collectRuns(url, runs, keepTraces) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  const results = [];
  const traces = new Map();
  try {
    for (let run = 0, attempt = 1; run < runs; attempt++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const {lhr} = result;
      // Chromium sometimes starts the page before its trace does: that run
      // is measured again (twice at most), not counted.
      if (lhr.runtimeError?.code === 'NO_NAVSTART' && attempt < 3) {
        console.error(`Lighthouse on ${url}: NO_NAVSTART, again`);
        continue;
      }
      if (lhr.runtimeError)
        throw new Error(
          `Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
        );
      run++;
      attempt = 0;
      results.push(lhr);
      if (keepTraces)
        traces.set(lhr, result.artifacts.Trace ?? result.artifacts.traces?.defaultPass);
    }
  } finally {
    chrome.kill();
  }
  return {results, traces};
}

/**
 * Medians of a page's runs, and the failing audits and main-thread costs of
 * its median run (by performance score).
 * @param {string} url
 * @param {any[]} results
 * @param {number[]} loadAverage
 * @param {{traces?: Map<any, unknown>, traceFile?: string}} [options]
 */
function summarize(url, results, loadAverage, {traces, traceFile} = {}) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      median(results.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100))),
    ]),
  );
  const metrics = Object.fromEntries(
    METRICS.map((m) => [m, median(results.map((r) => r.audits[m]?.numericValue ?? NaN))]),
  );
  // The run whose performance score is the median: its failing audits explain the scores.
  const byPerf = [...results].sort(
    (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
  );
  const mid = byPerf[Math.floor((byPerf.length - 1) / 2)];
  if (!mid) throw new Error(`Lighthouse: no run of ${url}`);
  const failing = Object.values(mid.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 0.9 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'notApplicable' &&
        a.scoreDisplayMode !== 'manual',
    )
    .map((a) => a.id);
  if (traceFile && traces) fs.writeFileSync(traceFile, JSON.stringify(traces.get(mid)));
  return {
    url,
    runs: results.length,
    scores,
    metrics,
    failing,
    costs: mainThreadCosts(mid),
    loadAverage,
    totalByteWeight: mid.audits['total-byte-weight']?.numericValue,
  };
}

/**
 * @param {string} url
 * @param {{runs?: number, traceFile?: string}} [options] traceFile: where to
 *   write the median run's trace
 */
export async function runLighthouse(url, {runs = 3, traceFile} = {}) {
  const loadAverage = [os.loadavg()[0] ?? 0];
  const {results, traces} = await collectRuns(url, runs, Boolean(traceFile));
  loadAverage.push(os.loadavg()[0] ?? 0);
  return summarize(url, results, loadAverage, {traces, traceFile});
}

/**
 * Lighthouse on several pages alternating: round after round, one run of
 * each page, so a change in the machine's load falls on all of them alike.
 * Out: per name, what runLighthouse() gives for the page (loadAverage: the
 * lowest and highest at the start of its runs), with each run's performance
 * score, total blocking time and load average.
 * @param {Record<string, string>} pages name -> URL
 * @param {{runs?: number}} [options]
 */
export async function alternateLighthouse(pages, {runs = 3} = {}) {
  const names = Object.keys(pages);
  /** @type {Record<string, {results: any[], loads: number[]}>} */
  const byName = Object.fromEntries(names.map((name) => [name, {results: [], loads: []}]));
  for (let turn = 0; turn < runs; turn++) {
    for (const name of names) {
      const entry = byName[name];
      entry?.loads.push(Math.round((os.loadavg()[0] ?? 0) * 10) / 10);
      const {results} = await collectRuns(/** @type {string} */ (pages[name]), 1, false);
      entry?.results.push(...results);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const {results, loads} = /** @type {{results: any[], loads: number[]}} */ (byName[name]);
      return [
        name,
        {
          ...summarize(/** @type {string} */ (pages[name]), results, [
            Math.min(...loads),
            Math.max(...loads),
          ]),
          performanceRuns: results.map((r) =>
            Math.round((r.categories.performance?.score ?? 0) * 100),
          ),
          tbtRuns: results.map((r) => round(r.audits['total-blocking-time']?.numericValue)),
          loadAverageRuns: loads,
        },
      ];
    }),
  );
}

/**
 * alternateLighthouse() in short: per name, the median scores and metrics
 * (whole milliseconds), each run's score and TBT, the load average per run.
 * @param {Record<string, string>} pages name -> URL
 * @param {{runs?: number}} [options]
 */
export async function compareLighthouse(pages, {runs = 3} = {}) {
  const byName = await alternateLighthouse(pages, {runs});
  return Object.fromEntries(
    Object.entries(byName).map(([name, r]) => [
      name,
      {
        url: r.url,
        runs: r.runs,
        scores: r.scores,
        metrics: Object.fromEntries(METRICS.map((m) => [m, round(r.metrics[m])])),
        performanceRuns: r.performanceRuns,
        tbtRuns: r.tbtRuns,
        loadAverage: r.loadAverageRuns,
      },
    ]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {values, positionals} = parseArgs({
    options: {
      runs: {type: 'string', default: '1'},
      trace: {type: 'string'},
      compare: {type: 'boolean', default: false},
    },
    allowPositionals: true,
  });
  if (values.compare) {
    const pages = Object.fromEntries(
      positionals.map((p) => {
        const at = p.indexOf('=');
        if (at < 1) throw new Error(`--compare takes name=url, not ${p}`);
        return [p.slice(0, at), p.slice(at + 1)];
      }),
    );
    const result = await compareLighthouse(pages, {runs: Number(values.runs)});
    console.log(JSON.stringify(result, null, 2));
    process.exit(0);
  }
  const [url] = positionals;
  if (!url)
    throw new Error('usage: node scripts/bench/lighthouse.mjs <url> [--runs n] [--trace file]');
  const result = await runLighthouse(url, {runs: Number(values.runs), traceFile: values.trace});
  console.log(JSON.stringify(result, null, 2));
}
