/**
 * Content defects: what the compatibility layer refuses in content that isn't
 * dangerous, and what the build does about it.
 *
 * In:  the site directory, the `onContentDefect` settings, the files a
 *      defect comes from (an article and the includes between), and defect
 *      records from the remark plugins, the front matter hook or a toc reader.
 * Out: the policy for those files ('throw': a build error, as for the
 *      team's own content; 'warn': repaired or shown, and reported) and the
 *      records, kept per source file under the generated-files folder and
 *      read back by src/plugins/content-report for `build/content-report.json`.
 *
 * Two kinds of refusal:
 *  - unsafe content (`<script>`, `on*=`, `javascript:` URLs, iframes, object,
 *    embed): always a build error, whatever the setting (../safety.ts);
 *  - content defects (image without alt text, unknown DocFX syntax, a link to
 *    a missing `#anchor`, empty link text, a bad front-matter value, a
 *    missing include or image, a toc entry to nothing...): errors under
 *    'throw', repaired or shown as "This part could not be shown" under 'warn'.
 *
 * Files listed in `imported-docsets.json` at the site root (written by the
 * import) are built with 'warn' unless the site sets `onImportedContentDefect`.
 *
 * Why files and not memory: Markdown is compiled in the bundler's loaders,
 * possibly in other threads, and a warm build takes unchanged pages from the
 * bundler's persistent cache without compiling them again. Each compile
 * replaces its file's records, so the records of a cached page stay valid.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {locateDoc} from './paths';

export type ContentDefectPolicy = 'throw' | 'warn';

/** What the build did with a defect. */
export type DefectAction =
  | 'repaired'
  | 'shown'
  | 'linked-to-top'
  | 'dropped-value'
  | 'dropped-from-nav'
  | 'redirected-to-learn';

export interface ContentDefect {
  /** File the defect is written in, relative to the site (`docs/a/b.md`, `docs/a/toc.yml`). */
  file: string;
  line: number;
  column: number;
  /** The construct, as build errors name it (`image`, `:::image`, `include`, `toc`...). */
  construct: string;
  message: string;
  action: DefectAction;
  /** Locale of the build the page belongs to. */
  locale: string;
  /** Docs version (`current`, `2021-08`). */
  version: string;
}

export interface ContentDefectSettings {
  /** For the site's own content; default 'throw'. */
  onContentDefect?: ContentDefectPolicy;
  /** For files listed in imported-docsets.json; default 'warn'. */
  onImportedContentDefect?: ContentDefectPolicy;
}

export const IMPORTED_DOCSETS_FILE = 'imported-docsets.json';

export interface ImportedDocsets {
  docsets: Array<{
    path: string;
    en?: string;
    tr?: string;
    /** Per locale, paths relative to that locale's current docs folder. */
    files?: Record<string, string[]>;
  }>;
}

const importedCache = new Map<string, {mtimeMs: number; files: Map<string, Set<string>>}>();

