/**
 * Checks that a version's search index holds every page of that version.
 *
 * In: the parts of a search-index.json written by the search library (the
 * first part lists one title document per page) and the version's page
 * addresses. Out: the missing addresses, or an error naming the index and them.
 * Pages marked noindex for search engines must stay findable on the site, and
 * the library drops them unless told not to (forceIgnoreNoIndex).
 */
import type {SearchIndexPart} from './lunr-analysis';

export function missingPages(parts: SearchIndexPart[], permalinks: string[]): string[] {
  const indexed = new Set((parts[0]?.documents ?? []).map((d) => d.u));
  return permalinks.filter((p) => !indexed.has(p));
}

export function assertAllPagesIndexed(
  parts: SearchIndexPart[],
  permalinks: string[],
  where: string,
): void {
  const missing = missingPages(parts, permalinks);
  if (missing.length > 0) {
    throw new Error(
      `Search index ${where} lacks ${missing.length} page(s): ${missing.join(', ')}. ` +
        'Every page must be findable on the site, noindex ones included (option forceIgnoreNoIndex).',
    );
  }
}

/** The analysis for a locale; only locales src/search/lunr-analysis.ts knows. */
export function searchLocale(locale: string): 'en' | 'tr' {
  if (locale === 'en' || locale === 'tr') return locale;
  throw new Error(
    `Search: no analysis for locale "${locale}" (src/search/lunr-analysis.ts knows en, tr).`,
  );
}
