#!/usr/bin/env node
/**
 * A whole Microsoft docset, built in both languages and read as a reader
 * would: `npm run check:docset -- ../docsets/microsoft-365-commerce`.
 *
 * In:  a docset folder in Microsoft's layout: `en/` and `tr/` roots, each
 *      with `microsoft-365/...` and `redirections.json`. The docset paths are
 *      the folders holding a `toc.yml` (or `--path microsoft-365/commerce`).
 * Does: copies the site (scripts/scratch-site.mjs; the working tree is never
 *      touched), runs `npm run import` there, builds both locales
 *      (`npm run build`), then checks every page of the docset from the
 *      built HTML:
 *        - it was built, with one h1;
 *        - no DocFX syntax left as text (`[!NOTE]`, `:::`, `[!INCLUDE`);
 *        - as many callouts as the source has alerts (with its includes);
 *        - FAQ questions carry an id, shared with the other language;
 *        - the content report (build/content-report.json), when the build
 *          writes one: every entry names a line of a file, and every toc
 *          entry to a missing page is in it;
 *      runs `npm run check:build` over the build when the site has it, and
 *      tests/e2e-docset (Playwright, once per page kind: renders, axe,
 *      sidebar in toc order in both languages, FAQ question links,
 *      a sample of redirects).
 * Out: a table per page, build time, page counts per locale, a defect
 *      summary; exit 1 on any failure, 2 on bad arguments.
 *
 * Usage: npm run check:docset -- <docset folder> [--path <docset path>]...
 *          [--keep] [--no-e2e] [--stub-yml-pages]
 *   --keep            leave the scratch site (serve: node scripts/serve.mjs --dir <it>/build)
 *   --no-e2e          static checks only
 *   --stub-yml-pages  for a site that does not serve `.yml` pages yet: a
 *                     stand-in page (title only) at each FAQ/landing route,
 *                     so the rest can be checked; FAQ checks then fail.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {pathToFileURL} from 'node:url';
import * as cheerio from 'cheerio';
import {parse as parseYaml} from 'yaml';
import {alertsWithIncludes, countAlerts, inspectPage} from './check-corpus.mjs';
import {scratchSite, siteDir} from './scratch-site.mjs';

const TR_CURRENT = 'i18n/tr/docusaurus-plugin-content-docs/current';
const CONTENT = {en: 'docs', tr: TR_CURRENT};
export const PLAN_FILE = 'docset-check.json';

const posix = (p) => p.split(path.sep).join('/');

/** Docset paths of a root: the folders holding a toc.yml (Microsoft's build config aside). */
export function docsetPaths(root) {
  return fs
    .readdirSync(root, {recursive: true})
    .map(String)
    .map(posix)
    .filter((f) => /(^|\/)toc\.yml$/.test(f) && !/(^|\/)breadcrumb\//i.test(f))
    .map((f) => path.posix.dirname(f))
    .filter((dir, _, all) => !all.some((other) => other !== dir && dir.startsWith(`${other}/`)))
    .sort();
}

/** The route of a content-relative page path (`.md` or `.yml`). */
export function routeOf(rel) {
  const route = rel.replace(/\.(mdx?|ya?ml)$/i, '').replace(/(^|\/)index$/i, '');
  return `/${route}`;
}

export function htmlFile(buildDir, locale, route) {
  const rel = route === '/' ? 'index' : route.slice(1);
  return path.join(buildDir, locale === 'en' ? '' : locale, `${rel}.html`);
}

/** YamlMime kind of a .yml page (FAQ, Landing), or undefined. */
export function yamlMime(text) {
  return /^#+\s*YamlMime:(\w+)/m.exec(text)?.[1];
}

/** Question texts of a YamlMime:FAQ page, in order. */
export function faqQuestions(text) {
  const data = parseYaml(text.replace(/^#.*\n/, ''));
  return (data?.sections ?? []).flatMap((s) =>
    (s?.questions ?? []).map((q) => String(q?.question ?? '').trim()),
  );
}

/** Toc entry names in document order, with their hrefs (all levels). */
export function tocNames(text) {
  const data = parseYaml(text);
  const list = Array.isArray(data) ? data : (data?.items ?? []);
  const out = [];
  const walk = (entries) => {
    for (const e of entries ?? []) {
      out.push({name: String(e.name ?? ''), href: e.href ? String(e.href) : undefined});
      walk(e.items);
    }
  };
  walk(list);
  return out;
}

const plain = (text) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`_\u200b]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The element showing a FAQ question: a heading (or `dt`, `summary`) whose
 * text starts with it (a copy-link button may follow), else the innermost
 * element with an id that does.
 */
export function questionElement($, question) {
  const wanted = plain(question);
  const starts = (_, e) => plain($(e).text()).startsWith(wanted);
  const heading = $('main h2, main h3, main h4, main h5, main h6, main dt, main summary')
    .filter(starts)
    .first();
  return heading.length ? heading : $('main [id]').filter(starts).last();
}

function pad(s, n) {
  const str = String(s);
  return str.length >= n ? str : str + ' '.repeat(n - str.length);
}

function run(command, args, options) {
  return spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
    ...options,
  });
}

/** Stand-in pages for `.yml` pages (see --stub-yml-pages). */
function stubYmlPages(tmp, pages) {
  for (const {locale, rel, title} of pages) {
    const base = locale === 'en' ? 'src/pages' : `i18n/${locale}/docusaurus-plugin-content-pages`;
    const file = path.join(tmp, base, rel.replace(/\.ya?ml$/i, '.md'));
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(
      file,
      `# ${title}\n\nStand-in for a .yml page (check:docset --stub-yml-pages).\n`,
    );
  }
}

