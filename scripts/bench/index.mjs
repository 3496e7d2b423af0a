#!/usr/bin/env node
/**
 * `npm run bench`: this site against stock Docusaurus, on the same content.
 *
 * For N = 1 (the real site) and each N asked for (default 100 and 400
 * articles per locale, two locales, two versions), in throw-away copies:
 *   - ours:  this repository + the synthetic corpus (scripts/bench/corpus.mjs);
 *   - stock: the same content under a stock configuration (classic preset,
 *            webpack; scripts/bench/site.mjs).
 * Each is built cold (no caches) then warm (caches of the cold build), with
 * wall time and peak memory; then its output size, and for an English and a
 * Turkish article page served compressed (scripts/serve.mjs): HTML and
 * JavaScript gzip bytes and requests at load (scripts/bench/page-weight.mjs).
 * At the largest N: Lighthouse mobile on both pages, median of --runs, and
 * the search benchmark (scripts/bench/search.mjs) when the site has one.
 * Our pages (at the largest N and N=1) run alternating with their no-script
 * control (scripts/bench/no-script.mjs), the floor their scripts add to.
 * On the real site (N=1): the served build under load beside a plain static
 * server (scripts/bench/load.mjs; --no-load to leave out).
 *
 * Out: tables on stdout (ours, stock, ratio), the budgets and targets of
 * scripts/bench/budgets.json with pass/fail, and every figure as JSON in
 * the work directory (results.json) and in --out if given.
 *
 * Usage: npm run bench -- [--n 100,400] [--runs 3] [--no-stock]
 *          [--no-lighthouse] [--no-tests] [--no-load] [--keep] [--out results.json] [--strict]
 * Site copies go to the OS temp folder and are removed (kept with --keep);
 * results.json goes to BENCH_DIR (default: a new folder there too), updated
 * after each build. The copies' node_modules link to this checkout's: leave
 * the checkout alone while the benchmark runs.
 * --strict exits 1 when a budget or target is missed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import {copySite, makeStockSite, build, dirSize, REPO} from './site.mjs';
import {writeCorpus} from './corpus.mjs';
import {weighPage, kib} from './page-weight.mjs';
import {startServer} from './server.mjs';
import {alternateLighthouse, runLighthouse} from './lighthouse.mjs';
import {writeNoScriptPage} from './no-script.mjs';
import {CHROMIUM_FLAGS, chromiumPath} from '../chromium.mjs';
import {budgets, targets, ARTICLE, articlePath} from './budgets.mjs';
import {checkSite, testSuiteTable} from './test-suite.mjs';
import {benchLoad, loadChecks, loadReport} from './load.mjs';

const PAGES = {en: articlePath('en'), tr: articlePath('tr')};

const {values: options} = parseArgs({
  options: {
    n: {type: 'string', default: '100,400'},
    runs: {type: 'string', default: '3'},
    'no-stock': {type: 'boolean', default: false},
    'no-lighthouse': {type: 'boolean', default: false},
    keep: {type: 'boolean', default: false},
    strict: {type: 'boolean', default: false},
    'no-tests': {type: 'boolean', default: false},
    'no-load': {type: 'boolean', default: false},
    out: {type: 'string'},
  },
});

const sizes = [
  1,
  ...options.n
    .split(',')
    .map(Number)
    .filter((n) => n > 1),
];
const runs = Number(options.runs);
const withStock = !options['no-stock'];
const withLighthouse = !options['no-lighthouse'];
const maxN = Math.max(...sizes);
const work = process.env.BENCH_DIR
  ? path.resolve(process.env.BENCH_DIR)
  : fs.mkdtempSync(path.join(os.tmpdir(), 'licensing-bench-'));
fs.mkdirSync(work, {recursive: true});

const log = (...parts) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const loads = [];
const sampleLoad = () => loads.push(os.loadavg()[0]);

/** Weighs the article pages of a build in a fresh browser context each. */
async function weighBuild(browser, origin) {
  const pages = {};
  for (const [locale, pagePath] of Object.entries(PAGES)) {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    try {
      const page = await context.newPage();
      const w = await weighPage(page, `${origin}${pagePath}`);
      pages[locale] = {
        htmlGz: w.html.gz,
        jsGz: w.js.gz,
        jsRunGz: w.jsRun.gz,
        jsPrefetchedGz: w.jsPrefetched.gz,
        cssGz: w.css.gz,
        requests: w.requests,
      };
    } finally {
      await context.close();
    }
  }
  return pages;
}

