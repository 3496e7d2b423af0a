#!/usr/bin/env node
/**
 * `npm run build`: the site in every locale, into `build/` (Turkish under
 * `build/tr/`), as `docusaurus build` makes it, each locale in a process of
 * its own, one after the other by default.
 *
 * `docusaurus build` builds one locale after another in one process, and
 * what a locale's build leaves behind stays in that process (native memory
 * kept after bundling, about 1.1 GB at 400 articles per locale): here each
 * locale is a `docusaurus build --locale x` process of its own, so the next
 * locale starts in a fresh process, and the site is put together at the end.
 * What they would share is kept apart:
 *  - base URLs: a single-locale build gets `/` unless the locale sets one;
 *    SITE_LOCALE_BASE_URLS=all-locales makes docusaurus.config.ts set what a
 *    build of all locales infers (`/`, `/tr/`);
 *  - generated files: `.docusaurus` for the default locale,
 *    `.docusaurus-<locale>` for the others (DOCUSAURUS_GENERATED_FILES_DIR_NAME);
 *  - output: the default locale empties and fills `build/`; another locale
 *    writes `.build-<locale>/<locale>/` (and its pages outside its base URL
 *    beside it), moved into `build/` when all have finished.
 * Rspack's persistent cache (with --cache, below) is per locale already. Every line of output is
 * prefixed with its locale; the first failure stops the others and exits 1.
 * Each locale's content report (src/plugins/content-report) is merged into
 * `build/content-report.json`, with a summary at the end; `build/_headers`
 * (src/plugins/headers) is written again over the whole site, so its policy
 * allows the inline scripts and styles of every locale's pages: from the
 * hashes each locale's process sends over the IPC channel (found in its one
 * pass over its pages), or by reading every page if one sent none.
 *
 * Usage: node scripts/build.mjs [--locale x]... [--out-dir build]
 *        [--overlapped | --sequential | --parallel | --staggered] [--cache]
 *        [--inline-css] [other `docusaurus build` options]
 * --inline-css puts the first screen's CSS in every page and loads the
 * stylesheet after it (src/plugins/critical-css/inline.ts says why that is
 * off by default).
 * --cache keeps Rspack's persistent cache (node_modules/.cache/rspack), for
 * builds repeated on one checkout: a warm build reads it, a cold one writes
 * it and holds it in memory until its process exits (about 0.3-0.45 GB more
 * per locale at 400 articles). Without it (the default) nothing is cached.
 * How the locales' processes are scheduled (the same processes and pages;
 * the plugin a schedule loads is named in the scripts' site metadata):
 * --overlapped (the default) starts the next locale when the previous one
 * has started its postBuild, and holds it once it has loaded, before it
 * configures its bundler, until the previous one has exited
 * (src/plugins/bundling-gate, over the IPC channel): the next locale's
 * process start and loading (about 7 s at 400 articles per locale) run
 * during the previous one's postBuild, and no two locales ever bundle,
 * render or run their postBuild at the same time, so the build needs the
 * memory of one locale plus one loaded process, under its rendering peak
 * (README, Build memory). --sequential starts each when the previous one
 * has exited; --parallel starts all at once (quicker on more than two
 * cores, about twice the memory); --staggered starts each when the previous
 * one has finished bundling (src/plugins/bundled-signal), or has exited if
 * it never says so (its peak depends on how the two overlap: 1.2-1.5x
 * stock's). Locales start in the order given, else src/locales.json's.
 * Locales and the default one come from src/locales.json (docusaurus.config.ts
 * reads them there too).
 */
import fs from 'node:fs';
import path from 'node:path';
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {HEADERS_FILE, writeHeaders, writeHeadersFile} from '../src/plugins/headers/policy.mjs';
import {
  BUNDLE_MESSAGE,
  GATE_ENV,
  LOADED_MESSAGE,
  POST_BUILD_MESSAGE,
} from '../src/plugins/bundling-gate/gate.mjs';