export function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        path: {type: 'string', multiple: true},
        keep: {type: 'boolean'},
        'no-e2e': {type: 'boolean'},
        'stub-yml-pages': {type: 'boolean'},
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`check:docset: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const {values, positionals} = parsed;
  if (positionals.length !== 1) {
    console.error(
      'usage: npm run check:docset -- <docset folder> [--path <docset path>]... [--keep] [--no-e2e] [--stub-yml-pages]',
    );
    return 2;
  }
  const input = path.resolve(process.env.INIT_CWD ?? process.cwd(), String(positionals[0]));
  const roots = {en: path.join(input, 'en'), tr: path.join(input, 'tr')};
  if (!fs.existsSync(roots.en)) {
    console.error(`check:docset: ${positionals[0]}: expected an en/ folder (and tr/)`);
    return 2;
  }
  const paths = values.path ?? docsetPaths(roots.en);
  if (paths.length === 0) {
    console.error(`check:docset: ${positionals[0]}: no toc.yml under en/; give --path`);
    return 2;
  }

  const tmp = scratchSite('docset-check-', {tests: true});
  let failed = false;
  const fail = (message) => {
    failed = true;
    console.log(`FAIL ${message}`);
  };
  try {
    // ------------------------------------------------------------ import
    const importArgs = ['--en', roots.en, ...(fs.existsSync(roots.tr) ? ['--tr', roots.tr] : [])];
    const imported = run(
      process.execPath,
      [
        path.join(siteDir, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/import.ts',
        ...importArgs,
        ...paths,
      ],
      {cwd: tmp, env: {...process.env, INIT_CWD: tmp}},
    );
    const importSummary = imported.stdout.split('\n').filter((l) => /^import: /.test(l));
    for (const line of importSummary) console.log(line);
    if (imported.status !== 0) {
      console.log(imported.stderr);
      fail('import');
      return 1;
    }
    const record = JSON.parse(fs.readFileSync(path.join(tmp, 'imported-docsets.json'), 'utf8'));
    const files = {en: new Set(), tr: new Set()};
    for (const d of record.docsets)
      for (const locale of ['en', 'tr'])
        for (const f of d.files[locale] ?? []) files[locale].add(f);

    // Pages: every English article and .yml page of the docsets. The
    // Turkish site has a page for each (translated or the English text).
    const isPage = (rel) =>
      paths.some((p) => rel.startsWith(`${p}/`)) &&
      !rel.split('/').some((s) => s === 'includes' || s.startsWith('_')) &&
      /\.(md|yml)$/i.test(rel) &&
      !/(^|\/)toc\.yml$/i.test(rel);
    const pages = [...files.en].filter(isPage).sort();
    const ymlPages = [];
    for (const rel of pages.filter((r) => r.endsWith('.yml'))) {
      for (const locale of ['en', 'tr']) {
        const src = path.join(tmp, CONTENT[locale], rel);
        const text = fs.readFileSync(
          fs.existsSync(src) ? src : path.join(tmp, 'docs', rel),
          'utf8',
        );
        const data = parseYaml(text.replace(/^#.*\n/, '')) ?? {};
        ymlPages.push({locale, rel, title: String(data.title ?? rel), kind: yamlMime(text)});
      }
    }
    if (values['stub-yml-pages']) {
      stubYmlPages(tmp, ymlPages);
      console.log(
        `check:docset: --stub-yml-pages: ${ymlPages.length} stand-in pages for .yml pages (FAQ checks will fail)`,
      );
    }

    // ------------------------------------------------------------ build
    const started = Date.now();
    // Locales side by side: a docset of this size fits in memory twice over.
    const build = run(process.execPath, ['scripts/build.mjs', '--parallel'], {cwd: tmp});
    const buildSeconds = (Date.now() - started) / 1000;
    const output = `${build.stdout ?? ''}\n${build.stderr ?? ''}`;
    fs.writeFileSync(path.join(tmp, 'build.log'), output);
    const warnings = output.split('\n').filter((l) => /\[WARNING\]|WARNING in /.test(l));
    // Each locale's build prints its own (lines prefixed [en], [tr]); once each.
    const tocWarnings = [
      ...new Set(
        output
          .split('\n')
          .filter((l) => /: toc: /.test(l))
          .map((l) => l.replace(/^\[[\w-]+\]\s*/, '')),
      ),
    ];
    if (build.status !== 0) {
      console.log('\nThe build failed:\n');
      console.log(
        output
          .split('\n')
          .filter((l) => l.trim() && !/^\[\w+\]\s+at /.test(l))
          .slice(-40)
          .join('\n'),
      );
      const ymlRoutes = ymlPages.map((y) => routeOf(y.rel));
      if (
        !values['stub-yml-pages'] &&
        ymlRoutes.some((r) => output.includes(`-> linking to ${r}\n`))
      ) {
        console.log(
          '\nLinks to the .yml pages (FAQ, landing) are broken: this site does not serve .yml pages; --stub-yml-pages checks the rest.',
        );
      }
      fail(`build (${buildSeconds.toFixed(1)} s)`);
      return 1;
    }
    const buildDir = path.join(tmp, 'build');

    // ------------------------------------------------------------ pages
    /**
     * @typedef {{rel: string, locale: string, route: string, problems: string[], kind?: string,
     *   translated?: boolean, questions?: string, sharedIds?: string, [key: string]: unknown}} PageRow
     */
    /** @type {PageRow[]} */
    const rows = [];
    /** @type {Map<string, Record<string, {ids: string[], translated: boolean | undefined, route: string}>>} */
    const faqIds = new Map(); // rel -> {en: ids, tr: ids}
    const fallbackOf = (wanted) => {
      const rel = posix(path.relative(path.join(tmp, TR_CURRENT), wanted));
      const en = path.join(tmp, 'docs', rel);
      return rel.startsWith('..') || !fs.existsSync(en) ? undefined : en;
    };
    for (const rel of pages) {
      for (const locale of ['en', 'tr']) {
        const own = path.join(tmp, CONTENT[locale], rel);
        const src = fs.existsSync(own) ? own : path.join(tmp, 'docs', rel);
        const route = routeOf(rel);
        const file = htmlFile(buildDir, locale, route);
        /** @type {PageRow} */
        const row = {rel, locale, route: `${locale === 'en' ? '' : '/tr'}${route}`, problems: []};
        rows.push(row);
        const kind = rel.endsWith('.yml')
          ? (yamlMime(fs.readFileSync(src, 'utf8')) ?? 'yml')
          : 'article';
        row.kind = kind;
        row.translated = src === own;
        if (!fs.existsSync(file)) {
          row.problems.push('not built');
          continue;
        }
        const html = fs.readFileSync(file, 'utf8');
        const $ = cheerio.load(html);
        const h1 = $('h1').length;
        if (h1 !== 1) row.problems.push(`${h1} h1`);
        const text = fs.readFileSync(src, 'utf8');
        const alerts = kind === 'article' ? alertsWithIncludes(src, fallbackOf) : countAlerts(text);
        // FAQ and landing pages have no <article> in every theme: fall back to <main>.
        const shown = inspectPage(
          $('article').length
            ? html
            : html.replace(/<main\b/, '<article').replace(/<\/main>/, '</article>'),
        );
        row.alerts = alerts;
        row.callouts = shown.callouts;
        if (shown.callouts !== alerts)
          row.problems.push(`alerts ${alerts} > callouts ${shown.callouts}`);
        if (shown.leftovers.length) row.problems.push(`left as text: ${shown.leftovers.join(' ')}`);
        if (kind === 'FAQ') {
          const questions = faqQuestions(text);
          const ids = [];
          for (const q of questions) {
            const el = questionElement($, q);
            const id = el.attr('id') ?? el.closest('[id]').attr('id');
            if (!id) row.problems.push(`question without id: "${q.slice(0, 40)}"`);
            else ids.push(id);
          }
          row.questions = `${ids.length}/${questions.length}`;
          const entry = faqIds.get(rel) ?? {};
          entry[locale] = {ids, translated: row.translated, route: row.route};
          faqIds.set(rel, entry);
        }
      }
    }
    // A question's id is the same in both languages (at least where both pages have it).
    for (const [rel, {en, tr}] of faqIds) {
      if (!en || !tr || !tr.translated || tr.ids.length === 0) continue;
      const shared = tr.ids.filter((id) => en.ids.includes(id)).length;
      const row = rows.find((r) => r.rel === rel && r.locale === 'tr');
      if (!row) continue;
      row.sharedIds = `${shared}/${tr.ids.length}`;
      if (shared === 0) row.problems.push('no question id shared with English');
    }

    // ------------------------------------------------------------ toc defects
    // Entries to pages the site doesn't have, from the toc files themselves.
    /** @type {string[]} */
    const expectedTocDefects = [];
    for (const p of paths) {
      for (const locale of ['en', 'tr']) {
        const toc = path.join(tmp, CONTENT[locale], p, 'toc.yml');
        if (!fs.existsSync(toc)) continue;
        const lines = fs.readFileSync(toc, 'utf8').split('\n');
        lines.forEach((line, i) => {
          const m = /^\s*-?\s*href:\s*['"]?([^'"\s#]+)/.exec(line);
          const href = m?.[1];
          if (!href || /^[a-z]+:/i.test(href)) return;
          const rel = path.posix.normalize(path.posix.join(p, href)).replace(/\/$/, '');
          const target = /\.(md|ya?ml)$/i.test(rel) ? rel : `${rel}/toc.yml`;
          const onSite =
            fs.existsSync(path.join(tmp, 'docs', target)) ||
            (locale === 'tr' &&
              /\.ya?ml$/i.test(target) &&
              fs.existsSync(path.join(tmp, CONTENT.tr, target)));
          if (!onSite) expectedTocDefects.push(`${CONTENT[locale]}/${p}/toc.yml:${i + 1}`);
        });
      }
    }
    for (const where of expectedTocDefects) {
      if (!tocWarnings.some((w) => w.includes(`${where}: toc:`)))
        fail(`${where}: a toc entry to a missing page, but the build did not report it`);
    }

    // ------------------------------------------------------------ content report
    const reportFile = path.join(buildDir, 'content-report.json');
    let reportSummary = 'absent (the content-defects work writes it): not checked';
    if (fs.existsSync(reportFile)) {
      const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
      const entries = Array.isArray(report) ? report : (report.defects ?? report.entries ?? []);
      const byConstruct = {};
      for (const e of entries) {
        byConstruct[e.construct] = (byConstruct[e.construct] ?? 0) + 1;
        const file = path.join(tmp, e.file ?? '');
        const lines =
          e.file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
        if (!e.file || lines.length === 0) fail(`content report: ${e.file}: no such file`);
        else if (e.line && e.line > lines.length)
          fail(`content report: ${e.file}:${e.line}: the file has ${lines.length} lines`);
      }
      for (const where of expectedTocDefects) {
        const [file, line] = where.split(/:(?=\d+$)/);
        if (!entries.some((e) => e.file === file && String(e.line) === line))
          fail(`content report: misses the toc defect at ${where}`);
      }
      reportSummary = `${entries.length} entries (${Object.entries(byConstruct)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`;
    }

    // ------------------------------------------------------------ table
    const width = Math.max(...rows.map((r) => r.rel.length), 4);
    console.log(
      `\n${pad('page', width)}  loc  kind     tr-file  alerts>callouts  questions(ids)  tr-ids-in-en  problems`,
    );
    for (const r of rows) {
      console.log(
        `${pad(r.rel, width)}  ${pad(r.locale, 3)}  ${pad(r.kind, 7)}  ${pad(r.locale === 'tr' ? (r.translated ? 'yes' : 'no') : '', 7)}  ${pad(r.alerts === undefined ? '-' : `${r.alerts}>${r.callouts}`, 15)}  ${pad(r.questions ?? '', 14)}  ${pad(r.sharedIds ?? '', 12)}  ${r.problems.join('; ') || 'ok'}`,
      );
      if (r.problems.length) failed = true;
    }

    // ------------------------------------------------------------ check:build
    const scripts = JSON.parse(fs.readFileSync(path.join(tmp, 'package.json'), 'utf8')).scripts;
    let staticChecks = 'not in this site (npm run check:build): skipped';
    if (scripts['check:build']) {
      const checked = run('npm', ['run', 'check:build'], {cwd: tmp, stdio: 'inherit'});
      staticChecks = checked.status === 0 ? 'passed' : 'FAILED';
      if (checked.status !== 0) failed = true;
    }

    // ------------------------------------------------------------ browser
    let e2e = 'not run (--no-e2e)';
    if (!values['no-e2e']) {
      const plan = browserPlan({tmp, paths, rows, faqIds});
      fs.writeFileSync(path.join(tmp, PLAN_FILE), `${JSON.stringify(plan, null, 2)}\n`);
      fs.cpSync(path.join(siteDir, 'tests'), path.join(tmp, 'tests'), {recursive: true});
      const cli = path.join(siteDir, 'node_modules', '@playwright', 'test', 'cli.js');
      // A port of its own unless told: a server already on the default port
      // (another checkout's) would be reused and checked instead.
      const port = process.env.E2E_PORT ?? String(20000 + (process.pid % 10000));
      const result = spawnSync(
        process.execPath,
        [cli, 'test', '-c', 'tests/e2e-docset/playwright.config.ts'],
        {cwd: tmp, stdio: 'inherit', env: {...process.env, E2E_PORT: port}},
      );
      e2e = result.status === 0 ? 'passed' : 'FAILED';
      if (result.status !== 0) failed = true;
    }

    // ------------------------------------------------------------ summary
    const count = (locale) =>
      rows.filter((r) => r.locale === locale && !r.problems.includes('not built')).length;
    const kinds = (locale) =>
      Object.entries(
        rows
          .filter((r) => r.locale === locale)
          .reduce(
            (acc, r) => ({...acc, [r.kind ?? '?']: (acc[r.kind ?? '?'] ?? 0) + 1}),
            /** @type {Record<string, number>} */ ({}),
          ),
      )
        .map(([k, v]) => `${v} ${k}`)
        .join(', ');
    console.log(`\ncheck:docset: ${paths.join(', ')}`);
    console.log(`  build: ${buildSeconds.toFixed(1)} s (both locales, npm run build)`);
    console.log(
      `  pages: en ${count('en')}/${rows.filter((r) => r.locale === 'en').length} (${kinds('en')}); tr ${count('tr')}/${rows.filter((r) => r.locale === 'tr').length} (${kinds('tr')}), ${rows.filter((r) => r.locale === 'tr' && r.translated).length} translated`,
    );
    console.log(
      `  toc defects: ${tocWarnings.length} (expected from the toc files: ${expectedTocDefects.length})`,
    );
    for (const w of tocWarnings) console.log(`    ${w}`);
    console.log(`  other build warnings: ${warnings.length}`);
    console.log(`  content report: ${reportSummary}`);
    console.log(`  static checks: ${staticChecks}`);
    console.log(`  browser: ${e2e}`);
    console.log(`  pages with problems: ${rows.filter((r) => r.problems.length).length}`);
    console.log(`check:docset: ${failed ? 'FAILED' : 'passed'}`);
    if (values.keep)
      console.log(
        `kept the site in ${tmp} (serve: node scripts/serve.mjs --dir ${path.join(tmp, 'build')})`,
      );
    return failed ? 1 : 0;
  } finally {
    if (!values.keep) fs.rmSync(tmp, {recursive: true, force: true});
  }
}

/**
 * What the browser checks (tests/e2e-docset): one page of each kind per
 * locale, the sidebar expected from each locale's toc, a sample of redirects.
 */
function browserPlan({tmp, paths, rows, faqIds}) {
  const built = rows.filter((r) => !r.problems.includes('not built'));
  const pick = (pred) => built.find(pred)?.route;
  const kinds = [
    ['article', (r) => r.locale === 'en' && r.kind === 'article'],
    ['article (Turkish)', (r) => r.locale === 'tr' && r.kind === 'article' && r.translated],
    ['article (not translated)', (r) => r.locale === 'tr' && r.kind === 'article' && !r.translated],
    ['FAQ', (r) => r.locale === 'en' && r.kind === 'FAQ'],
    ['FAQ (Turkish)', (r) => r.locale === 'tr' && r.kind === 'FAQ' && r.translated],
    ['landing', (r) => r.locale === 'en' && r.kind === 'Landing'],
    ['landing (Turkish)', (r) => r.locale === 'tr' && r.kind === 'Landing'],
  ];
  const pagesByKind = kinds
    .map(([kind, pred]) => ({kind, route: pick(pred)}))
    .filter((k) => k.route);

  // The sidebar: toc names in order, for entries whose page is on the site.
  const sidebars = [];
  for (const p of paths) {
    const en = path.join(tmp, 'docs', p, 'toc.yml');
    const tr = path.join(tmp, TR_CURRENT, p, 'toc.yml');
    const onSite = (href) => {
      if (!href) return true;
      if (/^[a-z]+:/i.test(href)) return true;
      const rel = path.posix.normalize(path.posix.join(p, href));
      return fs.existsSync(path.join(tmp, 'docs', rel)) && /\.(md|ya?ml)$/i.test(rel);
    };
    const names = (file) =>
      fs.existsSync(file)
        ? tocNames(fs.readFileSync(file, 'utf8')).filter((e) => onSite(e.href))
        : [];
    const enNames = names(en);
    const trNames = names(tr);
    const entry = (e) => ({name: e.name, page: Boolean(e.href)});
    const firstArticle = built.find(
      (r) => r.locale === 'en' && r.kind === 'article' && r.rel.startsWith(`${p}/`),
    );
    if (!firstArticle) continue;
    sidebars.push({
      route: firstArticle.route,
      locale: 'en',
      inOrder: enNames.map(entry),
      present: [],
    });
    const trHrefs = new Set(trNames.map((e) => e.href).filter(Boolean));
    sidebars.push({
      route: `/tr${firstArticle.route}`,
      locale: 'tr',
      // The Turkish toc's names, in its order; English entries it lacks, anywhere.
      inOrder: (trNames.length ? trNames : enNames).map(entry),
      present: trNames.length
        ? enNames.filter((e) => e.href && !trHrefs.has(e.href)).map((e) => e.name)
        : [],
    });
  }

  // Redirects: a deterministic sample of the host rules the build wrote
  // (build/_redirects: chains already followed) for the docset's old
  // addresses that stay on this site, per locale; the browser must land there.
  /** @type {{from: string, to: string}[]} */
  const redirects = [];
  const rulesFile = path.join(tmp, 'build', '_redirects');
  const rules = fs.existsSync(rulesFile)
    ? fs
        .readFileSync(rulesFile, 'utf8')
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter(([from, to, code]) => code === '301' && from && to?.startsWith('/'))
        .map(([from, to]) => ({from: String(from), to: String(to)}))
    : [];
  for (const prefix of ['', '/tr']) {
    const inDocset = rules.filter(({from}) =>
      paths.some((p) => from.startsWith(`${prefix}/${p}/`)),
    );
    const sample = [...new Set([0, Math.floor(inDocset.length / 2), inDocset.length - 1])]
      .filter((i) => i >= 0 && i < inDocset.length)
      .map((i) => inDocset[i]);
    for (const rule of sample) if (rule) redirects.push(rule);
  }
  // FAQ questions: the ids both languages share (first page that has some).
  const faq = [];
  for (const {en, tr} of faqIds.values()) {
    const ids = en && tr ? tr.ids.filter((id) => en.ids.includes(id)) : [];
    if (ids.length > 0) {
      faq.push({en: en.route, tr: tr.route, ids: ids.slice(0, 3)});
      break;
    }
  }
  return {pagesByKind, sidebars, redirects, faq};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
