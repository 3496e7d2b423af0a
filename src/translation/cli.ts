/**
 * The two translation commands, as functions (scripts/i18n-*.ts run them).
 *
 *   npm run i18n:status [-- --strict] [-- --json]
 *     In:  the site folder. Out: a table of every article per locale and
 *     version (status, translation type, translation date) and a summary;
 *     exit 1 with --strict when something is outdated, missing or orphaned.
 *
 *   npm run i18n:mark -- <translation file>... [--date YYYY-MM-DD]
 *     In:  translation files that were brought up to date. Out: each file
 *     gets the current hash of its English source and the date (today by
 *     default) in `translation.sourcehash` / `translation.date`; nothing
 *     else in the file changes. All files are checked before any is written.
 *
 * Exit codes: 0 fine, 1 strict check failed, 2 bad input (message names the
 * file and what was expected).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {DEFAULT_LOCALE, locateDoc} from '../msdocs/paths';
import {parseMarkdown, sectionHashes} from './hash';
import {
  KEY_DATE,
  KEY_SECTIONS,
  KEY_SOURCE_HASH,
  parseIsoDate,
  readRecord,
  TranslationRecordError,
  writeRecord,
} from './record';
import {
  FAILING_STATUSES,
  hashSourceFile,
  readLocales,
  scanSite,
  TranslationTreeError,
  type Status,
  type StatusRow,
} from './status';

export interface Io {
  /** Site folder (holds docs/, i18n/, versions.json). */
  siteDir: string;
  /** Folder relative file arguments are resolved against. */
  cwd: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Today's date, ISO `YYYY-MM-DD` (tests pin it). */
  today?: string;
}

const STATUS_ORDER: Status[] = ['current', 'machine-translated', 'outdated', 'missing', 'orphaned'];

function note(row: StatusRow): string {
  switch (row.status) {
    case 'outdated':
      return row.reason === 'unrecorded'
        ? 'no translation.sourcehash recorded'
        : 'English source changed since';
    case 'missing':
      return 'readers get the English page';
    case 'orphaned':
      return 'English source is gone; this file is not built';
    default:
      return '';
  }
}

