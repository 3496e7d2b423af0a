/**
 * The search library's searchByWorker module, in place of its own: the same
 * two functions, run by the site's worker (./split-worker.ts), which fetches
 * the split index as queries need it. src/plugins/search points the library's
 * search box and results page here.
 *
 * In: the version's base URL, the typed text, a limit. Out: the library's results.
 */
import * as Comlink from 'comlink';
import type {SearchWorker} from './split-worker';
import type {SearchResult} from './split-index';

let remoteWorker: Promise<Comlink.Remote<SearchWorker>> | undefined;

function getRemoteWorker(): Promise<Comlink.Remote<SearchWorker>> {
  remoteWorker ??= (async () => {
    const Remote = Comlink.wrap<typeof SearchWorker>(
      new Worker(new URL('./split-worker.ts', import.meta.url)),
    );
    return new Remote();
  })();
  return remoteWorker;
}

export async function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void> {
  if (process.env.NODE_ENV !== 'production') return;
  void searchContext;
  await (await getRemoteWorker()).fetchIndexes(baseUrl);
}

export async function searchByWorker(
  baseUrl: string,
  searchContext: string,
  input: string,
  limit: number,
): Promise<SearchResult[]> {
  if (process.env.NODE_ENV !== 'production') return [];
  return (await getRemoteWorker()).search(baseUrl, searchContext, input, limit);
}