/** Per locale, the Microsoft paths (`microsoft-365/commerce/x.md`) that were imported. */
export function importedFiles(siteDir: string): Map<string, Set<string>> {
  const file = path.join(siteDir, IMPORTED_DOCSETS_FILE);
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return new Map();
  }
  const cached = importedCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.files;
  let parsed: ImportedDocsets;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as ImportedDocsets;
  } catch (error) {
    throw new Error(`${IMPORTED_DOCSETS_FILE}: not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (!Array.isArray(parsed?.docsets)) {
    throw new Error(`${IMPORTED_DOCSETS_FILE}: expected {"docsets": [...]}`);
  }
  const files = new Map<string, Set<string>>();
  for (const docset of parsed.docsets) {
    for (const [locale, list] of Object.entries(docset.files ?? {})) {
      const set = files.get(locale) ?? new Set<string>();
      for (const p of list) set.add(p.replace(/\\/g, '/').replace(/^\/+/, ''));
      files.set(locale, set);
    }
  }
  importedCache.set(file, {mtimeMs, files});
  return files;
}

/** Whether a file (article or include, absolute path) was brought in by the import. */
export function isImported(siteDir: string, filePath: string): boolean {
  const where = locateDoc(filePath, siteDir);
  if (!where || where.version !== 'current') return false;
  return importedFiles(siteDir).get(where.locale)?.has(where.relPath) ?? false;
}

/**
 * The policy for a defect written in `files` (the file itself, then the files
 * that include it, up to the article): lenient when any of them is imported.
 */
export function policyFor(
  siteDir: string,
  settings: ContentDefectSettings,
  files: readonly string[],
): ContentDefectPolicy {
  const own = settings.onContentDefect ?? 'throw';
  if (own === 'warn') return 'warn';
  const imported = settings.onImportedContentDefect ?? 'warn';
  return files.some((f) => isImported(siteDir, f)) ? imported : own;
}

/** Where records are kept: inside the generated-files folder of this build. */
export function defectsDir(siteDir: string, locale: string): string {
  const generated = process.env.DOCUSAURUS_GENERATED_FILES_DIR_NAME ?? '.docusaurus';
  return path.join(siteDir, generated, 'content-report', locale);
}

interface StoredDefects {
  /** The file whose compile produced the records (absolute). */
  source: string;
  records: ContentDefect[];
}

const keyFile = (siteDir: string, locale: string, key: string): string =>
  path.join(
    defectsDir(siteDir, locale),
    `${crypto.createHash('sha1').update(key).digest('hex').slice(0, 20)}.json`,
  );

/**
 * Replaces the records one compile produced. `key` names that compile
 * (`page:<absolute file>`, `front-matter:<file>`, `toc:<file>`); `source` is
 * the file whose removal makes the records stale. No records: nothing kept.
 */
export function writeDefects(
  siteDir: string,
  locale: string,
  key: string,
  source: string,
  records: readonly ContentDefect[],
): void {
  const file = keyFile(siteDir, locale, key);
  if (records.length === 0) {
    fs.rmSync(file, {force: true});
    return;
  }
  fs.mkdirSync(path.dirname(file), {recursive: true});
  const stored: StoredDefects = {source, records: [...records]};
  // Written then renamed: a reader never sees half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(stored));
  fs.renameSync(tmp, file);
}

/**
 * For code outside the remark plugins (a toc reader, the front matter hook):
 * records one defect of `source` under `key`, keeping the key's earlier ones
 * from the same process run. Call `writeDefects(..., [])` first to start over.
 */
export function reportDefect(
  siteDir: string,
  key: string,
  source: string,
  record: ContentDefect,
): void {
  const file = keyFile(siteDir, record.locale, key);
  let earlier: ContentDefect[] = [];
  try {
    earlier = (JSON.parse(fs.readFileSync(file, 'utf8')) as StoredDefects).records;
  } catch {
    earlier = [];
  }
  const same = (r: ContentDefect): boolean => JSON.stringify(r) === JSON.stringify(record);
  if (earlier.some(same)) return;
  writeDefects(siteDir, record.locale, key, source, [...earlier, record]);
}

/** Every record of a locale whose source file still exists, sorted. */
export function readDefects(siteDir: string, locale: string): ContentDefect[] {
  const dir = defectsDir(siteDir, locale);
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  const out: ContentDefect[] = [];
  for (const name of names) {
    let stored: StoredDefects;
    try {
      stored = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as StoredDefects;
    } catch {
      continue;
    }
    if (!fs.existsSync(stored.source)) continue;
    out.push(...stored.records);
  }
  return sortDefects(out);
}

const ORDER: Array<keyof ContentDefect> = [
  'file',
  'line',
  'column',
  'construct',
  'locale',
  'version',
  'action',
  'message',
];

/** Sorted by file, line, column, construct...; duplicates dropped. Stable across runs. */
export function sortDefects(records: readonly ContentDefect[]): ContentDefect[] {
  const seen = new Set<string>();
  const unique = records.filter((r) => {
    const key = JSON.stringify(ORDER.map((k) => r[k]));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => {
    for (const k of ORDER) {
      const x = a[k];
      const y = b[k];
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });
}

/** The end-of-build summary: counts per construct and action, then the first records. */
export function summarizeDefects(records: readonly ContentDefect[], first = 5): string {
  if (records.length === 0) return 'Content report: no content defects.';
  const counts = new Map<string, number>();
  for (const r of records) {
    const key = `${r.construct} (${r.action})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lines = [
    `Content report: ${records.length} content defect${records.length === 1 ? '' : 's'} repaired or shown (build/content-report.json):`,
    ...[...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `  ${n} x ${k}`),
    ...records
      .slice(0, first)
      .map((r) => `  ${r.file}:${r.line}:${r.column} [${r.locale}] ${r.construct}: ${r.message}`),
  ];
  if (records.length > first) lines.push(`  ... and ${records.length - first} more`);
  return lines.join('\n');
}