/** What src/plugins/bundled-signal sends when a locale's bundling is over. */
const BUNDLED_MESSAGE = {type: 'bundled'};
/** What src/plugins/headers sends: the hashes of the locale's pages' inline scripts and styles. */
const PAGE_HASHES_MESSAGE = 'page-hashes';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * What each locale runs: Docusaurus' CLI, or the program SITE_BUILD_PROGRAM
 * names (tests/unit/build-schedule.test.ts runs the schedules with a
 * stand-in that speaks the same IPC messages in a fraction of a second).
 */
const DOCUSAURUS =
  process.env.SITE_BUILD_PROGRAM ||
  path.join(siteDir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
const {defaultLocale, locales: allLocales} = JSON.parse(
  fs.readFileSync(path.join(siteDir, 'src', 'locales.json'), 'utf8'),
);

const OPTIONS = /** @type {const} */ ({
  locale: {type: 'string', short: 'l', multiple: true},
  'out-dir': {type: 'string'},
  overlapped: {type: 'boolean'},
  sequential: {type: 'boolean'},
  parallel: {type: 'boolean'},
  staggered: {type: 'boolean'},
  cache: {type: 'boolean'},
  'inline-css': {type: 'boolean'},
});
// Not strict: any other option (and its value) goes to `docusaurus build` as given.
const {values, tokens} = parseArgs({
  options: OPTIONS,
  strict: false,
  allowPositionals: true,
  tokens: true,
});
const asked = (values.locale ?? []).map(String);
let outDir = typeof values['out-dir'] === 'string' ? values['out-dir'] : 'build';
/** @type {'overlapped' | 'staggered' | 'parallel' | 'sequential'} */
const schedule =
  values.parallel === true
    ? 'parallel'
    : values.staggered === true
      ? 'staggered'
      : values.sequential === true
        ? 'sequential'
        : 'overlapped';
/** @type {string[]} */
const passThrough = tokens.flatMap((t) => {
  if (t.kind === 'positional') return [t.value];
  if (t.kind === 'option-terminator') return ['--'];
  if (t.name in OPTIONS) return [];
  return t.value === undefined ? [t.rawName] : [t.rawName, t.value];
});
for (const l of asked) {
  if (!allLocales.includes(l))
    throw new Error(`build: unknown locale "${l}" (src/locales.json has ${allLocales.join(', ')})`);
}
// In the order asked (the order they start in), else src/locales.json's.
const locales = asked.length ? [...new Set(asked)] : allLocales;
outDir = path.resolve(siteDir, outDir);

/** Where a locale's process writes: its final place for the default locale, else a folder beside the output. */
const stagingDir = (locale) =>
  locale === defaultLocale
    ? outDir
    : path.join(path.dirname(outDir), `.${path.basename(outDir)}-${locale}`);

/**
 * A larger young generation: a build allocates short-lived objects fast (ASTs,
 * strings passed between Rspack and its JS loaders), and with V8's default
 * 16 MiB semi-spaces the main thread spent a fifth of its time in garbage
 * collection; at 64 MiB the build takes about a tenth less CPU time.
 */
const NODE_FLAGS = ['--max-semi-space-size=64'];

const running = new Set();

/** Each locale's page hashes (src/plugins/headers), as its process sent them. */
/** @type {Map<string, {scripts: string[], styles: string[]}>} */
const pageHashes = new Map();

/**
 * Rejected, once, by the first locale whose build fails: the others are
 * stopped (below). Handled here so a failure while nothing awaits it yet is
 * not an unhandled rejection.
 */
let fail = (_error) => {};
const firstFailure = new Promise((_resolve, reject) => {
  fail = reject;
});
firstFailure.catch(() => {});

/**
 * Starts one locale's `docusaurus build`. Out: `bundled`, resolved when the
 * process says its bundling is over (src/plugins/bundled-signal, over the IPC
 * channel) or, failing that, when it exits (with a line saying so);
 * `postBuild`, resolved when it says its postBuild has started
 * (src/plugins/bundling-gate) or when it exits; `loaded`, resolved when it
 * says it has loaded and waits (`held` only); `release()`, which tells a
 * held process to bundle; `exited`, resolved when it exits with 0. A failure
 * rejects `firstFailure`, as does a held process that exits without having
 * waited (the gate plugin not loaded: it would have bundled beside another).
 */
function buildLocale(locale, {held = false} = {}) {
  const staging = stagingDir(locale);
  if (locale !== defaultLocale) fs.rmSync(staging, {recursive: true, force: true});
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, DOCUSAURUS, 'build', '--locale', locale, '--out-dir', staging, ...passThrough],
    {
      cwd: siteDir,
      env: {
        ...process.env,
        SITE_LOCALE_BASE_URLS: 'all-locales',
        // src/plugins/headers sends its pages' hashes over the IPC channel.
        SITE_BUILD_SCRIPT_IPC: 'true',
        ...(schedule === 'staggered' ? {SITE_BUNDLED_SIGNAL: 'true'} : {}),
        ...(held ? {[GATE_ENV]: 'true'} : {}),
        // docusaurus.config.ts keeps Rspack's persistent cache only when asked.
        ...(values.cache === true ? {SITE_BUNDLER_CACHE: 'persistent'} : {}),
        // src/plugins/critical-css inlines the first screen's CSS only when asked.
        ...(values['inline-css'] === true ? {SITE_FIRST_SCREEN_CSS: 'inline'} : {}),
        DOCUSAURUS_GENERATED_FILES_DIR_NAME:
          locale === defaultLocale ? '.docusaurus' : `.docusaurus-${locale}`,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  running.add(child);
  // Piped above, so never null.
  const outputs = /** @type {[import('node:stream').Readable, NodeJS.WriteStream][]} */ ([
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]);
  for (const [from, to] of outputs) {
    let rest = '';
    from.setEncoding('utf8');
    from.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) to.write(`[${locale}] ${line}\n`);
    });
    from.on('end', () => rest && to.write(`[${locale}] ${rest}\n`));
  }
  /** Resolved by the message of that type, or when the process exits. */
  const said = (type) =>
    new Promise((resolve) => {
      child.on('message', (message) => {
        if (/** @type {{type?: unknown} | null} */ (message)?.type === type) resolve(true);
      });
      child.on('exit', () => resolve(false));
    });
  child.on('message', (message) => {
    const m = /** @type {{type?: unknown, scripts?: unknown, styles?: unknown} | null} */ (message);
    if (m?.type === PAGE_HASHES_MESSAGE && Array.isArray(m.scripts) && Array.isArray(m.styles))
      pageHashes.set(locale, {scripts: m.scripts.map(String), styles: m.styles.map(String)});
  });
  const bundled = said(BUNDLED_MESSAGE.type);
  const postBuild = said(POST_BUILD_MESSAGE.type);
  const loaded = said(LOADED_MESSAGE.type);
  const exited = new Promise((resolve) => {
    child.on('error', fail);
    child.on('exit', async (code, signal) => {
      running.delete(child);
      if (code !== 0)
        return fail(new Error(`build: locale ${locale} failed (${signal ?? `exit ${code}`})`));
      // Resolved by the message already, if it came: it arrives before the exit.
      if (held && !(await loaded))
        return fail(
          new Error(
            `build: locale ${locale} never waited before bundling (src/plugins/bundling-gate not loaded?): it may have bundled beside another locale`,
          ),
        );
      if (schedule === 'staggered' && !(await bundled))
        console.log(
          `[build] ${locale}: no end-of-bundling message (src/plugins/bundled-signal); waited for it to exit instead`,
        );
      resolve(undefined);
    });
  });
  const release = () => {
    if (child.connected) child.send(BUNDLE_MESSAGE);
  };
  return {bundled, postBuild, loaded, release, exited};
}

