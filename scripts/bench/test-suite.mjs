#!/usr/bin/env node
/**
 * Test-suite time against the size of the site: how long the checks of a
 * build take with 1 (the real site), 100 and 400 articles per locale.
 *
 * In:  --n 100,400 (sizes besides 1), --site <dir> (reuse a built copy for
 *      the largest N instead of building one), --keep, --no-npm-test.
 * Out: per N, the pages built, the build time, the static checks
 *      (`npm run check:build`, every page) and the browser checks (the crawl
 *      of tests/e2e/crawl.spec.ts: each kind of page, a sample, the changed
 *      pages) with their wall time, and at N=1 `npm test` as a whole (in
 *      this checkout: it rebuilds `build/`). A table on stdout; the rows are
 *      returned by benchTestSuite() for scripts/bench/index.mjs.
 *
 *   npm run bench:tests -- [--n 100,400] [--site <built copy>] [--keep] [--no-npm-test]
 *
 * Copies are made and built as the rest of the benchmark does
 * (scripts/bench/site.mjs, corpus.mjs); their node_modules link to this
 * checkout's: leave the checkout alone while it runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {copySite, build, REPO} from './site.mjs';
import {writeCorpus} from './corpus.mjs';

const log = (...parts) =>
  console.error(`[bench:tests ${new Date().toISOString().slice(11, 19)}]`, ...parts);

/** Runs a command in the checkout; resolves with wall seconds, exit code and the output's tail. */
function timed(command, args, env = {}) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: REPO,
      env: {...process.env, ...env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    for (const s of [child.stdout, child.stderr]) s.on('data', (d) => out.push(d));
    child.on('error', reject);
    child.on('exit', (code) =>
      resolve({
        seconds: (performance.now() - started) / 1000,
        code,
        tail: Buffer.concat(out).toString('utf8').slice(-3000),
      }),
    );
  });
}

const npx = (args, env) =>
  timed(
    process.execPath,
    [path.join(REPO, 'node_modules', '.bin', args[0]), ...args.slice(1)],
    env,
  );

/** Pages of a build, as the static checks count them (the summary line). */
const pagesOf = (tail) => /(\d+) pages and (\d+) redirect pages/.exec(tail);

/** The checks of one built site: static over every page, then the browser crawl. */
export async function checkSite(siteDir, {port = 4190} = {}) {
  const buildDir = path.join(siteDir, 'build');
  log(`static checks of ${buildDir}`);
  const staticRun = await npx([
    'tsx',
    'scripts/check-build/index.ts',
    '--dir',
    buildDir,
    '--site',
    siteDir,
  ]);
  const counted = pagesOf(staticRun.tail);
  log(`browser checks of ${buildDir}`);
  // A guard against hangs only: the home page of a 400-article site lists them all, and axe
  // reads it five times.
  const browserRun = await npx(
    ['playwright', 'test', 'tests/e2e/crawl.spec.ts', '--timeout', '600000'],
    {
      E2E_SITE_DIR: siteDir,
      E2E_PORT: String(port),
    },
  );
  const crawled = /crawl: (\d+) pages/.exec(browserRun.tail);
  return {
    pages: counted ? Number(counted[1]) : undefined,
    redirects: counted ? Number(counted[2]) : undefined,
    staticSeconds: staticRun.seconds,
    staticProblems: staticRun.code === 0 ? 0 : (/(\d+) problem/.exec(staticRun.tail)?.[1] ?? '?'),
    staticTail: staticRun.code === 0 ? undefined : staticRun.tail.slice(-1500),
    browserSeconds: browserRun.seconds,
    browserPages: crawled ? Number(crawled[1]) : undefined,
    browserFailed: browserRun.code !== 0,
    browserTail: browserRun.code === 0 ? undefined : browserRun.tail.slice(-1500),
  };
}

/**
 * For each N: a copy of the site with the synthetic corpus (none at N=1),
 * built cold with the site's build, then checked. At N=1 also `npm test`.
 */
/**
 * @param {{sizes: number[], keep?: boolean, site?: string, npmTest?: boolean}} options
 */
export async function benchTestSuite({sizes, keep = false, site, npmTest = true}) {
  /** @type {Array<Record<string, any>>} */
  const rows = [];
  const maxN = Math.max(...sizes);
  for (const n of sizes) {
    let siteDir = n === maxN && site ? path.resolve(site) : undefined;
    let buildSeconds;
    const made = !siteDir;
    if (!siteDir) {
      siteDir = copySite(`bench-tests-${n}-`);
      if (n > 1) writeCorpus(siteDir, n);
      log(`N=${n}: build of ${siteDir}`);
      buildSeconds = (await build(siteDir, {cold: true})).seconds;
    }
    /** @type {Record<string, any>} */
    const row = {n, buildSeconds, ...(await checkSite(siteDir))};
    if (n === 1 && npmTest) {
      log('N=1: npm test in this checkout');
      const run = await timed('npm', ['test']);
      row.npmTestSeconds = run.seconds;
      row.npmTestFailed = run.code !== 0;
    }
    rows.push(row);
    if (made && !keep) fs.rmSync(siteDir, {recursive: true, force: true});
    else if (made) log(`kept ${siteDir}`);
  }
  return rows;
}

const s = (v) => (v === undefined ? '-' : `${v.toFixed(1)} s`);

/** @param {Array<Record<string, any>>} rows */
export function testSuiteTable(rows) {
  const header = [
    'N',
    'pages (+redirects)',
    'build',
    'static checks',
    'browser checks',
    'npm test',
  ];
  const body = rows.map((r) => [
    r.n,
    r.pages === undefined ? '-' : `${r.pages} (+${r.redirects})`,
    s(r.buildSeconds),
    `${s(r.staticSeconds)}${r.staticProblems ? ` (${r.staticProblems} problems)` : ''}`,
    `${s(r.browserSeconds)}${r.browserPages ? ` (${r.browserPages} pages)` : ''}${r.browserFailed ? ' FAILED' : ''}`,
    `${s(r.npmTestSeconds)}${r.npmTestFailed ? ' FAILED' : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({
    options: {
      n: {type: 'string', default: '100,400'},
      keep: {type: 'boolean', default: false},
      site: {type: 'string'},
      'no-npm-test': {type: 'boolean', default: false},
    },
  });
  const sizes = [
    1,
    ...values.n
      .split(',')
      .map(Number)
      .filter((n) => n > 1),
  ];
  const rows = await benchTestSuite({
    sizes,
    keep: values.keep,
    site: values.site,
    npmTest: !values['no-npm-test'],
  });
  console.log('## Test suite against N (wall time, two locales, two versions)\n');
  console.log(testSuiteTable(rows));
  for (const r of rows) {
    if (r.staticTail) console.log(`\nN=${r.n} static checks:\n${r.staticTail}`);
    if (r.browserTail) console.log(`\nN=${r.n} browser checks:\n${r.browserTail}`);
  }
}