async function measureSite(kind, n, siteDir, browser) {
  log(`${kind} N=${n}: cold build`);
  sampleLoad();
  const cold = await build(siteDir, {cold: true});
  log(`${kind} N=${n}: warm build`);
  sampleLoad();
  const warm = await build(siteDir, {cold: false});
  sampleLoad();
  const buildDir = path.join(siteDir, 'build');
  const output = dirSize(buildDir);
  const server = await startServer(buildDir);
  try {
    const pages = await weighBuild(browser, server.origin);
    const row = {
      kind,
      n,
      coldSeconds: cold.seconds,
      coldCpuSeconds: cold.cpuSeconds,
      warmSeconds: warm.seconds,
      warmCpuSeconds: warm.cpuSeconds,
      peakMemoryMB: Math.max(cold.peakMemoryMB, warm.peakMemoryMB),
      treePeakMemoryMB: Math.max(cold.treePeakMemoryMB ?? 0, warm.treePeakMemoryMB ?? 0),
      outputBytes: output.bytes,
      outputFiles: output.files,
      pages,
    };
    // Lighthouse at the largest N, and on the real site (ours) for its own target.
    if (withLighthouse && (n === maxN || (n === 1 && kind === 'ours'))) {
      row.lighthouse = {};
      if (kind === 'ours') row.lighthouseNoScript = {};
      for (const [locale, pagePath] of Object.entries(PAGES)) {
        const url = `${server.origin}${pagePath}`;
        if (kind !== 'ours') {
          log(`${kind} N=${n}: Lighthouse ${locale} x${runs}`);
          row.lighthouse[locale] = await runLighthouse(url, {runs});
          continue;
        }
        // Our page alternating with its control, the same page without scripts
        // (scripts/bench/no-script.mjs): what the scripts add to the floor.
        log(
          `${kind} N=${n}: Lighthouse ${locale} x${runs}, alternating with its no-script control`,
        );
        const control = `${server.origin}${writeNoScriptPage(buildDir, pagePath)}`;
        const both = await alternateLighthouse({page: url, control}, {runs});
        row.lighthouse[locale] = both.page;
        row.lighthouseNoScript[locale] = both.control;
      }
    }
    if (n === maxN && kind === 'ours') row.search = await searchBench(buildDir);
    return row;
  } finally {
    await server.stop();
  }
}

/**
 * Search figures from scripts/bench/search.mjs (the search feature's own
 * benchmark) when the site has it: `benchSearch({dir})` returns index sizes
 * per locale and version and query times.
 */
async function searchBench(buildDir) {
  const script = path.join(REPO, 'scripts', 'bench', 'search.mjs');
  if (!fs.existsSync(script)) return {skipped: 'scripts/bench/search.mjs not present'};
  const mod = await import(script);
  if (typeof mod.benchSearch !== 'function')
    return {skipped: 'scripts/bench/search.mjs exports no benchSearch()'};
  log('search benchmark');
  return mod.benchSearch({dir: buildDir, runs: 30});
}

// ---------------------------------------------------------------- report

const fmt = {
  s: (v) => (v === undefined ? '-' : `${v.toFixed(1)} s`),
  mb: (v) => (v === undefined ? '-' : `${Math.round(v)} MB`),
  kib: (v) => (v === undefined ? '-' : `${kib(v)} KiB`),
  ratio: (a, b) => (a === undefined || b === undefined || b === 0 ? '-' : `${(a / b).toFixed(2)}x`),
};

