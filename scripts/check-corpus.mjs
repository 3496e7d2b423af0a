#!/usr/bin/env node
/**
 * Proof on real input: builds articles nobody on the team wrote and reports
 * what the Microsoft Docs compatibility layer made of them.
 *
 * In:  one or more folders laid out like the shared corpus (`en/` and `tr/`
 *      holding Microsoft paths) or like this site (`docs/`, `i18n/tr/...`).
 * Does: copies the site into a temporary folder (node_modules linked, never
 *      the working tree), adds the folders' articles at their Microsoft
 *      paths, puts a placeholder image where an article names an image the
 *      folder doesn't ship, and runs the production build (both locales).
 * Out: per article and locale: built or not, alerts in the source (with
 *      its includes) against callouts on the page, DocFX syntax left as
 *      text, build warnings naming the file; exit 1 when the build fails, an
 *      alert has no callout or syntax is left as text.
 *
 * Usage: npm run check:corpus -- ../shared/corpus [more folders] [--keep] [--e2e]
 *   --keep  leave the temporary site (and its build/) and print where it is,
 *           e.g. to serve it: node scripts/serve.mjs --dir <that>/build
 *   --e2e   then run tests/e2e-corpus (Playwright: the fixture articles as a
 *           reader sees them, axe on every article page) on that build;
 *           adds tests/fixtures/site to the folders. E2E_PORT and
 *           E2E_WORKERS apply as for npm run test:e2e.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import * as cheerio from 'cheerio';
import createJiti from 'jiti';
import {placeholderPng} from './placeholder-png.mjs';
import {scratchSite, siteDir} from './scratch-site.mjs';

const TR_CURRENT = 'i18n/tr/docusaurus-plugin-content-docs/current';
const FIXTURE_SITE = path.join(siteDir, 'tests', 'fixtures', 'site');
const IMAGE_EXT = /\.(png|jpe?g|gif|svg|webp)$/i;

// ---------------------------------------------------------------- source

const ALERT_LINE = /^[ \t]*(?:>[ \t]*)+\[!(note|tip|important|caution|warning)\]/gim;
const INCLUDE = /\[!include\s*\[[^\]]*\]\(([^)]+)\)\]/gi;
const MD_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const TRIPLE_IMAGE = /:::image\b[^\n]*?\b(?:source|lightbox)\s*=\s*"([^"]+)"/gi;
const TRIPLE_LIGHTBOX = /\blightbox\s*=\s*"([^"]+)"/gi;

const stripFrontMatter = (text) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');

/** Alerts (`> [!NOTE]` ...) written in a Markdown text. */
export function countAlerts(markdown) {
  return [...stripFrontMatter(markdown).matchAll(ALERT_LINE)].length;
}

/** Relative paths of the files a Markdown text includes. */
export function includePaths(markdown) {
  return [...markdown.matchAll(INCLUDE)].map((m) => m[1].trim());
}