/** Plain-text table, columns padded to their widest cell. */
export function formatTable(rows: StatusRow[]): string[] {
  const header = ['Article', 'Locale', 'Version', 'Status', 'Type', 'Translated', 'Note'];
  const cells = rows.map((r) => [
    r.article,
    r.locale,
    r.version,
    r.status,
    r.type ?? '-',
    r.date ?? '-',
    note(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]): string =>
    c
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
}

export function summarise(rows: StatusRow[]): string {
  const counts = STATUS_ORDER.map(
    (s) => [s, rows.filter((r) => r.status === s).length] as const,
  ).filter(([, n]) => n > 0);
  const parts = counts.map(([s, n]) => `${n} ${s}`);
  return `${rows.length} translation${rows.length === 1 ? '' : 's'} checked${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof TranslationTreeError || error instanceof TranslationRecordError) {
    io.stderr(error.message);
    return 2;
  }
  throw error;
}

export async function runStatus(argv: string[], io: Io): Promise<number> {
  let values: {strict?: boolean; json?: boolean};
  try {
    ({values} = parseArgs({
      args: argv,
      options: {strict: {type: 'boolean'}, json: {type: 'boolean'}},
      strict: true,
    }));
  } catch (error) {
    io.stderr(
      `i18n:status: ${(error as Error).message}\nusage: npm run i18n:status [-- --strict] [--json]`,
    );
    return 2;
  }
  let rows: StatusRow[];
  try {
    rows = await scanSite({
      siteDir: io.siteDir,
      locales: await readLocales(io.siteDir, DEFAULT_LOCALE),
    });
  } catch (error) {
    return reportError(error, io);
  }

  if (values.json) io.stdout(JSON.stringify(rows, null, 2));
  else {
    for (const line of formatTable(rows)) io.stdout(line);
    io.stdout('');
    io.stdout(summarise(rows));
  }

  const failing = rows.filter((r) => FAILING_STATUSES.has(r.status));
  const toMark = failing.filter((r) => r.status === 'outdated' && r.translationFile);
  if (toMark.length && !values.json) {
    io.stdout('After bringing a translation up to date, record it with:');
    for (const r of toMark) io.stdout(`  npm run i18n:mark -- ${r.translationFile}`);
  }
  if (values.strict && failing.length) {
    io.stderr(
      `i18n:status --strict: ${failing.length} translation${failing.length === 1 ? ' is' : 's are'} not current`,
    );
    return 1;
  }
  return 0;
}

interface Planned {
  label: string;
  file: string;
  before: string;
  after: string;
  sourceHash: string;
}

/** Everything but our two keys, for the "nothing else changed" check. */
async function withoutRecord(content: string, file: string): Promise<unknown> {
  const {frontMatter, body} = await parseMarkdown(content, file);
  const rest = {...frontMatter};
  delete rest[KEY_SOURCE_HASH];
  delete rest[KEY_DATE];
  delete rest[KEY_SECTIONS];
  return JSON.stringify({rest, body});
}

async function planMark(arg: string, date: string, io: Io): Promise<Planned> {
  const file = path.resolve(io.cwd, arg);
  const label = path.relative(io.siteDir, file).split(path.sep).join('/');
  const where = locateDoc(file, io.siteDir);
  if (!where || where.locale === DEFAULT_LOCALE) {
    throw new TranslationRecordError(
      label,
      undefined,
      'a translation under i18n/<locale>/docusaurus-plugin-content-docs/<current|version-*>/',
      label,
    );
  }
  let before: string;
  try {
    before = await fs.readFile(file, 'utf8');
  } catch {
    throw new TranslationRecordError(label, undefined, 'an existing translation file', label);
  }
  const sourcePath = path.join(where.sourceRoot, where.relPath);
  const sourceLabel = path.relative(io.siteDir, sourcePath).split(path.sep).join('/');
  try {
    await fs.access(sourcePath);
  } catch {
    throw new TranslationRecordError(
      label,
      undefined,
      `an English source at ${sourceLabel}`,
      'none',
    );
  }
  const sourceHash = await hashSourceFile(sourcePath, sourceLabel);

  const sections = sectionHashes(
    (await parseMarkdown(await fs.readFile(sourcePath, 'utf8'), sourcePath)).body,
  );
  const after = writeRecord(before, {sourceHash, date, sections});
  // The rest of the file must be what it was, and the new record valid.
  const {frontMatter} = await parseMarkdown(after, file);
  const record = readRecord(frontMatter, label);
  if (
    record.sourceHash !== sourceHash ||
    record.date !== date ||
    (await withoutRecord(before, file)) !== (await withoutRecord(after, file))
  ) {
    throw new TranslationRecordError(
      label,
      KEY_SOURCE_HASH,
      'a front matter block this command can edit line by line',
      'one it cannot',
    );
  }
  return {label, file, before, after, sourceHash};
}

export async function runMark(argv: string[], io: Io): Promise<number> {
  const usage = 'usage: npm run i18n:mark -- <translation file>... [--date YYYY-MM-DD]';
  let parsed: {values: {date?: string}; positionals: string[]};
  try {
    parsed = parseArgs({
      args: argv,
      options: {date: {type: 'string'}},
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(`i18n:mark: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const date = parsed.values.date ?? io.today ?? new Date().toISOString().slice(0, 10);
  if (parseIsoDate(date) !== date) {
    io.stderr(`i18n:mark: --date: expected a date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
    return 2;
  }
  if (!parsed.positionals.length) {
    io.stderr(`i18n:mark: no file given\n${usage}`);
    return 2;
  }

  const plans: Planned[] = [];
  const problems: TranslationRecordError[] = [];
  for (const arg of parsed.positionals) {
    try {
      plans.push(await planMark(arg, date, io));
    } catch (error) {
      if (error instanceof TranslationRecordError) problems.push(error);
      else throw error;
    }
  }
  if (problems.length) return reportError(new TranslationTreeError(problems), io);

  for (const plan of plans) {
    if (plan.after !== plan.before) await fs.writeFile(plan.file, plan.after, 'utf8');
    io.stdout(
      `current: ${plan.label} (English source ${plan.sourceHash.slice(0, 12)}, translated ${date})`,
    );
  }
  return 0;
}
