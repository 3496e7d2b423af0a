/**
 * The fence around the search plugin's use of the search library's browser
 * files: it replaces the library's theme/searchByWorker.js (its worker) and
 * reuses its utils/ modules, which are no public API.
 *
 * In: the installed library's version. Out: nothing, or an error naming what
 * to re-check. The other half of the fence is in ./index.ts: a client build
 * in which the worker module was never replaced fails.
 */
/** Versions of the search library whose browser files the worker replacement was checked against. */
export const LIBRARY_WRITTEN_FOR = ['0.55.3'];

/** Throws unless the installed search library is a version the replacement was written for. */
export function checkLibraryVersion(installed: string): void {
  if (LIBRARY_WRITTEN_FOR.includes(installed)) return;
  throw new Error(
    `Search: @easyops-cn/docusaurus-search-local ${installed} is installed; src/plugins/search ` +
      `replaces its theme/searchByWorker.js and reuses its utils/ (tokenize, smartQueries, ` +
      `sortSearchResults, processTreeStatusOfSearchResults, proxiedGeneratedConstants) as ` +
      `${LIBRARY_WRITTEN_FOR.join(', ')} has them. Re-check src/search/split-worker.ts and ` +
      `src/search/searchByWorker.ts against the new version, then add it to LIBRARY_WRITTEN_FOR.`,
  );
}
