/**
 * Translation status of every article, per locale and version.
 *
 * In:  the site folder (English sources in docs/ and versioned_docs/,
 *      translations under i18n/<locale>/docusaurus-plugin-content-docs/),
 *      the locales to check and the versions (default: `current` plus
 *      versions.json). Files only: no git, so a shallow clone gives the same
 *      answer as a full one.
 * Out: one row per (article, version, locale) with its status, the
 *      translation's type and date; problems in records throw one
 *      TranslationTreeError listing every bad file.
 *
 * Status, from the two independent facts "is it up to date" (freshness) and
 * "who translated it" (type):
 *   missing             no translation file: readers get the English page
 *   orphaned            a translation whose English source is gone (never built)
 *   outdated            the recorded source hash differs from the English
 *                       source's current hash, or no hash is recorded;
 *                       outdated wins over machine-translated: an outdated MT
 *                       page is "outdated" with type "machine"
 *   machine-translated  up to date, but machine-translated (ms.translationtype: MT)
 *   current             up to date, translated by a person
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {CURRENT_VERSION} from '../msdocs/paths';
import {hashSourceParts, parseMarkdown} from './hash';
import {assertNoRecord, readRecord, TranslationRecordError, type TranslationRecord} from './record';
import type {Freshness, OutdatedReason, TranslationType} from './page';

export type Status = 'current' | 'machine-translated' | 'outdated' | 'missing' | 'orphaned';

/** Statuses `i18n:status --strict` fails on. */
export const FAILING_STATUSES: ReadonlySet<Status> = new Set(['outdated', 'missing', 'orphaned']);

export interface StatusRow {
  /** Microsoft's path without extension, e.g. `microsoft-365/commerce/licenses/x`. */
  article: string;
  locale: string;
  version: string;
  status: Status;
  /** Absent when there is no translation. */
  type?: TranslationType;
  /** When the translation was made (ISO date), if known. */
  date?: string;
  reason?: OutdatedReason;
  /** Site-relative paths, `/`-separated. */
  sourceFile?: string;
  translationFile?: string;
}

const DOC_FILE = /\.mdx?$/i;

/** Docusaurus' default docs `exclude`: `_`-prefixed files and folders are partials, not pages. */
export function isPartial(relPath: string): boolean {
  return relPath.split('/').some((segment) => segment.startsWith('_'));
}

export function articleId(relPath: string): string {
  return relPath.replace(DOC_FILE, '');
}

/** Freshness of an existing translation against its English source's hash. */
export function freshness(
  record: TranslationRecord,
  currentSourceHash: string,
): {freshness: Freshness; reason?: OutdatedReason} {
  if (record.sourceHash === undefined) return {freshness: 'outdated', reason: 'unrecorded'};
  if (record.sourceHash !== currentSourceHash) return {freshness: 'outdated', reason: 'changed'};
  return {freshness: 'current'};
}

/** Folds freshness and type into the one status the table shows. */
export function summaryStatus(f: Freshness, type: TranslationType | undefined): Status {
  if (f === 'current' && type === 'machine') return 'machine-translated';
  return f;
}

export function sourceFolder(version: string): string {
  return version === CURRENT_VERSION
    ? 'docs'
    : path.posix.join('versioned_docs', `version-${version}`);
}

export function translationFolder(locale: string, version: string): string {
  const folder = version === CURRENT_VERSION ? CURRENT_VERSION : `version-${version}`;
  return path.posix.join('i18n', locale, 'docusaurus-plugin-content-docs', folder);
}

/** `current` followed by the snapshots in versions.json (newest first). */
export async function readVersions(siteDir: string): Promise<string[]> {
  const file = path.join(siteDir, 'versions.json');
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return [CURRENT_VERSION];
  }
  const versions: unknown = JSON.parse(text);
  if (!Array.isArray(versions) || !versions.every((v) => typeof v === 'string')) {
    throw new Error(`${file}: expected a JSON array of version names, got ${text.trim()}`);
  }
  return [CURRENT_VERSION, ...versions];
}