/**
 * Runs the locales' builds: `parallel` all at once; `sequential` each after
 * the previous one exited; `staggered` each when the previous one has
 * finished bundling, so no two locales bundle at the same time;
 * `overlapped` each when the previous one has started its postBuild, held
 * after loading until the previous one has exited, so only one locale at a
 * time bundles, renders or runs its postBuild.
 */
async function buildAll() {
  const exits = [];
  /** @type {Promise<unknown>} */
  let previousExited = Promise.resolve();
  for (const locale of locales) {
    const build = buildLocale(locale, {held: schedule === 'overlapped'});
    exits.push(build.exited);
    if (schedule === 'overlapped') {
      // Never settles on a failure: `firstFailure` ends the build then.
      const mayBundle = previousExited;
      void Promise.all([build.loaded, mayBundle]).then(build.release);
      previousExited = build.exited;
      await Promise.race([build.postBuild, firstFailure]);
    }
    if (schedule === 'sequential') await Promise.race([build.exited, firstFailure]);
    if (schedule === 'staggered') await Promise.race([build.bundled, firstFailure]);
  }
  await Promise.race([Promise.all(exits), firstFailure]);
}

/**
 * Moves what a non-default locale's build wrote into the output: its site
 * (`tr/`) and anything its plugins put beside it (src/plugins/short-links
 * writes Microsoft-style `/tr-tr/...` pages at the site root). A file both
 * builds wrote is an error, as it would be if one overwrote the other.
 */