/** The failing audits worth reading: Lighthouse 12's "insights" repeat them. */
function shortAudits(ids) {
  const kept = ids.filter((id) => !id.endsWith('-insight'));
  return kept.length > 6
    ? `${kept.slice(0, 6).join(' ')} +${kept.length - 6}`
    : kept.join(' ') || '-';
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

function report(results) {
  const out = [];
  const byKey = (kind, n) => results.rows.find((r) => r.kind === kind && r.n === n);
  out.push(
    `## Benchmark (${results.machine.cpus} CPUs, Node ${results.machine.node}, load average ${results.machine.loadMin.toFixed(1)}-${results.machine.loadMax.toFixed(1)} during the run)`,
  );
  out.push('');
  out.push(
    "Builds: both locales, both versions, N articles per locale (ours: `npm run build`, a process per locale, the next one loading during the previous one's postBuild; CPU: all processes, user + system). Pages: the article " +
      ARTICLE +
      ', gzip bytes until hydrated.',
  );
  out.push('');
  const header = [
    'N',
    'site',
    'cold build',
    'cold CPU',
    'warm build',
    'peak memory',
    'tree peak',
    'output',
    'en HTML',
    'en JS',
    'en req',
    'tr HTML',
    'tr JS',
    'tr req',
  ];
  const rows = [];
  for (const n of sizes) {
    const ours = byKey('ours', n);
    const stock = byKey('stock', n);
    for (const r of [ours, stock]) {
      if (!r) continue;
      rows.push([
        n,
        r.kind,
        fmt.s(r.coldSeconds),
        fmt.s(r.coldCpuSeconds),
        fmt.s(r.warmSeconds),
        fmt.mb(r.peakMemoryMB),
        fmt.mb(r.treePeakMemoryMB),
        `${(r.outputBytes / 1e6).toFixed(1)} MB / ${r.outputFiles}`,
        fmt.kib(r.pages.en.htmlGz),
        fmt.kib(r.pages.en.jsGz),
        r.pages.en.requests,
        fmt.kib(r.pages.tr.htmlGz),
        fmt.kib(r.pages.tr.jsGz),
        r.pages.tr.requests,
      ]);
    }
    if (ours && stock) {
      rows.push([
        n,
        'ours/stock',
        fmt.ratio(ours.coldSeconds, stock.coldSeconds),
        fmt.ratio(ours.coldCpuSeconds, stock.coldCpuSeconds),
        fmt.ratio(ours.warmSeconds, stock.warmSeconds),
        fmt.ratio(ours.peakMemoryMB, stock.peakMemoryMB),
        fmt.ratio(ours.treePeakMemoryMB, stock.treePeakMemoryMB),
        fmt.ratio(ours.outputBytes, stock.outputBytes),
        fmt.ratio(ours.pages.en.htmlGz, stock.pages.en.htmlGz),
        fmt.ratio(ours.pages.en.jsGz, stock.pages.en.jsGz),
        fmt.ratio(ours.pages.en.requests, stock.pages.en.requests),
        fmt.ratio(ours.pages.tr.htmlGz, stock.pages.tr.htmlGz),
        fmt.ratio(ours.pages.tr.jsGz, stock.pages.tr.jsGz),
        fmt.ratio(ours.pages.tr.requests, stock.pages.tr.requests),
      ]);
    }
  }
  out.push(table(header, rows));

  out.push('');
  out.push('### Article-page JavaScript as the site grows (JS at N / JS at N=1)');
  const growthRows = [];
  for (const kind of ['ours', 'stock']) {
    const base = byKey(kind, 1);
    if (!base) continue;
    for (const n of sizes.filter((x) => x > 1)) {
      const r = byKey(kind, n);
      if (r)
        growthRows.push([
          kind,
          n,
          fmt.ratio(r.pages.en.jsGz, base.pages.en.jsGz),
          fmt.ratio(r.pages.tr.jsGz, base.pages.tr.jsGz),
        ]);
    }
  }
  out.push(table(['site', 'N', 'en', 'tr'], growthRows));

  const lhRows = [];
  /** @type {Array<[string, number]>} */
  const lhSites = [
    ['ours', maxN],
    ['stock', maxN],
  ];
  // The real site's own row, unless it is the largest N's already.
  if (maxN > 1) lhSites.push(['ours', 1]);
  for (const [kind, n] of lhSites) {
    const r = byKey(kind, n);
    for (const locale of Object.keys(PAGES)) {
      for (const [site, lh] of [
        [kind, r?.lighthouse?.[locale]],
        [`${kind}, no script`, r?.lighthouseNoScript?.[locale]],
      ]) {
        if (!lh) continue;
        lhRows.push([
          site,
          n,
          locale,
          lh.scores.performance,
          lh.scores.accessibility,
          lh.scores['best-practices'],
          lh.scores.seo,
          `${Math.round(lh.metrics['largest-contentful-paint'])} ms`,
          `${Math.round(lh.metrics['total-blocking-time'])} ms`,
          lh.metrics['cumulative-layout-shift'].toFixed(3),
          lh.loadAverage?.map((l) => l.toFixed(1)).join('-') ?? '-',
          shortAudits(lh.failing),
        ]);
      }
    }
  }
  if (lhRows.length) {
    out.push('');
    out.push(
      `### Lighthouse ${results.lighthouseVersion ?? ''} mobile, median of ${runs} (load: the machine's load average over the runs)`,
    );
    out.push(
      table(
        [
          'site',
          'N',
          'page',
          'perf',
          'a11y',
          'best pr.',
          'SEO',
          'LCP',
          'TBT',
          'CLS',
          'load',
          'audits below 0.9 (median run)',
        ],
        lhRows,
      ),
    );
    if (lhRows.some(([site]) => String(site).endsWith('no script')))
      out.push(
        '',
        '"no script": the same built page with its scripts and script preloads taken out (scripts/bench/no-script.mjs), run alternating with the page: what the page\'s own HTML and CSS cost in this browser on this machine, the floor the site\'s JavaScript adds to.',
      );
  }

  const search = byKey('ours', maxN)?.search;
  if (search) {
    out.push('');
    out.push(`### Search, N=${maxN}`);
    if (search.skipped) out.push(`skipped: ${search.skipped}`);
    else {
      out.push(
        table(
          ['locale', 'version', 'pages', 'files', 'index', 'index gz', 'manifest gz'],
          search.indexes.map((i) => [
            i.locale,
            i.version,
            i.pages,
            i.files,
            fmt.kib(i.bytes),
            fmt.kib(i.gzipBytes),
            fmt.kib(i.manifestGzipBytes),
          ]),
        ),
      );
      out.push(
        table(
          ['locale', 'version', 'query', 'hits', 'first query gz', 'files', 'median', 'p95'],
          search.queries.map((q) => [
            q.locale,
            q.version,
            q.query,
            q.hits,
            fmt.kib(q.firstQueryGzipBytes),
            q.files,
            `${q.medianMs} ms`,
            `${q.p95Ms} ms`,
          ]),
        ),
      );
    }
  }

  out.push('');
  out.push('### Budgets and targets (scripts/bench/budgets.json)');
  const checks = evaluate(results);
  out.push(
    table(
      ['check', 'limit', 'measured', ''],
      checks.map((c) => [
        c.name,
        c.limit,
        c.measured,
        c.pass === undefined ? 'n/a' : c.pass ? 'pass' : 'FAIL',
      ]),
    ),
  );
  return {text: out.join('\n'), checks};
}

function evaluate(results) {
  const byKey = (kind, n) => results.rows.find((r) => r.kind === kind && r.n === n);
  const checks = [];
  const ours1 = byKey('ours', 1);
  const oursMax = byKey('ours', maxN);
  const stockMax = byKey('stock', maxN);
  const [b, t] = [budgets, targets];
  if (ours1) {
    const worst = Math.max(ours1.pages.en.jsGz, ours1.pages.tr.jsGz);
    checks.push({
      name: 'article JS at N=1 (real site, budget)',
      limit: `<= ${b.articleJsKiB} KiB`,
      measured: fmt.kib(worst),
      pass: worst <= b.articleJsKiB * 1024,
    });
    if (t.articleJsKiB)
      checks.push({
        name: 'article JS at N=1 (real site, target)',
        limit: `<= ${t.articleJsKiB} KiB`,
        measured: fmt.kib(worst),
        pass: worst <= t.articleJsKiB * 1024,
      });
  }
  if (ours1 && oursMax && maxN === 400) {
    const growth = Math.max(
      oursMax.pages.en.jsGz / ours1.pages.en.jsGz,
      oursMax.pages.tr.jsGz / ours1.pages.tr.jsGz,
    );
    checks.push({
      name: 'article JS at N=400 / N=1 (budget)',
      limit: `<= ${b.articleJsGrowthN400}x`,
      measured: `${growth.toFixed(2)}x`,
      pass: growth <= b.articleJsGrowthN400,
    });
    checks.push({
      name: 'article JS at N=400 / N=1 (target)',
      limit: `<= ${t.articleJsGrowthN400}x`,
      measured: `${growth.toFixed(2)}x`,
      pass: growth <= t.articleJsGrowthN400,
    });
  }
  if (oursMax && stockMax) {
    const ratio = oursMax.coldSeconds / stockMax.coldSeconds;
    checks.push({
      name: `cold build at N=${maxN} vs stock webpack`,
      limit: `<= ${t.coldBuildVsStockWebpackN400}x`,
      measured: `${ratio.toFixed(2)}x`,
      pass: ratio <= t.coldBuildVsStockWebpackN400,
    });
  }
  const searchQueries = oursMax?.search?.queries;
  if (searchQueries?.length && t.searchFirstQueryKiB) {
    // What a reader's first search downloads of the index (scripts/bench/search.mjs).
    const worst = Math.max(...searchQueries.map((q) => q.firstQueryGzipBytes));
    checks.push({
      name: `search: first query's index bytes at N=${maxN}`,
      limit: `<= ${t.searchFirstQueryKiB} KiB`,
      measured: fmt.kib(worst),
      pass: worst <= t.searchFirstQueryKiB * 1024,
    });
  }
  if (oursMax && stockMax && oursMax.treePeakMemoryMB && stockMax.treePeakMemoryMB) {
    const ratio = oursMax.treePeakMemoryMB / stockMax.treePeakMemoryMB;
    checks.push({
      name: `build memory at N=${maxN} vs stock webpack (tree peak)`,
      limit: `<= ${t.buildMemoryVsStockWebpackN400}x`,
      measured: `${ratio.toFixed(2)}x`,
      pass: ratio <= t.buildMemoryVsStockWebpackN400,
    });
  }
  const lighthouseRuns = [[oursMax, maxN, t.lighthousePerformanceN400]];
  if (maxN > 1) lighthouseRuns.push([ours1, 1, t.lighthousePerformance]);
  for (const [row, n, performanceTarget] of lighthouseRuns) {
    for (const locale of Object.keys(PAGES)) {
      const lh = row?.lighthouse?.[locale];
      if (!lh) continue;
      const at = `${locale}, N=${n}`;
      checks.push({
        name: `Lighthouse performance (${at})`,
        limit: `>= ${performanceTarget}`,
        measured: lh.scores.performance,
        pass: lh.scores.performance >= performanceTarget,
      });
      const tbt = Math.round(lh.metrics['total-blocking-time']);
      checks.push({
        name: `total blocking time (${at})`,
        limit: `<= ${t.totalBlockingTimeMs} ms`,
        measured: `${tbt} ms`,
        pass: tbt <= t.totalBlockingTimeMs,
      });
      checks.push({
        name: `Lighthouse accessibility (${at})`,
        limit: `>= ${t.lighthouseAccessibility}`,
        measured: lh.scores.accessibility,
        pass: lh.scores.accessibility >= t.lighthouseAccessibility,
      });
      checks.push({
        name: `Lighthouse best practices (${at})`,
        limit: `>= ${t.lighthouseBestPractices}`,
        measured: lh.scores['best-practices'],
        pass: lh.scores['best-practices'] >= t.lighthouseBestPractices,
      });
    }
  }
  return checks;
}

// ---------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  log(
    `work directory ${work}; N = ${sizes.join(', ')}; stock: ${withStock}; Lighthouse: ${withLighthouse ? `${runs} runs` : 'no'}`,
  );
  if (withLighthouse && !chromiumPath())
    log('no Chromium at CHROMIUM_PATH or /usr/bin/chromium: chrome-launcher will look for one');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS],
  });
  const results = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      node: process.version,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      loadMin: 0,
      loadMax: 0,
    },
    lighthouseVersion: JSON.parse(
      fs.readFileSync(path.join(REPO, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
    ).version,
    budgets,
    targets,
    rows: /** @type {object[]} */ ([]),
  };
  const save = () =>
    fs.writeFileSync(path.join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  try {
    for (const n of sizes) {
      const oursDir = copySite(`bench-ours-${n}-`);
      writeCorpus(oursDir, n);
      results.rows.push(await measureSite('ours', n, oursDir, browser));
      // Test-suite time at this N (--no-tests to leave out): scripts/bench/test-suite.mjs.
      if (!options['no-tests'])
        results.tests = [...(results.tests ?? []), {n, ...(await checkSite(oursDir))}];
      // The real site served under load (scripts/bench/load.mjs).
      if (n === 1 && !options['no-load']) {
        results.load = await benchLoad({dir: path.join(oursDir, 'build'), log});
        save();
      }
      if (withStock) {
        const stockDir = makeStockSite(`bench-stock-${n}-`, oursDir);
        results.rows.push(await measureSite('stock', n, stockDir, browser));
        save();
        if (options.keep) log(`kept ${stockDir}`);
        else fs.rmSync(stockDir, {recursive: true, force: true});
      }
      if (options.keep) log(`kept ${oursDir}`);
      else fs.rmSync(oursDir, {recursive: true, force: true});
    }
  } finally {
    await browser.close();
  }
  sampleLoad();
  results.machine.loadMin = Math.min(...loads);
  results.machine.loadMax = Math.max(...loads);
  results.minutes = (performance.now() - started) / 60000;
  const {text, checks} = report(results);
  if (results.load) checks.push(...loadChecks(results.load));
  results.checks = checks;
  save();
  if (options.out)
    fs.writeFileSync(path.resolve(options.out), `${JSON.stringify(results, null, 2)}\n`);
  console.log(text);
  if (results.tests) console.log(`\n### Test suite against N\n${testSuiteTable(results.tests)}`);
  if (results.load) console.log(`\n${loadReport(results.load)}`);
  console.log(
    `\nTook ${results.minutes.toFixed(1)} min. Figures: ${path.join(work, 'results.json')}`,
  );
  if (options.strict && checks.some((c) => c.pass === false)) process.exitCode = 1;
}

await main();