/** Locales with a folder under i18n/, except the default (English) one. */
export async function readLocales(siteDir: string, defaultLocale = 'en'): Promise<string[]> {
  try {
    const entries = await fs.readdir(path.join(siteDir, 'i18n'), {withFileTypes: true});
    return entries
      .filter((e) => e.isDirectory() && e.name !== defaultLocale)
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

async function listDocs(root: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = (await fs.readdir(root, {recursive: true})).map(String);
  } catch {
    return [];
  }
  return entries
    .map((e) => e.split(path.sep).join('/'))
    .filter((rel) => DOC_FILE.test(rel) && !isPartial(rel))
    .sort();
}

export class TranslationTreeError extends Error {
  constructor(readonly problems: TranslationRecordError[]) {
    super(
      `Translation records are invalid:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`,
    );
    this.name = 'TranslationTreeError';
  }
}

export interface ScanOptions {
  siteDir: string;
  /** Translated locales (the default locale is the source, never listed). */
  locales: string[];
  /** Versions to check; default: `current` plus versions.json. */
  versions?: string[];
  /** Hashes an English source (default hashSourceFile); the build passes its cache. */
  hashSource?: (file: string, label: string) => Promise<string>;
}

/** Hash of an English source file; throws if it carries a translation record. */
export async function hashSourceFile(file: string, label: string): Promise<string> {
  const parts = await parseMarkdown(await fs.readFile(file, 'utf8'), file);
  assertNoRecord(parts.frontMatter, label);
  return hashSourceParts(parts);
}

/** Reads a translation file's record (validated). */
export async function readRecordFile(file: string, label: string): Promise<TranslationRecord> {
  const {frontMatter} = await parseMarkdown(await fs.readFile(file, 'utf8'), file);
  return readRecord(frontMatter, label);
}

export async function scanSite({
  siteDir,
  locales,
  versions,
  hashSource = hashSourceFile,
}: ScanOptions): Promise<StatusRow[]> {
  const rows: StatusRow[] = [];
  const problems: TranslationRecordError[] = [];
  // Files are read concurrently; results are taken in file order, so the
  // problems are listed in the same order on every run.
  type Settled<T> = {value: T} | {problem: TranslationRecordError};
  const settle = <T>(work: Promise<T>): Promise<Settled<T>> =>
    work.then(
      (value) => ({value}),
      (error: unknown) => {
        if (error instanceof TranslationRecordError) return {problem: error};
        throw error;
      },
    );
  const take = <T>(settled: Settled<T> | undefined): T | undefined => {
    if (!settled) return undefined;
    if ('problem' in settled) {
      problems.push(settled.problem);
      return undefined;
    }
    return settled.value;
  };

  const versionList = versions ?? (await readVersions(siteDir));
  for (const version of versionList) {
    const sourceDir = sourceFolder(version);
    const sources = await listDocs(path.join(siteDir, sourceDir));
    const hashed = await Promise.all(
      sources.map((rel) =>
        settle(hashSource(path.join(siteDir, sourceDir, rel), `${sourceDir}/${rel}`)),
      ),
    );
    const hashes = new Map<string, string | undefined>(
      sources.map((rel, i) => [rel, take(hashed[i])]),
    );

    for (const locale of locales) {
      const translationDir = translationFolder(locale, version);
      const translations = new Set(await listDocs(path.join(siteDir, translationDir)));
      const articles = [...new Set([...sources, ...translations])];
      const records = await Promise.all(
        articles.map((rel) =>
          translations.has(rel)
            ? settle(
                readRecordFile(path.join(siteDir, translationDir, rel), `${translationDir}/${rel}`),
              )
            : undefined,
        ),
      );
      articles.forEach((rel, i) => {
        const base = {article: articleId(rel), locale, version};
        const sourceFile = hashes.has(rel) ? `${sourceDir}/${rel}` : undefined;
        const translationFile = translations.has(rel) ? `${translationDir}/${rel}` : undefined;
        if (!translationFile) {
          rows.push({...base, status: 'missing', sourceFile});
          return;
        }
        const record = take(records[i]);
        if (!record) return;
        const common = {...base, type: record.type, date: record.date, translationFile};
        if (!sourceFile) {
          rows.push({...common, status: 'orphaned'});
          return;
        }
        const sourceHash = hashes.get(rel);
        if (sourceHash === undefined) return; // the source's own problem is already collected
        const f = freshness(record, sourceHash);
        rows.push({
          ...common,
          status: summaryStatus(f.freshness, record.type),
          reason: f.reason,
          sourceFile,
        });
      });
    }
  }
  if (problems.length) throw new TranslationTreeError(problems);

  const versionOrder = new Map(versionList.map((v, i) => [v, i]));
  return rows.sort(
    (a, b) =>
      a.article.localeCompare(b.article) ||
      (versionOrder.get(a.version) ?? 0) - (versionOrder.get(b.version) ?? 0) ||
      a.locale.localeCompare(b.locale),
  );
}