function placeLocale(locale) {
  if (locale === defaultLocale) return;
  const staging = stagingDir(locale);
  fs.rmSync(path.join(outDir, locale), {recursive: true, force: true});
  fs.mkdirSync(outDir, {recursive: true});
  mergeInto(staging, outDir);
  fs.rmSync(staging, {recursive: true, force: true});
}

function mergeInto(from, to) {
  for (const entry of fs.readdirSync(from, {withFileTypes: true})) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (!fs.existsSync(target)) fs.renameSync(source, target);
    else if (entry.isDirectory() && fs.statSync(target).isDirectory()) mergeInto(source, target);
    else
      throw new Error(
        `build: ${path.relative(outDir, target)} was written by more than one locale's build`,
      );
  }
}

/**
 * One `content-report.json` for the site: the default locale's (at the root
 * of the output) and each other locale's (`tr/content-report.json`), sorted
 * by file, line and locale; the per-locale files are removed.
 */
function mergeContentReports() {
  const parts = [
    path.join(outDir, 'content-report.json'),
    ...allLocales
      .filter((l) => l !== defaultLocale)
      .map((l) => path.join(outDir, l, 'content-report.json')),
  ].filter((f) => fs.existsSync(f));
  if (parts.length === 0) return;
  const records = parts.flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  // Each part is sorted by file, line, column...; merged, the same order, then locale.
  const order = (r) => [r.file, r.line, r.column, r.locale];
  records.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    const i = x.findIndex((v, j) => v !== y[j]);
    return i === -1 ? 0 : x[i] < y[i] ? -1 : 1;
  });
  for (const f of parts.slice(1)) fs.rmSync(f);
  const report = path.join(outDir, 'content-report.json');
  fs.writeFileSync(report, `${JSON.stringify(records, null, 2)}\n`);
  // Each locale's log shows its defects by construct (src/plugins/content-report).
  console.log(
    `[build] content report: ${records.length} content defect(s) repaired or shown, ${locales.join(', ')}: ${path.relative(siteDir, report)}`,
  );
}

/**
 * `_headers` for the whole site: from the hashes every locale's process sent
 * (found in its one pass over its pages), else, when one did not send them
 * (a build without src/plugins/critical-css), by reading every page.
 */
async function writeSiteHeaders() {
  if (!locales.every((l) => pageHashes.has(l))) {
    console.log(`[build] ${HEADERS_FILE}: a locale sent no page hashes; reading every page`);
    return writeHeadersFile(outDir);
  }
  const all = [...pageHashes.values()];
  return writeHeaders(outDir, {
    scripts: all.flatMap((h) => h.scripts),
    styles: all.flatMap((h) => h.styles),
  });
}

const started = performance.now();
try {
  await buildAll();
  locales.forEach(placeLocale);
  mergeContentReports();
  const hashes = await writeSiteHeaders();
  console.log(`[build] ${HEADERS_FILE}: ${hashes.length} inline script hashes, every locale`);
  console.log(
    `[build] ${locales.join(', ')} built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${path.relative(siteDir, outDir) || '.'}`,
  );
} catch (error) {
  for (const child of running) child.kill('SIGTERM');
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
