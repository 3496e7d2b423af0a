/**
 * Where a Markdown file sits in the site, told from its path alone.
 *
 * In:  an absolute file path (what a remark plugin sees as `file.path`) and
 *      the site directory.
 * Out: the locale its text is written in, the docs version it belongs to,
 *      its path inside that version's content folder (Microsoft's path, e.g.
 *      `microsoft-365/commerce/licenses/buy-licenses.md`) and the folder that
 *      holds the English source of that version.
 *
 * Folders (Docusaurus' layout):
 *   docs/<path>                                              en, current
 *   versioned_docs/version-<v>/<path>                        en, <v>
 *   i18n/<loc>/docusaurus-plugin-content-docs/current/<path> <loc>, current
 *   i18n/<loc>/docusaurus-plugin-content-docs/version-<v>/<path>
 */
import path from 'node:path';

export const DEFAULT_LOCALE = 'en';
export const CURRENT_VERSION = 'current';

export interface DocLocation {
  /** Locale the file is written in (folder-derived). */
  locale: string;
  /** `current` or a snapshot name such as `2021-08`. */
  version: string;
  /** Path inside the version's content folder, with `/` separators. */
  relPath: string;
  /** Absolute folder of the English source of this version. */
  sourceRoot: string;
  /** Absolute folder the file itself lives in (its content root). */
  contentRoot: string;
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

function versionFromFolder(folder: string): string | undefined {
  if (folder === CURRENT_VERSION) return CURRENT_VERSION;
  const m = /^version-(.+)$/.exec(folder);
  return m?.[1];
}

function sourceRootFor(siteDir: string, version: string): string {
  return version === CURRENT_VERSION
    ? path.join(siteDir, 'docs')
    : path.join(siteDir, 'versioned_docs', `version-${version}`);
}

/** Returns undefined for files outside the docs content folders. */
export function locateDoc(filePath: string, siteDir: string): DocLocation | undefined {
  const rel = toPosix(path.relative(siteDir, filePath));
  if (rel.startsWith('..')) return undefined;
  const parts = rel.split('/');

  if (parts[0] === 'docs' && parts.length > 1) {
    return {
      locale: DEFAULT_LOCALE,
      version: CURRENT_VERSION,
      relPath: parts.slice(1).join('/'),
      sourceRoot: sourceRootFor(siteDir, CURRENT_VERSION),
      contentRoot: path.join(siteDir, 'docs'),
    };
  }
  if (parts[0] === 'versioned_docs' && parts.length > 2) {
    const version = versionFromFolder(parts[1] ?? '');
    if (!version) return undefined;
    return {
      locale: DEFAULT_LOCALE,
      version,
      relPath: parts.slice(2).join('/'),
      sourceRoot: sourceRootFor(siteDir, version),
      contentRoot: path.join(siteDir, 'versioned_docs', parts[1] ?? ''),
    };
  }
  if (parts[0] === 'i18n' && parts[2] === 'docusaurus-plugin-content-docs' && parts.length > 4) {
    const version = versionFromFolder(parts[3] ?? '');
    if (!version || !parts[1]) return undefined;
    return {
      locale: parts[1],
      version,
      relPath: parts.slice(4).join('/'),
      sourceRoot: sourceRootFor(siteDir, version),
      contentRoot: path.join(siteDir, ...parts.slice(0, 4)),
    };
  }
  return undefined;
}

/** learn.microsoft.com locale segment for one of our locales. */
export function learnLocale(locale: string): string {
  switch (locale) {
    case 'tr':
      return 'tr-tr';
    default:
      return 'en-us';
  }
}

/**
 * The file that holds an article in a locale and version, whether or not it
 * exists: the English source for the default locale, else its translation.
 */
export function docFileFor(
  siteDir: string,
  locale: string,
  version: string,
  relPath: string,
): string {
  if (locale === DEFAULT_LOCALE) return path.join(sourceRootFor(siteDir, version), relPath);
  const folder = version === CURRENT_VERSION ? CURRENT_VERSION : `version-${version}`;
  return path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', folder, relPath);
}

/**
 * Files the docs plugin must not turn into pages: Docusaurus' defaults
 * (partials `_x.md`, tests) plus Microsoft's `includes/` folders, whose files
 * only exist to be included (src/msdocs/remark/includes.ts).
 */
export const DOCS_EXCLUDE = [
  '**/_*.{js,jsx,ts,tsx,md,mdx}',
  '**/_*/**',
  '**/*.test.{js,jsx,ts,tsx}',
  '**/__tests__/**',
  '**/includes/**',
];
