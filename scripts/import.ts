/**
 * Brings a Microsoft docset into the site, and updates it on later runs.
 *
 *   npm run import -- --en <english root> [--tr <turkish root>] <docset path>...
 *   e.g. npm run import -- --en ../docsets/commerce/en --tr ../docsets/commerce/tr \
 *          microsoft-365/commerce
 *
 * In:  roots laid out like Microsoft's repositories (`<root>/microsoft-365/...`,
 *      `<root>/redirections.json`) and docset folders inside them.
 * Does: copies, byte for byte (front matter verbatim), at Microsoft's paths:
 *      the docset's articles (`.md`), `.yml` pages (FAQ, landing) and
 *      `toc.yml` files, and the includes and images they reference
 *      (`[!INCLUDE]`, `:::image source=/lightbox=`, `![](...)`), followed
 *      transitively, also outside the docset folder. English goes under
 *      `docs/`, Turkish under `i18n/tr/docusaurus-plugin-content-docs/current/`;
 *      an include or image the Turkish tree lacks but the English one has is
 *      taken from the English tree (the build falls back to it). Other files
 *      (Turkish `docfx.json`, `breadcrumb/TOC.yml`) are build configuration
 *      of Microsoft's publishing system and are left out.
 * Out: `imported-docsets.json` (what each docset brought in: the defects
 *      policy and the navigation read it), `imported/redirections.<locale>.json`
 *      (the redirection entries under the imported docset paths), and a
 *      summary of files added / changed / removed / unchanged.
 *
 * Re-running replaces changed files and removes files a previous import
 * recorded that upstream no longer has. A file the import would write that
 * the team wrote (not recorded) is an error, and nothing is written.
 * Exit codes: 0 done, 1 refused (a team file in the way), 2 bad arguments.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {pathToFileURL} from 'node:url';

export const RECORD_FILE = 'imported-docsets.json';
export const REDIRECTIONS_DIR = 'imported';
export const CONTENT_DIRS: Record<string, string> = {
  en: 'docs',
  tr: 'i18n/tr/docusaurus-plugin-content-docs/current',
};
const LOCALES = ['en', 'tr'] as const;
type Locale = (typeof LOCALES)[number];

export interface DocsetRecord {
  path: string;
  en: string;
  tr?: string;
  files: Record<string, string[]>;
}
export interface ImportRecord {
  docsets: DocsetRecord[];
}
interface Redirection {
  source_path: string;
  redirect_url: string;
  redirect_document_id?: boolean;
}

export class ImportError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface Io {
  /** The site (where docs/ and imported-docsets.json live). */
  siteDir: string;
  /** Where relative arguments are resolved. */
  cwd: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

const toPosix = (p: string): string => p.split(path.sep).join('/');
const CONTENT = /\.(md|ya?ml)$/i;

// ---------------------------------------------------------------- references

const INCLUDE = /\[!include\s*\[[^\]]*\]\(\s*(?:<([^>]+)>|([^)\s]+))\s*\)\]/gi;
const TRIPLE_IMAGE = /:::image\b[^\n]*?\b(?:source|lightbox)\s*=\s*"([^"]+)"/gi;
const LIGHTBOX = /\blightbox\s*=\s*"([^"]+)"/gi;
const MD_IMAGE = /!\[[^\]]*\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*?\bsrc\s*=\s*"([^"]+)"/gi;