/** Relative image paths a Markdown text names (Markdown and :::image, lightboxes too). */
export function imagePaths(markdown) {
  const found = new Set();
  for (const re of [MD_IMAGE, TRIPLE_IMAGE, TRIPLE_LIGHTBOX]) {
    for (const m of markdown.matchAll(re)) {
      const p = m[1].split(/[?#]/)[0];
      if (p && !/^[a-z][a-z0-9+.-]*:/i.test(p) && !p.startsWith('/') && IMAGE_EXT.test(p))
        found.add(p);
    }
  }
  return [...found];
}

// The site's own lookup (src/msdocs/files.ts), so this check finds files
// exactly as the build does: each path segment matched case-insensitively.
const {findCaseInsensitive: findFile} = createJiti(import.meta.url)(
  path.join(siteDir, 'src/msdocs/files.ts'),
);

/**
 * Alerts in an article and, recursively, in what it includes. `fallbackOf`
 * maps a translated file's path to the English file at the same place.
 * @param {string} file
 * @param {(wanted: string) => string | undefined} [fallbackOf]
 * @param {Set<string>} [seen]
 * @returns {number}
 */
export function alertsWithIncludes(file, fallbackOf = () => undefined, seen = new Set()) {
  // `seen` is the chain of includes (a cycle counts once); a file included
  // twice shows its alerts twice.
  if (seen.has(file)) return 0;
  const chain = new Set(seen).add(file);
  const text = fs.readFileSync(file, 'utf8');
  let total = countAlerts(text);
  for (const rel of includePaths(text)) {
    const wanted = path.resolve(path.dirname(file), decodeURI(rel));
    const found = findFile('/', wanted.split(path.sep).join('/')) ?? fallbackOf(wanted);
    if (found) total += alertsWithIncludes(found, fallbackOf, chain);
  }
  return total;
}

// ---------------------------------------------------------------- page

const LEFT_AS_TEXT = /\[!\s*[A-Za-z][\w-]*\]?|:::[\w -]*|<a\s+name\s*=/g;

/**
 * What a built article page shows: callouts, DocFX syntax left as text
 * (code excluded: it shows syntax on purpose) and heading ids.
 */
export function inspectPage(html) {
  const $ = cheerio.load(html);
  const article = $('article').first();
  const callouts = article.find('[data-callout]').length;
  const body = article.clone();
  body.find('pre, code').remove();
  const leftovers = [...new Set(body.text().match(LEFT_AS_TEXT) ?? [])];
  const ids = article
    .find('h2[id], h3[id], h4[id], h5[id], h6[id]')
    .map((_, h) => $(h).attr('id'))
    .get();
  return {callouts, leftovers, ids};
}

// ---------------------------------------------------------------- site

/**
 * Content folders of an input: [from, to] pairs relative to input / site.
 * @param {string} input
 * @returns {{pairs: [string, string][], en: string, tr: string}}
 */
function layoutOf(input) {
  if (fs.existsSync(path.join(input, 'en'))) {
    /** @type {[string, string][]} */
    const pairs = [['en', 'docs']];
    if (fs.existsSync(path.join(input, 'tr'))) pairs.push(['tr', TR_CURRENT]);
    return {pairs, en: 'en', tr: 'tr'};
  }
  if (fs.existsSync(path.join(input, 'docs'))) {
    // `imported/`: what `npm run import` writes beside the content (redirections).
    const pairs = ['docs', 'versioned_docs', 'i18n', 'imported']
      .filter((d) => fs.existsSync(path.join(input, d)))
      .map((d) => /** @type {[string, string]} */ ([d, d]));
    return {pairs, en: 'docs', tr: TR_CURRENT};
  }
  throw new Error(
    `${input}: expected an en/ folder (corpus layout) or a docs/ folder (site layout)`,
  );
}

function markdownFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {recursive: true})
    .map(String)
    .filter((f) => /\.mdx?$/i.test(f))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

const isArticle = (rel) => !rel.split('/').some((seg) => seg === 'includes' || seg.startsWith('_'));

/** Writes placeholders for images the articles name but nobody ships. */
function addPlaceholders(tmp) {
  const created = new Map(); // article-or-include file -> count
  for (const [root, english] of [
    ['docs', 'docs'],
    [TR_CURRENT, 'docs'],
  ]) {
    if (!root || !english) continue;
    for (const rel of markdownFiles(path.join(tmp, root))) {
      const file = path.join(tmp, root, rel);
      for (const img of imagePaths(fs.readFileSync(file, 'utf8'))) {
        let target;
        try {
          target = path.posix.join(path.posix.dirname(rel), decodeURI(img));
        } catch {
          continue;
        }
        if (target.startsWith('..')) continue;
        if (findFile(path.join(tmp, root), target) || findFile(path.join(tmp, english), target))
          continue;
        const out = path.join(tmp, english, target);
        fs.mkdirSync(path.dirname(out), {recursive: true});
        fs.writeFileSync(out, placeholderPng());
        const key = `${english}/${rel}`;
        created.set(key, (created.get(key) ?? 0) + 1);
      }
    }
  }
  return created;
}

function pagePath(buildDir, locale, rel) {
  const route = rel.replace(/\.mdx?$/i, '').replace(/(^|\/)index$/i, '');
  return path.join(buildDir, locale === 'en' ? '' : locale, `${route || 'index'}.html`);
}

function pad(s, n) {
  const str = String(s);
  return str.length >= n ? str : str + ' '.repeat(n - str.length);
}

const USAGE = 'Usage: npm run check:corpus -- <folder> [more folders] [--keep] [--e2e]';

/** @param {string[]} argv */
export function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {keep: {type: 'boolean', default: false}, e2e: {type: 'boolean', default: false}},
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  const {keep, e2e} = parsed.values;
  const inputs = parsed.positionals.map((a) => path.resolve(a));
  if (e2e && !inputs.includes(FIXTURE_SITE)) inputs.unshift(FIXTURE_SITE);
  if (inputs.length === 0) {
    console.error(USAGE);
    return 2;
  }

  // Its own package links: the copy's two builds share a bundler cache of their own.
  const tmp = scratchSite('msdocs-corpus-', {nodeModules: 'per-package', tests: e2e});
  const articles = []; // {rel, locales: {en: srcFile, tr?: srcFile}}
  try {
    for (const input of inputs) {
      const layout = layoutOf(input);
      for (const [from, to] of layout.pairs) {
        fs.cpSync(path.join(input, from), path.join(tmp, to), {recursive: true, force: true});
      }
      for (const rel of markdownFiles(path.join(input, layout.en)).filter(isArticle)) {
        const tr = path.join(input, layout.tr, rel);
        articles.push({rel, input, hasTr: fs.existsSync(tr)});
      }
    }
    const placeholders = addPlaceholders(tmp);

    const started = Date.now();
    const build = spawnSync(
      process.execPath,
      [path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'],
      {
        cwd: tmp,
        encoding: 'utf8',
        env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const output = `${build.stdout ?? ''}\n${build.stderr ?? ''}`;
    const warnings = output.split('\n').filter((l) => /\[WARNING\]|WARNING in /.test(l));

    const fallbackOf = (wanted) => {
      const rel = path.relative(path.join(tmp, TR_CURRENT), wanted).split(path.sep).join('/');
      return rel.startsWith('..') ? undefined : findFile(path.join(tmp, 'docs'), rel);
    };

    const rows = [];
    let failed = build.status !== 0;
    const enIds = new Map();
    for (const {rel, hasTr} of articles) {
      for (const locale of hasTr ? ['en', 'tr'] : ['en']) {
        const src = path.join(tmp, locale === 'en' ? 'docs' : TR_CURRENT, rel);
        const page = pagePath(path.join(tmp, 'build'), locale, rel);
        const built = build.status === 0 && fs.existsSync(page);
        const alerts = alertsWithIncludes(src, fallbackOf);
        const shown = built
          ? inspectPage(fs.readFileSync(page, 'utf8'))
          : {callouts: 0, leftovers: [], ids: []};
        if (locale === 'en') enIds.set(rel, new Set(shown.ids));
        const srcRel = `${locale === 'en' ? 'docs' : TR_CURRENT}/${rel}`;
        const fileWarnings = warnings.filter(
          (w) => w.includes(`${srcRel}:`) || w.includes(`"${srcRel}"`),
        );
        const ok = built && shown.callouts === alerts && shown.leftovers.length === 0;
        if (!ok) failed = true;
        const sharedIds =
          locale === 'tr' && shown.ids.length
            ? `${shown.ids.filter((id) => enIds.get(rel)?.has(id)).length}/${shown.ids.length}`
            : '';
        rows.push({
          rel,
          locale,
          built,
          alerts,
          callouts: shown.callouts,
          leftovers: shown.leftovers,
          warnings: fileWarnings,
          placeholders: placeholders.get(`docs/${rel}`) ?? 0,
          sharedIds,
          ok,
        });
      }
    }

    const width = Math.max(...rows.map((r) => r.rel.length), 7);
    console.log(
      `${pad('article', width)}  loc  built  alerts>callouts  left-as-text  warnings  placeholder-images  tr-ids-in-en`,
    );
    for (const r of rows) {
      console.log(
        `${pad(r.rel, width)}  ${pad(r.locale, 3)}  ${pad(r.built ? 'yes' : 'NO', 5)}  ${pad(`${r.alerts}>${r.callouts}${r.alerts === r.callouts ? '' : '  MISMATCH'}`, 15)}  ${pad(r.leftovers.length ? r.leftovers.join(' ') : '-', 12)}  ${pad(r.warnings.length || '-', 8)}  ${pad(r.locale === 'en' ? r.placeholders || '-' : '', 18)}  ${r.sharedIds}`,
      );
      for (const w of r.warnings) console.log(`    warning: ${w.trim()}`);
    }
    const otherWarnings = warnings.filter((w) => !rows.some((r) => r.warnings.includes(w)));
    for (const w of otherWarnings) console.log(`warning: ${w.trim()}`);
    if (build.status !== 0) {
      console.log('\nThe build failed:\n');
      console.log(
        output
          .split('\n')
          .filter((l) => l.trim())
          .slice(-40)
          .join('\n'),
      );
    }
    const good = rows.filter((r) => r.ok).length;
    console.log(
      `\ncheck:corpus: ${articles.length} articles, ${rows.length} pages, ${good} pass, ${rows.length - good} fail; build ${build.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s; ${warnings.length} warnings`,
    );
    if (e2e && build.status === 0) {
      // The specs and the project's Playwright config (copied with the site), run from the copy.
      const cli = path.join(siteDir, 'node_modules', '@playwright', 'test', 'cli.js');
      const run = spawnSync(
        process.execPath,
        [cli, 'test', '-c', 'tests/e2e-corpus/playwright.config.ts'],
        {cwd: tmp, stdio: 'inherit'},
      );
      if (run.status !== 0) failed = true;
      console.log(`check:corpus e2e: ${run.status === 0 ? 'passed' : 'FAILED'}`);
    }
    if (keep)
      console.log(
        `kept the site in ${tmp} (serve: node scripts/serve.mjs --dir ${path.join(tmp, 'build')})`,
      );
    return failed ? 1 : 0;
  } finally {
    if (!keep) fs.rmSync(tmp, {recursive: true, force: true});
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
