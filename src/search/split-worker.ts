/**
 * The browser's search worker, in place of the search library's own
 * (theme/worker.js of @easyops-cn/docusaurus-search-local 0.55.3): the same
 * interface (fetchIndexes, search) and the same queries, over the split index
 * (./split-index.ts) instead of one `search-index.json` with every page.
 *
 * In: the version's base URL, the typed text, a result limit. Out: the
 * library's results. fetchIndexes (called when the search box gets the focus)
 * loads the manifest only; a query fetches the shards its words need and the
 * documents of its results.
 *
 * The library's own helpers (tokenizing, its query variants, result order)
 * are imported from its files, so the queries are the library's.
 */
import * as Comlink from 'comlink';
import lunr from 'lunr';
// Also loads the page language's lunr-languages support into lunr.
import {language} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants';
import {tokenize} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize';
import {smartQueries} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries';
import {sortSearchResults} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults';
import {processTreeStatusOfSearchResults} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults';
import {SPLIT_INDEX_DIR, SplitSearchIndex, searchIndexes, type SmartQuery} from './split-index';

const indexes = new Map<string, SplitSearchIndex>();

function indexFor(baseUrl: string): SplitSearchIndex {
  let index = indexes.get(baseUrl);
  if (!index) {
    const folder = new URL(`${baseUrl}${SPLIT_INDEX_DIR}/`, location.origin);
    // Only the site's own files (the library checks this too).
    if (folder.origin !== location.origin) throw new Error('Unexpected version url');
    index = new SplitSearchIndex(lunr, async (name) => {
      const response = await fetch(new URL(name, folder));
      if (!response.ok) throw new Error(`Search: ${response.status} for ${name}`);
      return response.json() as Promise<unknown>;
    });
    indexes.set(baseUrl, index);
  }
  return index;
}

export class SearchWorker {
  async fetchIndexes(baseUrl: string): Promise<void> {
    await indexFor(baseUrl).load();
  }

  async search(baseUrl: string, _searchContext: string, input: string, limit: number) {
    const tokens = tokenize(input, language);
    if (tokens.length === 0) return [];
    const results = await searchIndexes(
      indexFor(baseUrl),
      smartQueries(tokens, []) as SmartQuery[],
      limit,
    );
    sortSearchResults(results);
    processTreeStatusOfSearchResults(results);
    return results;
  }
}

Comlink.expose(SearchWorker);