/** Relative paths of the includes and images a Markdown or YAML text names. */
export function references(text: string): string[] {
  const found = new Set<string>();
  for (const re of [INCLUDE, TRIPLE_IMAGE, LIGHTBOX, MD_IMAGE, HTML_IMAGE]) {
    for (const m of text.matchAll(re)) {
      const p = (m[1] ?? m[2] ?? '').split(/[?#]/)[0]!.trim();
      if (!p || /^[a-z][a-z0-9+.-]*:/i.test(p) || p.startsWith('/') || p.startsWith('//')) continue;
      found.add(p);
    }
  }
  return [...found];
}

/** `rel` under `root`, each segment matched case-insensitively; posix rel of the hit. */
function findRel(root: string, rel: string): string | undefined {
  const segments = path.posix.normalize(rel).split('/');
  if (segments[0] === '..' || path.posix.isAbsolute(rel)) return undefined;
  let dir = root;
  const out: string[] = [];
  for (const seg of segments) {
    if (!seg || seg === '.') continue;
    let entries: string[];
    try {
      entries = fs.readdirSync(dir);
    } catch {
      return undefined;
    }
    const hit = entries.includes(seg)
      ? seg
      : entries.find((e) => e.toLowerCase() === seg.toLowerCase());
    if (!hit) return undefined;
    out.push(hit);
    dir = path.join(dir, hit);
  }
  try {
    return fs.statSync(dir).isFile() ? out.join('/') : undefined;
  } catch {
    return undefined;
  }
}

function walk(root: string, dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), {recursive: true})
    .map(String)
    .map((f) => toPosix(path.join(dir, f)))
    .filter((f) => fs.statSync(path.join(root, f)).isFile())
    .sort();
}

export interface Plan {
  /** Content-relative path -> absolute source file, per locale. */
  files: Record<Locale, Map<string, string>>;
  /** Files in the docset folders left out (not content). */
  skipped: string[];
  /** References to files neither tree has: `file: ref`. */
  unresolved: string[];
}

/** What importing these docsets brings in (nothing is written). */
export function planImport(roots: Partial<Record<Locale, string>>, docsets: string[]): Plan {
  const plan: Plan = {files: {en: new Map(), tr: new Map()}, skipped: [], unresolved: []};
  for (const locale of LOCALES) {
    const root = roots[locale];
    if (!root) continue;
    const queue: string[] = [];
    const add = (into: Locale, fromRoot: string, rel: string): void => {
      if (plan.files[into].has(rel)) return;
      plan.files[into].set(rel, path.join(fromRoot, rel));
      if (into === locale && /\.(md|ya?ml)$/i.test(rel)) queue.push(rel);
      else if (/\.(md|ya?ml)$/i.test(rel)) followFrom(into, fromRoot, rel);
    };
    // A file taken from the English tree for a translation: its own references too.
    const followFrom = (into: Locale, fromRoot: string, rel: string): void => {
      const text = fs.readFileSync(path.join(fromRoot, rel), 'utf8');
      for (const ref of references(text)) {
        const wanted = path.posix.join(path.posix.dirname(rel), safeDecode(ref));
        const hit = findRel(fromRoot, wanted);
        if (hit) add(into, fromRoot, hit);
      }
    };
    // Microsoft's publishing configuration next to the docsets: never content.
    for (const top of new Set(docsets.map((d) => d.split('/')[0]!))) {
      for (const rel of walk(root, top)) {
        if (/(^|\/)docfx\.json$/i.test(rel) || /(^|\/)breadcrumb\//i.test(rel))
          plan.skipped.push(`${locale}/${rel}`);
      }
    }
    for (const docset of docsets) {
      for (const rel of walk(root, docset)) {
        if (CONTENT.test(rel)) add(locale, root, rel);
        else plan.skipped.push(`${locale}/${rel}`);
      }
    }
    while (queue.length > 0) {
      const rel = queue.shift()!;
      const text = fs.readFileSync(path.join(root, rel), 'utf8');
      for (const ref of references(text)) {
        const wanted = path.posix.join(path.posix.dirname(rel), safeDecode(ref));
        const own = findRel(root, wanted);
        if (own) {
          add(locale, root, own);
          continue;
        }
        const english = locale === 'en' ? undefined : roots.en;
        const fallback = english ? findRel(english, wanted) : undefined;
        if (english && fallback) add('en', english, fallback);
        else plan.unresolved.push(`${locale}/${rel}: ${ref}`);
      }
    }
  }
  return plan;
}

function safeDecode(ref: string): string {
  try {
    return decodeURI(ref);
  } catch {
    return ref;
  }
}

// ---------------------------------------------------------------- record

export function readRecord(siteDir: string): ImportRecord {
  const file = path.join(siteDir, RECORD_FILE);
  if (!fs.existsSync(file)) return {docsets: []};
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ImportRecord;
}

function writeJson(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

const sha = (file: string): string =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function removeEmptyDirs(from: string, stop: string): void {
  let dir = from;
  while (dir.startsWith(stop) && dir !== stop) {
    try {
      if (fs.readdirSync(dir).length > 0) return;
      fs.rmdirSync(dir);
    } catch {
      return;
    }
    dir = path.dirname(dir);
  }
}

// ---------------------------------------------------------------- run

export interface Summary {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

export function runImport(argv: string[], io: Io): number {
  try {
    importDocsets(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr(`import: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}

const USAGE = 'usage: npm run import -- --en <english root> [--tr <turkish root>] <docset path>...';

/** Does the import; returns what changed (paths prefixed `docs/...`, `i18n/...`). */
export function importDocsets(argv: string[], io: Io): Summary {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {en: {type: 'string'}, tr: {type: 'string'}},
      allowPositionals: true,
    });
  } catch (error) {
    throw new ImportError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const {values, positionals} = parsed;
  if (!values.en) throw new ImportError(`--en <english root> is required\n${USAGE}`, 2);
  if (positionals.length === 0) throw new ImportError(`no docset path given\n${USAGE}`, 2);

  const roots: Partial<Record<Locale, string>> = {};
  const given: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const value = values[locale];
    if (!value) continue;
    const abs = path.resolve(io.cwd, value);
    if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory())
      throw new ImportError(`--${locale} ${value}: no such folder`, 2);
    roots[locale] = abs;
    given[locale] = toPosix(path.relative(io.siteDir, abs)) || '.';
  }
  const docsets = positionals.map((p) => {
    const clean = toPosix(p)
      .replace(/^\.\/+/, '')
      .replace(/\/+$/, '');
    if (!clean || path.posix.isAbsolute(clean) || clean.split('/').includes('..'))
      throw new ImportError(`${p}: a docset path is relative to the roots, without ..`, 2);
    for (const [locale, root] of Object.entries(roots)) {
      const dir = path.join(root, clean);
      if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
        throw new ImportError(
          `${p}: no such folder in the ${locale} root (${given[locale as Locale]})`,
          2,
        );
    }
    return clean;
  });

  const previous = readRecord(io.siteDir);
  const importing = new Set(docsets);
  const kept = previous.docsets.filter((d) => !importing.has(d.path));
  const plan = planImport(roots, docsets);

  // Files of the new record, per locale; the old record's, to tell ours from the team's.
  const next: DocsetRecord[] = [
    ...kept,
    ...docsets.map((docset) => ({
      path: docset,
      en: given.en!,
      ...(given.tr ? {tr: given.tr} : {}),
      files: {en: [] as string[], tr: [] as string[]},
    })),
  ].sort((a, b) => a.path.localeCompare(b.path));
  const owner = (rel: string): string | undefined =>
    docsets.find((d) => rel.startsWith(`${d}/`)) ?? docsets[0];
  for (const locale of LOCALES) {
    for (const rel of [...plan.files[locale].keys()].sort()) {
      // A shared include or image is recorded by every docset importing it.
      const by = new Set([owner(rel)!]);
      for (const d of docsets) if (rel.startsWith(`${d}/`)) by.add(d);
      for (const record of next) if (by.has(record.path)) record.files[locale]!.push(rel);
    }
  }
  for (const record of next) {
    for (const locale of LOCALES) record.files[locale] = [...(record.files[locale] ?? [])].sort();
  }

  const recorded = (record: ImportRecord): Record<Locale, Set<string>> => {
    const out = {en: new Set<string>(), tr: new Set<string>()};
    for (const d of record.docsets)
      for (const locale of LOCALES) for (const f of d.files[locale] ?? []) out[locale].add(f);
    return out;
  };
  const before = recorded(previous);
  const after = recorded({docsets: next});

  // Refuse before writing anything when a team file is in the way.
  const conflicts: string[] = [];
  for (const locale of LOCALES) {
    for (const rel of plan.files[locale].keys()) {
      const target = path.join(io.siteDir, CONTENT_DIRS[locale]!, rel);
      if (fs.existsSync(target) && !before[locale].has(rel))
        conflicts.push(`${CONTENT_DIRS[locale]}/${rel}`);
    }
  }
  if (conflicts.length > 0) {
    throw new ImportError(
      `these files were not brought in by an import (the team wrote them); not overwriting:\n  ${conflicts.join('\n  ')}`,
      1,
    );
  }

  const summary: Summary = {added: [], changed: [], removed: [], unchanged: []};
  for (const locale of LOCALES) {
    const contentDir = path.join(io.siteDir, CONTENT_DIRS[locale]!);
    for (const [rel, source] of [...plan.files[locale]].sort(([a], [b]) => a.localeCompare(b))) {
      const target = path.join(contentDir, rel);
      const shown = `${CONTENT_DIRS[locale]}/${rel}`;
      if (!fs.existsSync(target)) {
        fs.mkdirSync(path.dirname(target), {recursive: true});
        fs.copyFileSync(source, target);
        summary.added.push(shown);
      } else if (sha(source) !== sha(target)) {
        fs.copyFileSync(source, target);
        summary.changed.push(shown);
      } else {
        summary.unchanged.push(shown);
      }
    }
    for (const rel of [...before[locale]].sort()) {
      if (after[locale].has(rel)) continue;
      const target = path.join(contentDir, rel);
      if (fs.existsSync(target)) {
        fs.rmSync(target);
        removeEmptyDirs(path.dirname(target), contentDir);
      }
      summary.removed.push(`${CONTENT_DIRS[locale]}/${rel}`);
    }
  }

  writeJson(path.join(io.siteDir, RECORD_FILE), {docsets: next});
  const allPaths = next.map((d) => d.path);
  for (const locale of LOCALES) {
    const file = path.join(io.siteDir, REDIRECTIONS_DIR, `redirections.${locale}.json`);
    const old: Redirection[] = fs.existsSync(file)
      ? ((JSON.parse(fs.readFileSync(file, 'utf8')) as {redirections?: Redirection[]})
          .redirections ?? [])
      : [];
    const under = (entry: Redirection, paths: Iterable<string>): boolean =>
      [...paths].some((p) => entry.source_path.replace(/^\/+/, '').startsWith(`${p}/`));
    const root = roots[locale];
    const source = root ? path.join(root, 'redirections.json') : undefined;
    const fresh: Redirection[] =
      source && fs.existsSync(source)
        ? ((JSON.parse(fs.readFileSync(source, 'utf8')) as {redirections?: Redirection[]})
            .redirections ?? [])
        : [];
    // Entries of docsets not imported now stay; those of the imported ones are replaced.
    const redirections = [
      ...old.filter((e) => !under(e, importing) && under(e, allPaths)),
      ...(root ? fresh.filter((e) => under(e, importing)) : old.filter((e) => under(e, importing))),
    ].sort((a, b) => a.source_path.localeCompare(b.source_path));
    writeJson(file, {redirections});
    io.stdout(
      `import: ${path.posix.join(REDIRECTIONS_DIR, `redirections.${locale}.json`)}: ${redirections.length} redirection entries`,
    );
  }

  for (const skipped of plan.skipped)
    io.stdout(`import: left out ${skipped} (not an article, .yml page, toc or what they use)`);
  for (const ref of plan.unresolved)
    io.stdout(`import: ${ref}: not found in the roots (the build reports it)`);
  for (const [label, list] of Object.entries(summary) as [keyof Summary, string[]][]) {
    if (label === 'unchanged') continue;
    for (const f of list) io.stdout(`  ${label}: ${f}`);
  }
  io.stdout(
    `import: ${docsets.join(', ')}: ${summary.added.length} added, ${summary.changed.length} changed, ${summary.removed.length} removed, ${summary.unchanged.length} unchanged`,
  );
  return summary;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runImport(process.argv.slice(2), {
    siteDir: process.cwd(),
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: (line) => console.log(line),
    stderr: (line) => console.error(line),
  });
}
